import { describe, expect, it } from 'vitest';
import { casualties, inStory } from './helpers';

// A count listed after "including" belongs to the group named before it: among the wounded it is
// not a count of dead, even when the sentence has killed someone first. Every sentence here was
// written for this test.

describe('a count listed among the wounded', () => {
  it('is no casualty claim, in the six languages', () => {
    const cases: [string, string][] = [
      [
        'en',
        'Local medics said the raid killed a baker and wounded several neighbours, including four women.',
      ],
      [
        'fr',
        'Selon des secouristes, le raid a tué un boulanger et blessé plusieurs voisins, dont quatre femmes.',
      ],
      [
        'de',
        'Laut Sanitätern tötete der Angriff einen Bäcker und verletzte mehrere Nachbarn, darunter vier Frauen.',
      ],
      [
        'it',
        'Secondo i soccorritori il raid ha ucciso un fornaio e ferito diversi vicini, tra cui quattro donne.',
      ],
      [
        'es',
        'Según los socorristas, el ataque mató a un panadero e hirió a varios vecinos, entre ellos cuatro mujeres.',
      ],
      [
        'pt',
        'Segundo os socorristas, o ataque matou um padeiro e feriu vários vizinhos, entre eles quatro mulheres.',
      ],
    ];
    for (const [lang, sentence] of cases)
      expect(casualties(inStory(lang, sentence), lang), lang).toEqual([]);
  });

  it('is no casualty claim when the wounded are counted too', () => {
    const sentence = 'A rocket killed 9 civilians and wounded 20 people, including five women.';
    expect(casualties(inStory('en', sentence), 'en').map((c) => c.text)).toEqual(['9 civilians']);
  });

  it('still counts one listed among the dead', () => {
    const cases: [string, string, string[]][] = [
      [
        'en',
        'The raid killed 14 civilians, including four women, and wounded 30 people.',
        ['14 civilians', 'four women'],
      ],
      [
        'es',
        'El ataque mató a 14 civiles, entre ellos cuatro mujeres, e hirió a 30 personas.',
        ['14 civiles', 'cuatro mujeres'],
      ],
      [
        'fr',
        'Le raid a blessé 30 personnes et tué 14 civils, dont quatre femmes.',
        ['14 civils', 'quatre femmes'],
      ],
    ];
    for (const [lang, sentence, texts] of cases)
      expect(
        casualties(inStory(lang, sentence), lang).map((c) => c.text),
        lang,
      ).toEqual(texts);
  });
});
