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

describe('whose count', () => {
  it('gives the accuser what the accused "has been accused of" killing', () => {
    expect(
      read(
        'Russia has been accused of dropping cluster bombs on towns in Syria in raids that have killed hundreds of people.',
        'en',
      ),
    ).toEqual([['hundreds of people', 'amnesty', 'people-killed', 200]]);
    expect(
      read(
        'Rusia ha sido acusada de lanzar bombas de racimo sobre pueblos sirios en ataques que mataron a cientos de personas.',
        'es',
      ),
    ).toEqual([['cientos de personas', 'amnesty', 'people-killed', 200]]);
    expect(
      read(
        'A Rússia tem sido acusada de lançar bombas de fragmentação sobre vilas sírias em ataques que mataram centenas de pessoas.',
        'pt',
      ),
    ).toEqual([['centenas de pessoas', 'amnesty', 'people-killed', 200]]);
  });

  it("leaves the whole war's toll to no one in a sentence where Russia is accused of something else", () => {
    expect(
      read(
        'Amnesty International wirft Russland vor, mindestens 200 Zivilisten getötet zu haben.\nRussland wird vorgeworfen, vor allem gemäßigte Rebellen anzugreifen, in einem Krieg, in dem bislang rund 300.000 Menschen getötet wurden.',
        'de',
      ),
    ).toEqual([
      ['mindestens 200 Zivilisten', 'amnesty', 'civilians-killed', 200],
      ['rund 300.000 Menschen', undefined, 'war-deaths-total', 300000],
    ]);
  });
});

describe('a generic count of dead restated as civilians nearby', () => {
  it('counts civilians when the same number of civilians comes a sentence or two away', () => {
    expect(
      read(
        'Mosca respinge i numeri di Amnesty International sui 200 morti dei raid russi. Il portavoce parla di falsi. Secondo Amnesty, i raid hanno ucciso almeno 200 civili.',
        'it',
      ),
    ).toEqual([
      ['200 morti', 'amnesty', 'civilians-killed', 200],
      ['almeno 200 civili', 'amnesty', 'civilians-killed', 200],
    ]);
    expect(
      read(
        'Amnistía Internacional: 200 muertos en los ataques rusos.\nSegún la ONG, los bombardeos rusos mataron a por lo menos 200 civiles.',
        'es',
      ),
    ).toEqual([
      ['200 muertos', 'amnesty', 'civilians-killed', 200],
      ['por lo menos 200 civiles', 'amnesty', 'civilians-killed', 200],
    ]);
  });

  it('keeps all dead where the civilians are another number or far away', () => {
    expect(
      read(
        'Amnesty International says the raids killed 200 civilians. The report lists six attacks. It names a market and a mosque. It adds a hospital. One strike on a market left 49 dead.',
        'en',
      ).at(-1),
    ).toEqual(['49 dead', 'amnesty', 'people-killed', 49]);
  });
});

describe('a subhead between two paragraphs of the story', () => {
  it('is read, though it names nothing of the story', () => {
    expect(
      read(
        'Amnesty International afferma che i raid russi hanno ucciso almeno 200 civili in Siria.\nOltre 250.000 vittime dal 2011\nMosca ha respinto il rapporto.',
        'it',
      ),
    ).toEqual([
      ['almeno 200 civili', 'amnesty', 'civilians-killed', 200],
      ['Oltre 250.000 vittime', undefined, 'war-deaths-total', 250000],
    ]);
  });

  it('is not read when the story does not go on after it', () => {
    expect(
      read(
        'Amnesty International afferma che i raid russi hanno ucciso almeno 200 civili in Siria.\nOltre 250.000 vittime dal 2011\nIl campionato riprende a gennaio.',
        'it',
      ),
    ).toEqual([['almeno 200 civili', 'amnesty', 'civilians-killed', 200]]);
  });
});

describe('fighters an army says it eliminated', () => {
  it('are a count of dead fighters, which the accuser retold before does not give', () => {
    expect(
      read(
        'Amnesty International says Russian raids killed at least 200 civilians. Since September, Russian jets have eliminated hundreds of fighters, the army says.',
        'en',
      ),
    ).toEqual([
      ['at least 200 civilians', 'amnesty', 'civilians-killed', 200],
      ['hundreds of fighters', 'russia-mod', 'fighters-killed', 200],
    ]);
    expect(
      read(
        "Selon Amnesty International, les raids russes ont tué au moins 200 civils. Depuis septembre, l'aviation russe a éliminé des centaines de combattants.",
        'fr',
      ).at(-1),
    ).toEqual(['des centaines de combattants', undefined, 'fighters-killed', 200]);
    expect(
      read(
        'Secondo Amnesty International, i raid russi hanno ucciso almeno 200 civili. Da settembre, i jet russi hanno eliminato centinaia di miliziani.',
        'it',
      ).at(-1),
    ).toEqual(['centinaia di miliziani', undefined, 'fighters-killed', 200]);
  });

  it('is no death for what is not fighters', () => {
    expect(
      read(
        'Según Amnistía Internacional, los aviones rusos destruyeron cientos de edificios en Alepo.',
        'es',
      ),
    ).toEqual([]);
  });
});
