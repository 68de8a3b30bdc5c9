import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Counts with no quantifier, counts of the accused's deeds, whole-war tolls and generic dead tied
// to civilians by a neighbouring sentence. Every sentence was written for this test.
const read = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source, c.metric, c.value ?? c.min]);

describe('a finite verb of killing with a plural of people and no count', () => {
  it('is a claim of at least two dead, in all six languages', () => {
    expect(
      read('Russian bombs killed civilians in Idlib, Amnesty International says.', 'en'),
    ).toEqual([['killed civilians', 'amnesty', 'civilians-killed', 2]]);
    expect(
      read('Selon Amnesty International, les frappes russes ont tué des civils à Homs.', 'fr'),
    ).toEqual([['ont tué des civils', 'amnesty', 'civilians-killed', 2]]);
    expect(
      read('Ataques russos mataram civis em Alepo, afirma a Anistia Internacional.', 'pt'),
    ).toEqual([['mataram civis', 'amnesty', 'civilians-killed', 2]]);
    expect(
      read('Según Amnistía Internacional, las bombas rusas mataron a civiles en Homs.', 'es'),
    ).toEqual([['mataron a civiles', 'amnesty', 'civilians-killed', 2]]);
    expect(
      read('Secondo Amnesty International, le bombe russe hanno ucciso civili a Idlib.', 'it'),
    ).toEqual([['hanno ucciso civili', 'amnesty', 'civilians-killed', 2]]);
    expect(
      read('Russische Bomben töteten Zivilisten in Homs, erklärte Amnesty International.', 'de'),
    ).toEqual([['töteten Zivilisten', 'amnesty', 'civilians-killed', 2]]);
  });

  it('is no claim where the plural is protected, flees, or the killing is denied', () => {
    for (const [lang, text] of [
      ['en', 'Amnesty International urges Russia to protect civilians; civilians fled Homs.'],
      ['en', 'The Russian ministry says its aircraft never killed civilians in Syria.'],
      ['fr', 'Amnesty International demande de protéger les civils ; des civils ont fui Homs.'],
      ['pt', 'A Anistia Internacional pede à Rússia que proteja civis que fugiram de Homs.'],
      ['es', 'Moscú asegura que sus aviones no mataron a civiles en Siria.'],
      ['it', 'Mosca afferma che i suoi aerei non hanno ucciso civili in Siria.'],
    ] as const)
      expect(read(text, lang), text).toEqual([]);
  });
});
