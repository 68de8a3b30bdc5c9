import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Who a count counts, vague counts with an evaluative noun, and figures that resume a count named
// just before them, in the six languages. Every sentence was written for this test.
const read = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.metric, 'value' in c ? c.value : c.min]);

describe('residents, inhabitants and the population are civilians', () => {
  it('counts residents as civilians', () => {
    expect(read('Selon Amnesty, la frappe a tué 31 habitants du quartier.', 'fr')).toEqual([
      ['31 habitants', 'civilians-killed', 31],
    ]);
    expect(read('Amnesty said the raid killed 18 villagers.', 'en')).toEqual([
      ['18 villagers', 'civilians-killed', 18],
    ]);
    expect(read('Según Amnistía, el bombardeo mató a 27 vecinos.', 'es')).toEqual([
      ['27 vecinos', 'civilians-killed', 27],
    ]);
    expect(read('Secondo Amnesty, il raid ha ucciso 15 residenti.', 'it')).toEqual([
      ['15 residenti', 'civilians-killed', 15],
    ]);
    expect(read('Segundo a Anistia, o ataque matou 22 moradores.', 'pt')).toEqual([
      ['22 moradores', 'civilians-killed', 22],
    ]);
    expect(read('Laut Amnesty wurden 19 Einwohner getötet.', 'de')).toEqual([
      ['19 Einwohner', 'civilians-killed', 19],
    ]);
  });

  it('counts people named by what they were doing where they were hit as civilians', () => {
    expect(read('Amnesty said the missiles killed 30 shoppers.', 'en')).toEqual([
      ['30 shoppers', 'civilians-killed', 30],
    ]);
    expect(read('Secondo Amnesty, il raid ha ucciso 11 fedeli.', 'it')).toEqual([
      ['11 fedeli', 'civilians-killed', 11],
    ]);
    expect(read('Laut Amnesty starben 8 Passanten.', 'de')).toEqual([
      ['8 Passanten', 'civilians-killed', 8],
    ]);
    expect(read("Secondo l'Osservatorio, una dozzina circa di combattenti è morta.", 'it')).toEqual(
      [['una dozzina circa di combattenti', 'fighters-killed', 12]],
    );
  });

  it('counts the dead among the population as civilians', () => {
    expect(read('Amnesty fait état de 60 morts parmi la population.', 'fr')).toEqual([
      ['60 morts parmi la population', 'civilians-killed', 60],
    ]);
    expect(read("Secondo l'ong i raid hanno fatto 60 morti tra la popolazione.", 'it')).toEqual([
      ['60 morti tra la popolazione', 'civilians-killed', 60],
    ]);
    expect(read('Laut Amnesty gab es 60 Tote unter der Bevölkerung.', 'de')).toEqual([
      ['60 Tote unter der Bevölkerung', 'civilians-killed', 60],
    ]);
  });

  it('reads a German participle of death before the noun as what it qualifies', () => {
    expect(read('Amnesty zählt mindestens 80 getötete Zivilisten.', 'de')).toEqual([
      ['mindestens 80 getötete Zivilisten', 'civilians-killed', 80],
    ]);
    expect(read('Amnesty spricht von etwa zwölf getöteten Kämpfern.', 'de')).toEqual([
      ['etwa zwölf getöteten Kämpfern', 'fighters-killed', 12],
    ]);
  });
});

describe('the whole war', () => {
  it('reads people killed in the conflict since 2011 as the war’s toll, and a Russian speaker’s as his', () => {
    expect(
      casualties('Around 300,000 people have been killed in the Syrian conflict since 2011.', 'en'),
    ).toEqual([
      {
        kind: 'casualty',
        text: 'Around 300,000 people',
        metric: 'war-deaths-total',
        value: 300000,
      },
    ]);
    expect(
      casualties('Lavrov said the war had killed some 300,000 people since 2011.', 'en').map(
        (c) => [c.metric, c.source],
      ),
    ).toEqual([['war-deaths-total', 'russia-mfa']]);
  });
});

describe('vague counts with an evaluative noun', () => {
  it('reads "a high number of civilian deaths" as at least two civilians', () => {
    const cases: [string, string, string][] = [
      [
        "L'ONG déplore un nombre élevé de victimes civiles.",
        'fr',
        'un nombre élevé de victimes civiles',
      ],
      [
        'The group deplores a high number of civilian deaths.',
        'en',
        'a high number of civilian deaths',
      ],
      [
        'La ONG lamenta un alto número de muertes civiles.',
        'es',
        'un alto número de muertes civiles',
      ],
      [
        "L'organizzazione denuncia un numero elevato di vittime civili.",
        'it',
        'un numero elevato di vittime civili',
      ],
      [
        'A ONG lamenta um número elevado de mortes de civis.',
        'pt',
        'um número elevado de mortes de civis',
      ],
      [
        'Die Organisation beklagt eine hohe Zahl ziviler Opfer.',
        'de',
        'eine hohe Zahl ziviler Opfer',
      ],
    ];
    for (const [text, lang, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'civilians-killed', 2]]);
  });

  it('reads German dative plurals of vague counts', () => {
    expect(
      read('Amnesty macht Moskau für den Tod von Hunderten Zivilisten verantwortlich.', 'de'),
    ).toEqual([['den Tod von Hunderten Zivilisten', 'civilians-killed', 200]]);
  });
});

describe('a figure that resumes a count named just before it', () => {
  it('counts what the noun before it counts', () => {
    expect(
      read("L'OSDH estime le nombre de civils tués bien plus haut, jusqu'à 700.", 'fr'),
    ).toEqual([["jusqu'à 700", 'civilians-killed', 700]]);
    expect(read('The monitor counts more civilians killed, up to 700.', 'en')).toEqual([
      ['up to 700', 'civilians-killed', 700],
    ]);
    expect(read('El Observatorio eleva la cifra de civiles muertos hasta 700.', 'es')).toEqual([
      ['hasta 700', 'civilians-killed', 700],
    ]);
    expect(read("L'Osservatorio porta il conto dei civili uccisi fino a 700.", 'it')).toEqual([
      ['fino a 700', 'civilians-killed', 700],
    ]);
    expect(read('O Observatório eleva o número de civis mortos até 700.', 'pt')).toEqual([
      ['até 700', 'civilians-killed', 700],
    ]);
    expect(
      read('Die Beobachtungsstelle rechnet bei den zivilen Todesopfern sogar mit 700.', 'de'),
    ).toEqual([['sogar mit 700', 'civilians-killed', 700]]);
  });

  it('takes no figure after such a link when no count of the dead was named', () => {
    expect(read('Russia flew up to 700 sorties.', 'en')).toEqual([]);
    expect(read("Les avions russes ont mené jusqu'à 700 sorties.", 'fr')).toEqual([]);
    expect(read('The raids went on for weeks, up to 2015.', 'en')).toEqual([]);
  });
});
