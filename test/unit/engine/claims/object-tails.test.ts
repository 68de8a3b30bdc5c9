import { describe, expect, it } from 'vitest';
import { denials, inStory } from './helpers';

// Where a rejection's highlight ends and starts: at what is rejected and its accuser, not at the
// means, topic or content that follow it. Every sentence here was written for this test.
const read = (lang: string, sentence: string) =>
  denials(inStory(lang, sentence), lang).map((d) => d.text);

describe('the shape of a rejection', () => {
  it('ends at the accuser of what is rejected, before the topic of the accusations', () => {
    const cases: [string, string, string][] = [
      [
        'es',
        'El Ministerio de Defensa ruso ha rechazado las acusaciones de Amnistía Internacional sobre la muerte de civiles en Idlib.',
        'El Ministerio de Defensa ruso ha rechazado las acusaciones de Amnistía Internacional',
      ],
      [
        'en',
        'The defence ministry rejected the allegations of Amnesty International about civilian deaths in Idlib.',
        'The defence ministry rejected the allegations of Amnesty International',
      ],
      [
        'fr',
        'Le ministère russe de la Défense a rejeté les accusations d’Amnesty International concernant des morts civils à Idleb.',
        'Le ministère russe de la Défense a rejeté les accusations d’Amnesty International',
      ],
      [
        'pt',
        'O Ministério da Defesa russo rejeitou as acusações da Anistia Internacional sobre a morte de civis em Idlib.',
        'O Ministério da Defesa russo rejeitou as acusações da Anistia Internacional',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(lang, sentence), lang).toEqual([claim]);
  });

  it('ends before the means of the rejection and the content clause of the accusations', () => {
    expect(
      read(
        'it',
        'Il ministero ha respinto le accuse dell’organizzazione citando i rapporti dei propri piloti.',
      ),
    ).toEqual(['Il ministero ha respinto le accuse dell’organizzazione']);
    expect(
      read(
        'pt',
        'O ministério rejeitou acusações de grupos humanitários de que a aviação teria usado bombas de fragmentação.',
      ),
    ).toEqual(['O ministério rejeitou acusações de grupos humanitários']);
  });

  it('keeps the topic when it alone says which reports are rejected, and a label after "as"', () => {
    expect(
      read(
        'es',
        'El Kremlin ha rechazado de nuevo los informes sobre víctimas civiles en la provincia.',
      ),
    ).toEqual([
      'El Kremlin ha rechazado de nuevo los informes sobre víctimas civiles en la provincia',
    ]);
    expect(
      read(
        'it',
        'Il ministero ha respinto il rapporto di Amnesty come fondato su voci non verificate.',
      ),
    ).toEqual([
      'Il ministero ha respinto il rapporto di Amnesty come fondato su voci non verificate',
    ]);
  });

  it('starts with the adverbs between a named spokesman and his rejection', () => {
    expect(
      read(
        'pt',
        'O porta-voz Igor Konashenkov também rejeitou em entrevista coletiva as acusações da organização.',
      ),
    ).toEqual(['também rejeitou em entrevista coletiva as acusações da organização']);
  });

  it('starts an infinitive claim with the institution that makes it', () => {
    expect(
      read('it', 'Mosca ha sempre sostenuto di colpire soltanto obiettivi militari dei jihadisti.'),
    ).toEqual(['Mosca ha sempre sostenuto di colpire soltanto obiettivi militari dei jihadisti']);
  });
});
