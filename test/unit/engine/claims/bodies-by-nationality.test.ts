import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Who denies when the article names no institution: a state's officials or side by their
// nationality, a pronoun for the speaker of the clause, and denials only asked about. Every sentence
// here was written for this test.

type Case = [lang: string, text: string, span: string, source?: string];

const expectDenials = (cases: Case[]) => {
  for (const [lang, text, span, source = 'russia-mod'] of cases)
    expect(read(inStory(lang, text), lang), text).toEqual([[span, source]]);
};
const expectNone = (cases: [lang: string, text: string][]) => {
  for (const [lang, text] of cases) expect(read(inStory(lang, text), lang), text).toEqual([]);
};

describe('bodies named by their nationality', () => {
  it('credits Russian officials, authorities and the Russian side, with their article', () => {
    expectDenials([
      [
        'en',
        'Russian officials have consistently denied the accusations.',
        'Russian officials have consistently denied the accusations',
      ],
      [
        'en',
        'Russian authorities rejected the report on Wednesday.',
        'Russian authorities rejected the report on Wednesday',
      ],
      [
        'fr',
        'Les responsables russes ont toujours rejeté ces accusations.',
        'Les responsables russes ont toujours rejeté ces accusations',
      ],
      [
        'fr',
        'La partie russe a démenti avoir frappé des quartiers habités.',
        'La partie russe a démenti avoir frappé des quartiers habités',
      ],
      [
        'de',
        'Die russischen Behörden haben die Vorwürfe wiederholt bestritten.',
        'Die russischen Behörden haben die Vorwürfe wiederholt bestritten',
      ],
      [
        'de',
        'Russische Regierungsvertreter wiesen die Anschuldigungen zurück.',
        'Russische Regierungsvertreter wiesen die Anschuldigungen zurück',
      ],
      [
        'es',
        'Los funcionarios rusos negaron haber bombardeado zonas civiles.',
        'Los funcionarios rusos negaron haber bombardeado zonas civiles',
      ],
      [
        'it',
        'I funzionari russi hanno sempre respinto le accuse.',
        'I funzionari russi hanno sempre respinto le accuse',
      ],
      [
        'pt',
        'Os responsáveis russos rejeitaram o relatório.',
        'Os responsáveis russos rejeitaram o relatório',
      ],
      ['pt', 'O lado russo negou as acusações.', 'O lado russo negou as acusações'],
    ]);
  });

  it('credits no one when the authorities are another party’s', () => {
    expectNone([
      ['en', 'The Syrian authorities denied the accusations.'],
      ['en', 'US officials rejected the report.'],
      ['fr', 'Les autorités syriennes ont démenti les accusations.'],
      ['de', 'Die syrischen Behörden haben die Vorwürfe zurückgewiesen.'],
      ['es', 'Las autoridades sirias han negado las acusaciones.'],
      ['it', 'Le autorità siriane hanno respinto le accuse.'],
      ['pt', 'As autoridades sírias rejeitaram as acusações.'],
    ]);
  });

  it('reads a pronoun after them as the same body', () => {
    expect(
      read(
        inStory(
          'en',
          'Russian officials dismissed the report.',
          'They have also denied using cluster munitions.',
        ),
        'en',
      ),
    ).toEqual([
      ['Russian officials dismissed the report', 'russia-mod'],
      ['have also denied using cluster munitions', 'russia-mod'],
    ]);
  });
});

describe('"the country" that opens a clause of saying or denying', () => {
  const inTwo = (lang: string, first: string, second: string) =>
    read(inStory(lang, first, second), lang);

  it('stands for the state the sentence before had as its subject', () => {
    expect(
      inTwo(
        'en',
        'Russia declined to comment.',
        'The country has always denied targeting civilians.',
      ),
    ).toEqual([['has always denied targeting civilians', 'russia-mod']]);
    const others: [string, string, string][] = [
      ['fr', 'La Russie n’a pas souhaité réagir.', 'Le pays a toujours nié avoir visé des civils.'],
      [
        'de',
        'Russland wollte sich nicht äußern.',
        'Das Land hat stets bestritten, Zivilisten angegriffen zu haben.',
      ],
      [
        'es',
        'Rusia no quiso comentar el informe.',
        'El país siempre ha negado haber atacado a civiles.',
      ],
      [
        'it',
        'La Russia non ha voluto commentare.',
        'Il paese ha sempre negato di aver colpito civili.',
      ],
      ['pt', 'A Rússia não quis comentar.', 'O país sempre negou ter atacado civis.'],
    ];
    for (const [lang, first, second] of others)
      expect(
        inTwo(lang, first, second).map(([, source]) => source),
        second,
      ).toEqual(['russia-mod']);
  });

  it('is another state when that state was the subject, and no speaker without a verb of saying', () => {
    expect(
      inTwo(
        'en',
        'Damascus declined to comment.',
        'The country has always denied targeting civilians.',
      ),
    ).toEqual([]);
    expect(
      inTwo(
        'fr',
        'Damas n’a pas souhaité réagir.',
        'Le pays a toujours nié avoir visé des civils.',
      ),
    ).toEqual([]);
    expect(
      inTwo(
        'en',
        'Russia declined to comment.',
        'The country rejected by Moscow as a partner is Turkey.',
      ),
    ).toEqual([]);
  });
});

describe('a pronoun that opens the clause a speaker reports', () => {
  it('stands for that speaker, not for the accuser named before', () => {
    expectDenials([
      [
        'en',
        'The defence ministry says they reject the findings of the rights group.',
        'reject the findings of the rights group',
      ],
      [
        'en',
        'The Russian military said it rejected the conclusions of the report.',
        'rejected the conclusions of the report',
      ],
    ]);
    expectNone([['en', 'Amnesty said it rejected the ministry’s claims.']]);
  });
});

describe('a denial only asked about', () => {
  it('is no denial when a modal asks whether Moscow will deny', () => {
    expectNone([
      ['en', 'Will Moscow deny the allegations?'],
      ['en', 'Could the Russian defence ministry reject these findings too?'],
      ['it', 'Potrà Mosca negare anche queste accuse?'],
      ['es', '¿Podrá Moscú rechazar también estas acusaciones?'],
    ]);
    expectDenials([
      // A question about a denial made is still its report; the compound tense keeps its auxiliary.
      ['en', 'Why has Moscow denied the allegations?', 'has Moscow denied the allegations'],
    ]);
  });
});
