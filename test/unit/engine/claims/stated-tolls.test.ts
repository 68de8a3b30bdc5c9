import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Tolls stated with a verb: a copula after the noun of the dead, or a verb of counting before the
// count and its noun. Every sentence here was written for this test; each names Amnesty or the
// Observatory so the paragraph is about the story.
const read = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.metric, 'value' in c ? c.value : c.min]);

describe('copular tolls: the noun of the dead, then its count', () => {
  it('reads the count after a copula in the six languages, the noun in the span', () => {
    expect(read('In the attacks Amnesty studied, the civilian dead numbered 49.', 'en')).toEqual([
      ['civilian dead numbered 49', 'civilians-killed', 49],
    ]);
    expect(
      read('Selon Amnesty, les civils tués dans ces raids étaient au moins 200.', 'fr'),
    ).toEqual([['civils tués dans ces raids étaient au moins 200', 'civilians-killed', 200]]);
    expect(read('Según Amnistía, los muertos civiles fueron 49.', 'es')).toEqual([
      ['muertos civiles fueron 49', 'civilians-killed', 49],
    ]);
    expect(read('Secondo Amnesty, i morti tra i civili furono 49.', 'it')).toEqual([
      ['morti tra i civili furono 49', 'civilians-killed', 49],
    ]);
    expect(read('Segundo a Amnistia, os mortos civis foram 49.', 'pt')).toEqual([
      ['mortos civis foram 49', 'civilians-killed', 49],
    ]);
    expect(read('Laut Amnesty lag die Zahl der zivilen Toten bei 49.', 'de')).toEqual([
      ['zivilen Toten bei 49', 'civilians-killed', 49],
    ]);
  });

  it('lets a short adverbial stand between the noun and its copula', () => {
    expect(
      read(
        'Amnesty zufolge lag die Zahl der Toten nach Angaben von Zeugen bei mindestens 49.',
        'de',
      ),
    ).toEqual([['Toten nach Angaben von Zeugen bei mindestens 49', 'people-killed', 49]]);
  });

  it('does not read a copula after a noun of the living', () => {
    expect(read('Amnesty says the witnesses it reached were 40.', 'en')).toEqual([]);
    expect(read('Según Amnistía, los testigos fueron 40.', 'es')).toEqual([]);
  });
});

describe('verbs of counting: the count, then what it counts', () => {
  it('takes the verb, the count and the noun of the dead', () => {
    expect(
      read('El Observatorio cifra en 2.132 los muertos por los bombardeos rusos.', 'es'),
    ).toEqual([['cifra en 2.132 los muertos', 'people-killed', 2132]]);
    expect(read("L'Osservatorio stima in 2.132 i morti dei raid russi.", 'it')).toEqual([
      ['stima in 2.132 i morti', 'people-killed', 2132],
    ]);
    expect(read("L'Observatoire chiffre à 2 132 les morts des raids russes.", 'fr')).toEqual([
      ['chiffre à 2 132 les morts', 'people-killed', 2132],
    ]);
    expect(read('O Observatório calcula em 2.132 os mortos dos ataques russos.', 'pt')).toEqual([
      ['calcula em 2.132 os mortos', 'people-killed', 2132],
    ]);
  });

  it('reads nothing when what is counted is not the dead', () => {
    expect(
      read('El Observatorio cifra en 2.132 los ataques rusos desde septiembre.', 'es'),
    ).toEqual([]);
  });
});

describe('vague counts of people are casualties only with death in their clause', () => {
  it('leaves out people who gathered, fled or were interviewed', () => {
    expect(
      read(
        'After Amnesty published its report, dozens of people gathered where the strike killed shoppers.',
        'en',
      ),
      // The strike's dead are a vague count of their own (FORMAT.md: at least 2); the crowd is not.
    ).toEqual([['killed shoppers', 'civilians-killed', 2]]);
    expect(
      read(
        'Amnesty spoke to dozens of people, among them rescuers who had pulled the dead from the rubble.',
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        "Des dizaines de personnes ont manifesté devant l'ambassade, où l'on a lu les noms des civils tués, selon Amnesty.",
        'fr',
      ),
    ).toEqual([]);
  });

  it('keeps vague counts of people that died, before or after the word of death', () => {
    expect(read('Amnesty says the raids killed dozens of people in Idlib.', 'en')).toEqual([
      ['dozens of people', 'people-killed', 24],
    ]);
    expect(read('Selon Amnesty, des dizaines de personnes ont péri à Ariha.', 'fr')).toEqual([
      ['des dizaines de personnes', 'people-killed', 20],
    ]);
  });
});

describe('death verbs in every news tense', () => {
  it('reads the Italian past historic and the German preterite of dying', () => {
    expect(read("Secondo l'ong Amnesty, nel mercato morirono 49 civili.", 'it')).toEqual([
      ['49 civili', 'civilians-killed', 49],
    ]);
    expect(read('Laut Amnesty starben auf dem Markt 49 Zivilisten.', 'de')).toEqual([
      ['49 Zivilisten', 'civilians-killed', 49],
    ]);
  });

  it('reads a whole-war toll of persons whose lives the war cost', () => {
    expect(
      read(
        'Amnesty erinnert daran: Der Krieg kostete seit 2011 mehr als 250.000 Menschen das Leben.',
        'de',
      ),
    ).toEqual([['mehr als 250.000 Menschen', 'war-deaths-total', 250000]]);
  });
});

describe('a figure followed by a pronoun of the group', () => {
  it('counts the group the sentence named before it, pronoun in the span', () => {
    expect(
      read(
        'Amnesty said Russian raids had killed hundreds of civilians, and that six attacks alone, by its reckoning, killed no fewer than 200 of them.',
        'en',
      ),
    ).toEqual([
      ['hundreds of civilians', 'civilians-killed', 200],
      ['no fewer than 200 of them', 'civilians-killed', 200],
    ]);
    expect(
      read(
        "Selon Amnesty, les frappes ont visé des civils et en ont tué au moins 200 d'entre eux.",
        'fr',
      ),
    ).toEqual([["au moins 200 d'entre eux", 'civilians-killed', 200]]);
    expect(
      read(
        'Amnesty zufolge trafen die Angriffe Hunderte Zivilisten, mindestens 200 von ihnen starben.',
        'de',
      ),
    ).toEqual([
      ['Hunderte Zivilisten', 'civilians-killed', 200],
      ['mindestens 200 von ihnen', 'civilians-killed', 200],
    ]);
  });
});
