import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A denier's account of its strikes restricted to military targets, in six languages, and the
// look-alikes that are not a denial. Every sentence here was written for this test.

const texts = (lang: string, line: string) => read(inStory(lang, line), lang);

describe('strikes restricted to military targets', () => {
  it('reads "only" with ordinary military target nouns as a denial, in six languages', () => {
    expect(
      texts('en', 'The defence ministry says its aircraft hit only military targets.'),
    ).toEqual([['its aircraft hit only military targets', 'russia-mod']]);
    expect(
      texts('fr', 'Le ministère russe assure frapper uniquement des cibles militaires.'),
    ).toEqual([
      ['Le ministère russe assure frapper uniquement des cibles militaires', 'russia-mod'],
    ]);
    expect(
      texts('es', 'El ministerio asegura que su aviación ataca únicamente objetivos militares.'),
    ).toEqual([['su aviación ataca únicamente objetivos militares', 'russia-mod']]);
    expect(texts('it', 'Mosca sostiene di colpire esclusivamente obiettivi militari.')).toEqual([
      ['Mosca sostiene di colpire esclusivamente obiettivi militari', 'russia-mod'],
    ]);
    expect(texts('pt', 'A Rússia diz que atinge apenas alvos militares.')).toEqual([
      ['atinge apenas alvos militares', 'russia-mod'],
    ]);
    expect(texts('de', 'Moskau betont, ausschließlich militärische Ziele zu treffen.')).toEqual([
      ['ausschließlich militärische Ziele zu treffen', 'russia-mod'],
    ]);
  });

  it('reads a negation with an exception as a restriction ("ne ... que", "non ... che")', () => {
    expect(texts('fr', 'Le ministère assure ne viser que des objectifs militaires.')).toEqual([
      ['Le ministère assure ne viser que des objectifs militaires', 'russia-mod'],
    ]);
    expect(
      texts('it', 'Mosca non colpisce che obiettivi militari, ha detto il ministero.'),
    ).toEqual([['Mosca non colpisce che obiettivi militari', 'russia-mod']]);
  });

  it("keeps a journalist's contradiction after the claim Russia's", () => {
    const line =
      'Russia says it strikes only military targets, but Amnesty found none near the market.';
    expect(texts('en', line)).toEqual([['it strikes only military targets', 'russia-mod']]);
  });

  it('does not read the accusers, other parties or an unrestricted mission statement', () => {
    const en = [
      'Amnesty said there were no military targets near the market.',
      'The ministry says its aircraft hit military targets in Hama.',
      'A US official said Russian jets hit only military targets of the opposition.',
    ];
    expect(texts('en', en.join('\n'))).toEqual([]);
    expect(
      texts('es', 'Según Amnistía, no había ningún objetivo militar cerca del mercado.'),
    ).toEqual([]);
    expect(
      texts('fr', 'Amnesty affirme qu’il n’y avait aucun objectif militaire à proximité.'),
    ).toEqual([]);
  });
});
