import { describe, expect, it } from 'vitest';
import { casualties, inStory } from './helpers';

// Casualty counts real articles word in ways the nearest-word rules missed: a death verb at the far
// end of a German clause, a vague count closing the number of the dead, a count as the predicate
// of a copula, the displaced and the imprisoned next to the dead, the war's toll named by a
// compound, and a count that goes on with the accuser's account. Every sentence was written here.
const read = (text: string, lang: string) =>
  casualties(inStory(lang, text), lang).map((c) => [
    c.text,
    c.metric,
    'value' in c ? c.value : c.min,
    c.source ?? null,
  ]);

describe('a death verb at the end of the count’s clause', () => {
  it('reaches "ums Leben gekommen" past a long complement', () => {
    expect(
      read(
        'Nach Angaben von Amnesty International sind zwischen Ende September und Ende November mindestens 200 Zivilisten bei russischen Luftangriffen auf Wohngebiete in den Provinzen Homs und Idlib sowie im Umland von Aleppo ums Leben gekommen.',
        'de',
      ),
    ).toEqual([['mindestens 200 Zivilisten', 'civilians-killed', 200, 'amnesty']]);
    expect(
      read(
        'Laut Amnesty sind in den beiden Monaten mehr als 150 Menschen in Dörfern und kleinen Städten im Nordwesten des Landes durch Bomben und Raketen der russischen Luftwaffe getötet worden.',
        'de',
      ),
    ).toEqual([['mehr als 150 Menschen', 'people-killed', 150, 'amnesty']]);
  });

  it('does not reach across a clause mark', () => {
    expect(
      read(
        'Amnesty zufolge haben mehr als 300 Menschen in Idlib wochenlang in Kellern unter Schulen und Moscheen der Stadt Schutz gesucht, während draußen Bomben fielen und viele Nachbarn ums Leben kamen.',
        'de',
      ),
    ).toEqual([]);
  });
});

describe('the number of the dead closed by a vague count', () => {
  it('reads the number noun, its verb and the vague count in the six languages', () => {
    expect(read('The number of dead is put at a few hundred.', 'en')).toEqual([
      ['number of dead is put at a few hundred', 'people-killed', 200, null],
    ]);
    expect(read("Le nombre de morts s'élèverait à plusieurs centaines.", 'fr')).toEqual([
      ["nombre de morts s'élèverait à plusieurs centaines", 'people-killed', 200, null],
    ]);
    expect(read('Il numero di morti si aggira intorno a qualche centinaio.', 'it')).toEqual([
      ['numero di morti si aggira intorno a qualche centinaio', 'people-killed', 200, null],
    ]);
    expect(read('La cifra de muertos rondaría los 200.', 'es')).toEqual([
      ['cifra de muertos rondaría los 200', 'people-killed', 200, null],
    ]);
    expect(read('O número de mortos seria de algumas centenas.', 'pt')).toEqual([
      ['número de mortos seria de algumas centenas', 'people-killed', 200, null],
    ]);
    expect(read('Die Zahl der Toten liegt bei mehreren Hundert.', 'de')).toEqual([
      ['Toten liegt bei mehreren Hundert', 'people-killed', 200, null],
    ]);
  });

  it('lets a source’s count stand between the number of the dead and its figure', () => {
    expect(
      read(
        'Die Zahl der Todesopfer der russischen Angriffe liegt nach Zählung der Syrischen Beobachtungsstelle für Menschenrechte bei 2132.',
        'de',
      ),
    ).toEqual([
      [
        'Zahl der Todesopfer der russischen Angriffe liegt nach Zählung der Syrischen Beobachtungsstelle für Menschenrechte bei 2132',
        'people-killed',
        2132,
        'sohr',
      ],
    ]);
  });
});

describe('the dead counted by the hundreds', () => {
  it('reads "runs into the hundreds", "se comptent par centaines" in the six languages', () => {
    expect(read('The civilian death toll runs into the hundreds.', 'en')).toEqual([
      ['civilian death toll runs into the hundreds', 'civilians-killed', 200, null],
    ]);
    expect(read('Les morts civils se comptent par centaines.', 'fr')).toEqual([
      ['morts civils se comptent par centaines', 'civilians-killed', 200, null],
    ]);
    expect(read('Los muertos civiles se cuentan por centenares.', 'es')).toEqual([
      ['muertos civiles se cuentan por centenares', 'civilians-killed', 200, null],
    ]);
    expect(read('I morti civili si contano a centinaia.', 'it')).toEqual([
      ['morti civili si contano a centinaia', 'civilians-killed', 200, null],
    ]);
    expect(read('Os mortos civis contam-se às centenas.', 'pt')).toEqual([
      ['mortos civis contam-se às centenas', 'civilians-killed', 200, null],
    ]);
    expect(read('Die Zahl der zivilen Opfer geht in die Hunderte.', 'de')).toEqual([
      ['zivilen Opfer geht in die Hunderte', 'civilians-killed', 200, null],
    ]);
  });

  it('reads the toll ("bilancio delle vittime") as a number of the dead', () => {
    expect(read('Il bilancio delle vittime civili sarebbe di diverse centinaia.', 'it')).toEqual([
      ['bilancio delle vittime civili sarebbe di diverse centinaia', 'civilians-killed', 200, null],
    ]);
  });

  it('does not count those who fled by the thousands', () => {
    expect(read('Le persone fuggite a migliaia dalle città bombardate.', 'it')).toEqual([]);
  });
});

describe('a count as the predicate of a copula', () => {
  it('reads a vague count before or after its copula and the noun of the dead', () => {
    expect(read('Secondo Amnesty sarebbero centinaia le vittime civili dei raid.', 'it')).toEqual([
      ['centinaia le vittime civili', 'civilians-killed', 200, 'amnesty'],
    ]);
    expect(read('Según Amnistía, las víctimas civiles serían cientos.', 'es')).toEqual([
      ['víctimas civiles serían cientos', 'civilians-killed', 200, 'amnesty'],
    ]);
  });

  it('reads a noun of the dead qualified as civilian after the count’s article', () => {
    expect(read('Per Amnesty sono almeno 200 i morti civili.', 'it')).toEqual([
      ['almeno 200 i morti civili', 'civilians-killed', 200, 'amnesty'],
    ]);
    expect(read('Para Amnistía, son cientos los muertos civiles.', 'es')).toEqual([
      ['cientos los muertos civiles', 'civilians-killed', 200, 'amnesty'],
    ]);
  });
});

describe('not casualties: the displaced, refugees and prisoners', () => {
  it('keeps the dead and drops those forced from their homes', () => {
    expect(
      read(
        "Dall'inizio del conflitto si stima che oltre 250.000 persone siano state uccise e che milioni di persone siano state costrette ad abbandonare le proprie case.",
        'it',
      ),
    ).toEqual([['oltre 250.000 persone', 'war-deaths-total', 250000, null]]);
    expect(
      read(
        'Since the war began, more than 250,000 people have been killed and millions of people have been forced from their homes.',
        'en',
      ),
    ).toEqual([['more than 250,000 people', 'war-deaths-total', 250000, null]]);
    expect(
      read(
        'Depuis le début de la guerre, plus de 250 000 personnes ont été tuées et des millions de personnes ont été contraintes de fuir.',
        'fr',
      ),
    ).toEqual([['plus de 250 000 personnes', 'war-deaths-total', 250000, null]]);
  });
});

describe('not casualties: the day of a date', () => {
  it('does not read the day before a verb of killing as a count', () => {
    expect(
      read('A strike on a market in Ariha on November 29 killed 49 civilians, Amnesty said.', 'en'),
    ).toEqual([['49 civilians', 'civilians-killed', 49, 'amnesty']]);
    expect(
      read('The strikes of October 11 killed 17 people in Homs, according to Amnesty.', 'en'),
    ).toEqual([['17 people', 'people-killed', 17, 'amnesty']]);
  });
});

describe('the whole war named by a compound or a month', () => {
  it('reads "Menschenleben" as lives lost', () => {
    expect(
      read(
        'Der Bürgerkrieg in Syrien hat seit 2011 mehr als 250.000 Menschenleben gefordert.',
        'de',
      ),
    ).toEqual([['mehr als 250.000 Menschenleben', 'war-deaths-total', 250000, null]]);
  });

  it('reads the start year after its month', () => {
    expect(
      read(
        'Over 250,000 people are estimated to have died in the fighting that began in March 2011.',
        'en',
      ),
    ).toEqual([['Over 250,000 people', 'war-deaths-total', 250000, null]]);
    expect(read('Más de 250.000 personas han muerto desde marzo de 2011.', 'es')).toEqual([
      ['Más de 250.000 personas', 'war-deaths-total', 250000, null],
    ]);
  });

  it('reads "seit Kriegsbeginn" as the whole war', () => {
    expect(
      read('Mehr als 250.000 Menschen sind seit Kriegsbeginn ums Leben gekommen.', 'de'),
    ).toEqual([['Mehr als 250.000 Menschen', 'war-deaths-total', 250000, null]]);
  });
});

describe('a count that goes on with the accuser’s account', () => {
  it('credits "in one of them" to the accuser whose attacks it counts', () => {
    const story = (lang: string, a: string, b: string) =>
      casualties(inStory(lang, `${a} ${b}`), lang).map((c) => [c.text, c.source ?? null]);
    expect(
      story('en', 'Amnesty documented six attacks in Homs.', 'In one of them 49 people died.'),
    ).toEqual([['49 people', 'amnesty']]);
    expect(
      story(
        'es',
        'Amnistía documentó seis ataques en Homs.',
        'En uno de ellos murieron 49 personas.',
      ),
    ).toEqual([['49 personas', 'amnesty']]);
  });

  it('leaves a count of the journalist’s own with no source', () => {
    const story = (lang: string, a: string, b: string) =>
      casualties(inStory(lang, `${a} ${b}`), lang).map((c) => [c.text, c.source ?? null]);
    expect(
      story(
        'en',
        'Amnesty documented six attacks in Homs.',
        'More than 250,000 people have died in the war, among them tens of thousands of children.',
      ),
    ).toEqual([
      ['More than 250,000 people', null],
      ['tens of thousands of children', null],
    ]);
  });
});
