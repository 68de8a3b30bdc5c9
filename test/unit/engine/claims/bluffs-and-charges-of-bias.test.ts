import { describe, expect, it } from 'vitest';
import { denials, inStory, readDenials as read } from './helpers';

// Denials that were not found at all: the report called a bluff, a German charge of bias whose
// noun sits between "warf" and its particle, and an accuser's name typed with a Cyrillic letter.
// Every sentence here was written for this test.

describe('the report called a bluff', () => {
  it('is a denial in the six languages', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'The Russian defence ministry said the findings were a bluff.',
        'the findings were a bluff',
      ],
      ['fr', 'Moscou a répondu que ce rapport était du bluff.', 'ce rapport était du bluff'],
      [
        'de',
        'Das russische Verteidigungsministerium nannte den Bericht einen Bluff.',
        'Das russische Verteidigungsministerium nannte den Bericht einen Bluff',
      ],
      [
        'it',
        'Il ministero della Difesa russo ha detto che il dossier è un bluff.',
        'il dossier è un bluff',
      ],
      ['es', 'Moscú replicó que el informe era un farol.', 'el informe era un farol'],
      ['pt', 'Moscou respondeu que o relatório era um blefe.', 'o relatório era um blefe'],
    ];
    for (const [lang, sentence, text] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[text, 'russia-mod']]);
  });

  it('leaves a bluff that is no one’s answer to the report', () => {
    expect(
      denials(inStory('en', 'A card player’s bluff won the evening, the host said.'), 'en'),
    ).toEqual([]);
  });
});

describe('a charge of bias against the accuser', () => {
  it('is a denial in the six languages, the German noun between the verb and its particle', () => {
    const cases: [string, string, string][] = [
      [
        'de',
        'Militärsprecher Igor Konaschenkow warf Amnesty Voreingenommenheit vor.',
        'warf Amnesty Voreingenommenheit vor',
      ],
      ['en', 'Spokesman Igor Konashenkov accused Amnesty of bias.', 'accused Amnesty of bias'],
      [
        'fr',
        'Le porte-parole Igor Konachenkov a accusé Amnesty de partialité.',
        'a accusé Amnesty de partialité',
      ],
      [
        'it',
        'Il portavoce Igor Konashenkov ha accusato Amnesty di parzialità.',
        'ha accusato Amnesty di parzialità',
      ],
      [
        'es',
        'El portavoz Ígor Konashénkov acusó a Amnistía de parcialidad.',
        'acusó a Amnistía de parcialidad',
      ],
      [
        'pt',
        'O porta-voz Igor Konashenkov acusou a Anistia de parcialidade.',
        'acusou a Anistia de parcialidade',
      ],
    ];
    for (const [lang, sentence, text] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[text, 'russia-mod']]);
  });

  it('leaves a charge that dismisses nothing, and one against someone else', () => {
    const traps = [
      'Konaschenkow warf Amnesty Verspätung bei der Veröffentlichung vor.',
      'Konaschenkow warf den Rebellen Lügen vor.',
    ];
    for (const trap of traps) expect(denials(inStory('de', trap), 'de'), trap).toEqual([]);
  });
});

describe('a name typed with a look-alike Cyrillic letter', () => {
  it('is read in Latin letters', () => {
    // "Аmnesty" below starts with the Cyrillic А (U+0410).
    const sentence = 'Konaschenkow warf \u0410mnesty International Parteilichkeit vor.';
    expect(read(inStory('de', sentence), 'de')).toEqual([
      ['warf \u0410mnesty International Parteilichkeit vor', 'russia-mod'],
    ]);
  });

  it('leaves a word in Cyrillic alone', () => {
    const sentence = 'Konaschenkow warf Амнести Parteilichkeit vor.';
    expect(denials(inStory('de', sentence), 'de')).toEqual([]);
  });
});
