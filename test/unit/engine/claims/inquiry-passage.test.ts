import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// After an accuser says it investigated attacks, a sentence that picks some of those attacks tells
// what its investigation found, even in the next paragraph; a sentence about something else does
// not. Every sentence was written for this test.
const sources = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source ?? null]);

describe('counts of the attacks an accuser examined', () => {
  it('are the accuser’s in the next paragraph, in the six languages', () => {
    expect(
      sources(
        'The group said it had investigated 25 Russian strikes.\nThree of the strikes hit crowded streets and killed 61 civilians.',
        'en',
      ),
    ).toEqual([['61 civilians', 'amnesty']]);
    expect(
      sources(
        "L'ONG a étudié 25 frappes russes.\nTrois des frappes ont atteint des rues animées, tuant 61 civils.",
        'fr',
      ),
    ).toEqual([['61 civils', 'amnesty']]);
    expect(
      sources(
        'Amnistía analizó 25 bombardeos rusos.\nTres de los bombardeos alcanzaron calles concurridas y mataron a 61 civiles.',
        'es',
      ),
    ).toEqual([['61 civiles', 'amnesty']]);
    expect(
      sources(
        'Amnesty ha analizzato 25 raid russi.\nTre dei raid hanno colpito strade affollate uccidendo 61 civili.',
        'it',
      ),
    ).toEqual([['61 civili', 'amnesty']]);
    expect(
      sources(
        'A Amnistia estudou 25 bombardeamentos russos.\nTrês dos bombardeamentos atingiram ruas movimentadas e mataram 61 civis.',
        'pt',
      ),
    ).toEqual([['61 civis', 'amnesty']]);
    expect(
      sources(
        'Amnesty hat nach eigenen Angaben 25 russische Luftangriffe dokumentiert.\nBei drei dieser Luftangriffe wurden 61 Zivilisten getötet.',
        'de',
      ),
    ).toEqual([['61 Zivilisten', 'amnesty']]);
  });

  it('are the accuser’s when a pronoun or an ordinal picks the attacks', () => {
    expect(
      sources(
        'Amnesty interviewed survivors of 25 attacks.\nTwo of them hit a single village, where 33 people died.',
        'en',
      ),
    ).toEqual([['33 people', 'amnesty']]);
    expect(
      sources(
        "L'organisation a examiné 25 attaques.\nUne septième a frappé une école, où 8 enfants sont morts.",
        'fr',
      ),
    ).toEqual([['8 enfants', 'amnesty']]);
  });

  it('stay the article’s own once it turns to another matter or to the whole war', () => {
    expect(
      sources(
        'Amnesty examined 25 attacks.\nSeparately, two of the strikes on Homs killed 12 people on Tuesday.',
        'en',
      ),
    ).toEqual([['12 people', null]]);
    expect(
      sources(
        'Amnesty examined 25 attacks.\nThe war has killed 250,000 people since 2011.\nFour of the attacks killed 40 civilians.',
        'en',
      ),
    ).toEqual([
      ['250,000 people', null],
      ['40 civilians', null],
    ]);
  });

  it('stay the article’s own when no investigation was named', () => {
    expect(
      sources('Amnesty published its report.\nFour of the attacks killed 40 civilians.', 'en'),
    ).toEqual([['40 civilians', null]]);
  });

  it('go to another source named in the sentence', () => {
    expect(
      sources(
        'Amnesty examined 25 attacks.\nFour of the attacks killed 40 civilians, according to the Syrian Observatory.',
        'en',
      ),
    ).toEqual([['40 civilians', 'sohr']]);
  });
});
