import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// The accusers' charge that the deniers lied or hid something, with the denier as the subject of
// the lie: it reads dismissive ("lied", "cover up") and is no denial. Every sentence here was
// written for this test.

const texts = (lang: string, ...lines: string[]) => read(inStory(lang, ...lines), lang);

describe('a charge that the deniers lied', () => {
  it('is not read as the denial of the last speaker', () => {
    expect(
      texts(
        'en',
        '“Civilian homes were not hit”, the defence ministry said in October. The study contains evidence suggesting that Russian officials may have lied to hide the damage done to a mosque.',
      ),
    ).toEqual([['Civilian homes were not hit', 'russia-mod']]);
  });

  it('is not an evaluation of the report left for the next sentence’s speaker', () => {
    expect(
      texts(
        'es',
        'El estudio contiene indicios que apuntan a que las autoridades de Rusia quizá hayan mentido para encubrir daños en una mezquita y en un hospital. Otros ataques de Rusia alcanzaron mercados.',
      ),
    ).toEqual([]);
  });

  it('leaves a denier saying that the accusers lied, or that it never lied', () => {
    expect(
      texts(
        'en',
        'The ministry said Amnesty lied about the strikes. Moscow insisted it had never lied about civilian deaths.',
      ),
    ).toEqual([
      ['Amnesty lied about the strikes', 'russia-mod'],
      ['it had never lied about civilian deaths', 'russia-mod'],
    ]);
  });
});
