import { describe, expect, it } from 'vitest';
import { casualties, inStory } from './helpers';

// Counts of the dead told without "at least N civilians killed": a headline's plural with its
// participle, a round figure made plural, an adjective of magnitude before a noun of losses, the
// army's verb for the fighters it killed with Spanish "a" before them, and "la muerte a". Every
// sentence here was written for this test; the accusation line of `inStory`
// (which counts no one) gives the context.
const read = (lang: string, line: string) =>
  casualties(inStory(lang, line), lang).map((c) => [c.text, c.metric, c.value ?? c.min]);

describe('counts told without the usual shape', () => {
  it('reads a headline that opens with a plural article, civilians or children and a participle', () => {
    expect(read('fr', 'Des enfants tués lors des frappes sur Idleb.')).toEqual([
      ['Des enfants', 'children-killed', 2],
    ]);
    expect(read('es', 'Unos civiles muertos tras los raides sobre Homs.')).toEqual([
      ['Unos civiles', 'civilians-killed', 2],
    ]);
    expect(read('it', 'Dei bambini uccisi dai raid su Idlib, denuncia la ong.')).toEqual([
      ['Dei bambini', 'children-killed', 2],
    ]);
    // No participle of death; no article, a topic rather than a count.
    expect(read('fr', 'Des enfants jouaient encore sur la place du marché.')).toEqual([]);
    expect(read('fr', 'Civils tués en Syrie : Moscou répond à l’ONG.')).toEqual([]);
    expect(read('en', 'Civilians killed in Syria: Moscow answers the group')).toEqual([]);
  });

  it('reads a round figure made plural as that many at least twice', () => {
    expect(read('en', 'Moscow Jets Kill 100s in Idlib, Rights Group Says')).toEqual([
      ['100s', 'people-killed', 200],
    ]);
    expect(read('en', 'The raids have killed 1000s of civilians, the group says.')).toEqual([
      ['1000s of civilians', 'civilians-killed', 2000],
    ]);
    expect(read('en', 'In the 1990s the town had no hospital, the group says.')).toEqual([]);
  });

  it('reads an adjective of magnitude before a noun of losses as a vague count', () => {
    expect(read('en', 'The group says the raids caused heavy civilian casualties.')).toEqual([
      ['heavy civilian casualties', 'civilians-killed', 2],
    ]);
    expect(read('en', 'The group says the jets killed a whole lot of civilians in Idlib.')).toEqual(
      [['a whole lot of civilians', 'civilians-killed', 2]],
    );
    expect(read('fr', "L'ONG dit que les raids ont causé de lourdes pertes civiles.")).toEqual([
      ['de lourdes pertes civiles', 'civilians-killed', 2],
    ]);
    expect(read('es', 'La ONG dice que los raides causaron cuantiosas bajas civiles.')).toEqual([
      ['cuantiosas bajas civiles', 'civilians-killed', 2],
    ]);
    expect(read('pt', 'A ONG diz que os raides provocaram avultadas baixas civis.')).toEqual([
      ['avultadas baixas civis', 'civilians-killed', 2],
    ]);
    expect(read('it', "L'ong dice che i raid hanno causato pesanti perdite civili.")).toEqual([
      ['pesanti perdite civili', 'civilians-killed', 2],
    ]);
    expect(
      read('de', 'Die Angriffe forderten laut Amnesty schwere Verluste unter Zivilisten.'),
    ).toEqual([['schwere Verluste unter Zivilisten', 'civilians-killed', 2]]);
    // Losses of goods, and heavy weapons, count no one.
    expect(read('fr', "L'ONG dit que les raids ont causé de lourdes pertes matérielles.")).toEqual(
      [],
    );
    expect(read('it', "L'ong dice che i raid hanno causato ingenti perdite economiche.")).toEqual(
      [],
    );
    expect(read('en', 'The group says the jets dropped heavy bombs on the town.')).toEqual([]);
  });

  it('reads the army’s own count of fighters after its verb, Spanish "a" or "liquidated"', () => {
    expect(
      read('es', 'Según Moscú, sus aviones han eliminado a centenares de terroristas en Siria.'),
    ).toEqual([['centenares de terroristas', 'fighters-killed', 200]]);
    expect(
      read('en', 'The ministry said its jets had liquidated 300 terrorists in a week.'),
    ).toEqual([['300 terrorists', 'fighters-killed', 300]]);
    expect(
      read('fr', 'Selon Moscou, ses avions ont liquidé des centaines de terroristes.'),
    ).toEqual([['des centaines de terroristes', 'fighters-killed', 200]]);
    // What the jets destroyed counts no one.
    expect(
      read('es', 'Según Moscú, sus aviones han eliminado a la vez miles de objetivos en Siria.'),
    ).toEqual([]);
  });

  it('keeps a nationality after the counted noun in the span', () => {
    expect(read('es', 'La ONG denuncia la muerte de 120 civiles sirios en los raides.')).toEqual([
      ['la muerte de 120 civiles sirios', 'civilians-killed', 120],
    ]);
    expect(read('fr', 'Selon l’ONG, des centaines de civils syriens ont péri.')).toEqual([
      ['des centaines de civils syriens', 'civilians-killed', 200],
    ]);
  });

  it('reads a toll said, in the subjunctive or without its "a", to hover around a vague count', () => {
    expect(read('it', 'Altri stimano che il numero dei morti si aggiri intorno a 120.')).toEqual([
      ['numero dei morti si aggiri intorno a 120', 'people-killed', 120],
    ]);
    expect(read('it', 'Per altri il numero di morti si aggira intorno qualche centinaia.')).toEqual(
      [['numero di morti si aggira intorno qualche centinaia', 'people-killed', 200]],
    );
    // Not a toll of the dead.
    expect(read('it', 'Per altri il numero di profughi si aggiri intorno a 2000.')).toEqual([]);
  });

  it('reads no toll in a proportion of civilians to one fighter', () => {
    expect(
      read('en', 'By one count the jets killed 14 civilians for every fighter they hit.'),
    ).toEqual([]);
    expect(read('fr', 'Pour un combattant tué, 14 civils périraient sous les bombes.')).toEqual([]);
    expect(
      read('es', 'Por cada combatiente abatido morirían 14 civiles, según el cálculo.'),
    ).toEqual([]);
    expect(
      read('de', 'Auf jeden getöteten Kämpfer kämen 14 tote Zivilisten, so die Rechnung.'),
    ).toEqual([]);
    // The toll in the same sentence, away from the proportion, still counts.
    expect(
      read(
        'en',
        'The jets killed 120 civilians in Idlib alone last month, and by one count 14 civilians for every fighter.',
      ),
    ).toEqual([['120 civilians', 'civilians-killed', 120]]);
  });

  it('takes "la muerte a", "a morte a" as a phrase of death before the count', () => {
    expect(
      read('es', 'Según testigos, los raides causaron la muerte a 120 civiles en Homs.'),
    ).toEqual([['causaron la muerte a 120 civiles', 'civilians-killed', 120]]);
    expect(
      read('pt', 'Segundo testemunhas, os raides causaram a morte a 120 civis em Homs.'),
    ).toEqual([['causaram a morte a 120 civis', 'civilians-killed', 120]]);
  });
});
