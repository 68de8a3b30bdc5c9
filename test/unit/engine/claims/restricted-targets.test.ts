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

describe('a quotation that finds no military target near the strikes', () => {
  // The accuser's finding, quoted with its speaker's name inside the quotation, before a sentence
  // that names Moscow: a negated military target is what the accusers found, not a denial.
  const cases: [string, string][] = [
    [
      'it',
      '«Diversi raid russi – dice Luther, dirigente di Amnesty – hanno centrato zone residenziali dove non c’erano evidenti obiettivi militari». L’ong cita un altro attacco di Mosca contro un mercato.',
    ],
    [
      'es',
      '«Varios ataques rusos – dice Luther, dirigente de Amnistía – alcanzaron zonas residenciales donde no había objetivos militares evidentes». La organización cita otro ataque de Moscú contra un mercado.',
    ],
    [
      'pt',
      '«Vários ataques russos – diz Luther, dirigente da Anistia – atingiram zonas residenciais onde não havia alvos militares evidentes». A organização cita outro ataque de Moscou contra um mercado.',
    ],
    [
      'fr',
      '« Plusieurs frappes russes – dit Luther, dirigeant d’Amnesty – ont touché des zones résidentielles sans aucun objectif militaire évident ». L’organisation cite une autre attaque de Moscou contre un marché.',
    ],
    [
      'en',
      '“Several Russian raids – Luther of Amnesty says – hit residential districts where there were no evident military targets.” The group cites another attack by Moscow on a market.',
    ],
    [
      'de',
      '„Mehrere russische Angriffe – sagt Luther von Amnesty – trafen Wohngebiete, in denen es kein erkennbares militärisches Ziel gab.“ Die Organisation nennt einen weiteren Angriff Moskaus auf einen Markt.',
    ],
  ];
  it('is not Moscow’s denial, in six languages', () => {
    for (const [lang, line] of cases) expect(texts(lang, line), lang).toEqual([]);
  });

  it('still reads a negation of civilian harm beside the military targets as a denial', () => {
    expect(
      texts(
        'en',
        'The ministry said its jets caused no civilian casualties, only military targets were hit.',
      ),
    ).not.toEqual([]);
  });
});
