import { describe, expect, it } from 'vitest';
import { inStory, readDenials } from './helpers';

// A quotation opened in one sentence and closed sentences (or paragraphs) later is its speaker's,
// wherever the speaker is named; the claim is what dismisses, not the words that set the scene.
describe('quotations over several sentences', () => {
  it('claims a short quotation from its first sentence that dismisses', () => {
    const fr = inStory(
      'fr',
      '« Nous avons étudié ce document. Il ne contient rien de nouveau. Ce sont des accusations sans preuves », a affirmé le chef de la diplomatie russe.',
    );
    expect(readDenials(fr, 'fr')).toEqual([
      ['Il ne contient rien de nouveau. Ce sont des accusations sans preuves', 'russia-mfa'],
    ]);
    const de = inStory(
      'de',
      '„Wir haben den Bericht gelesen. Er enthält nichts Neues. Das sind Klischees“, sagte Generalmajor Igor Konaschenkow.',
    );
    expect(readDenials(de, 'de')).toEqual([
      ['Er enthält nichts Neues. Das sind Klischees', 'russia-mod'],
    ]);
    const es = inStory(
      'es',
      'Zajárova fue tajante: «Hemos leído el informe. Es una falsificación. No hay ninguna prueba».',
    );
    expect(readDenials(es, 'es')).toEqual([
      ['Es una falsificación. No hay ninguna prueba', 'russia-mfa'],
    ]);
  });

  it('reads a quotation left open at a paragraph’s end, that the next paragraph goes on, as quoted', () => {
    const en = inStory(
      'en',
      'Konashenkov told reporters: "We have studied the report. There is nothing new in it.',
      '"These are the same clichés and fakes that we have exposed before."',
    );
    expect(readDenials(en, 'en')).toEqual([
      ['There is nothing new in it', 'russia-mod'],
      ['These are the same clichés and fakes that we have exposed before', 'russia-mod'],
    ]);
  });

  it('leaves a bare quotation under an accuser’s headline to the accuser, not to the next denier', () => {
    const en = [
      'Amnesty accuses Russia of killing 200 civilians',
      '"Russia is not telling the truth. Its denials are baseless."',
      'The Russian defence ministry rejected the report.',
    ].join('\n');
    expect(readDenials(en, 'en')).toEqual([
      ['The Russian defence ministry rejected the report', 'russia-mod'],
    ]);
    const fr = [
      'Amnesty accuse l’armée russe d’avoir tué des centaines de civils',
      '« Les démentis russes ne tiennent pas. Ils sont sans fondement. »',
      'Le ministère russe de la Défense a rejeté le rapport.',
    ].join('\n');
    expect(readDenials(fr, 'fr').map(([, source]) => source)).toEqual(['russia-mod']);
  });

  it('leaves an accuser’s quotation over paragraphs to the accuser', () => {
    const en = inStory(
      'en',
      'Philip Luther of Amnesty said: "The evidence is solid.',
      '"Russia\'s claims are baseless and false. Its denials are not credible."',
    );
    expect(readDenials(en, 'en')).toEqual([]);
  });
});
