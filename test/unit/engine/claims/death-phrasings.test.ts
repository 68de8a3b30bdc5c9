import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Counts introduced by a noun or an idiom of death rather than by "killed", in the six
// languages: the phrase of death belongs to the claim, and the group among the dead is what
// is counted. Every sentence here was written for this test.
const read = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.metric, 'value' in c ? c.value : c.min]);

describe('counts introduced by phrases of death', () => {
  it('takes the phrase of death into the span, verb included where it is the idiom', () => {
    expect(
      read("Selon l'ONG, les raids ont entraîné la mort de centaines de civils.", 'fr'),
    ).toEqual([['entraîné la mort de centaines de civils', 'civilians-killed', 200]]);
    expect(
      read('The raids claimed the lives of at least 120 civilians, the group said.', 'en'),
    ).toEqual([['claimed the lives of at least 120 civilians', 'civilians-killed', 120]]);
    expect(
      read('Los ataques se cobraron la vida de cientos de civiles, según la ONG.', 'es'),
    ).toEqual([['se cobraron la vida de cientos de civiles', 'civilians-killed', 200]]);
    expect(read("I raid sono costati la vita ad almeno 80 civili, secondo l'ong.", 'it')).toEqual([
      ['costati la vita ad almeno 80 civili', 'civilians-killed', 80],
    ]);
    expect(read('Os ataques ceifaram a vida de 37 civis, segundo a ONG.', 'pt')).toEqual([
      ['ceifaram a vida de 37 civis', 'civilians-killed', 37],
    ]);
    expect(
      read('Die Organisation wirft Moskau die Tötung hunderter Zivilisten vor.', 'de'),
    ).toEqual([['die Tötung hunderter Zivilisten', 'civilians-killed', 200]]);
  });

  it('keeps a qualifier set off by commas, and the phrase of death before it', () => {
    expect(
      read('Os ataques russos custaram a vida a, no mínimo, 200 civis, diz a Amnistia.', 'pt'),
    ).toEqual([['custaram a vida a, no mínimo, 200 civis', 'civilians-killed', 200]]);
    expect(read('Les raids ont coûté la vie à, au moins, 90 civils, selon l’ONG.', 'fr')).toEqual([
      ['coûté la vie à, au moins, 90 civils', 'civilians-killed', 90],
    ]);
    expect(
      read('The raids killed, at the very least, 90 civilians, the group said.', 'en'),
    ).toEqual([['90 civilians', 'civilians-killed', 90]]);
  });

  it('counts the group named among the dead, and keeps it in the span', () => {
    expect(read("Amnesty fait état d'une quinzaine de morts parmi les combattants.", 'fr')).toEqual(
      [['une quinzaine de morts parmi les combattants', 'fighters-killed', 15]],
    );
    expect(read('The group counted 30 dead among the fighters.', 'en')).toEqual([
      ['30 dead among the fighters', 'fighters-killed', 30],
    ]);
    expect(read('Secondo Amnesty il bilancio è di 18 morti tra i combattenti.', 'it')).toEqual([
      ['18 morti tra i combattenti', 'fighters-killed', 18],
    ]);
  });

  it('reads a count of a whole people and a quarter of a million', () => {
    expect(read('In the war, a quarter of a million people have died since 2011.', 'en')).toEqual([
      ['a quarter of a million people', 'war-deaths-total', 250000],
    ]);
    expect(read('Dal 2011 la guerra ha ucciso più di 260.000 siriani.', 'it')).toEqual([
      ['più di 260.000 siriani', 'war-deaths-total', 260000],
    ]);
  });

  it('reads "of whom" breakdowns in the Romance languages', () => {
    expect(read("L'Osservatorio conta 1.200 morti, 400 dei quali civili.", 'it')).toEqual([
      ['1.200 morti', 'people-killed', 1200],
      ['400 dei quali civili', 'civilians-killed', 400],
    ]);
    expect(read('O Observatório conta 1.200 mortos, 400 dos quais civis.', 'pt')).toEqual([
      ['1.200 mortos', 'people-killed', 1200],
      ['400 dos quais civis', 'civilians-killed', 400],
    ]);
  });
});

describe('"cost ... their lives" in every tense and word order', () => {
  it('takes the verb of a past or present tense into the span', () => {
    expect(read('Selon l’ONG, chaque semaine de raids coûte la vie à 40 civils.', 'fr')).toEqual([
      ['coûte la vie à 40 civils', 'civilians-killed', 40],
    ]);
    expect(read('Según la ONG, el bombardeo ha costado la vida de 37 civiles.', 'es')).toEqual([
      ['costado la vida de 37 civiles', 'civilians-killed', 37],
    ]);
    expect(read("Secondo l'ong, il raid costò la vita a 37 civili.", 'it')).toEqual([
      ['costò la vita a 37 civili', 'civilians-killed', 37],
    ]);
    expect(read('Segundo a ONG, o bombardeio custou a vida de 37 civis.', 'pt')).toEqual([
      ['custou a vida de 37 civis', 'civilians-killed', 37],
    ]);
  });

  it('reads a German count of people between "kosteten" and "das Leben"', () => {
    expect(
      read(
        'Nach Angaben der Organisation kosteten die Angriffe Dutzenden Menschen das Leben.',
        'de',
      ),
    ).toEqual([['Dutzenden Menschen', 'people-killed', 24]]);
    expect(
      read('Laut Amnesty kostete der Luftangriff Hunderten Menschen das Leben.', 'de'),
    ).toEqual([['Hunderten Menschen', 'people-killed', 200]]);
  });
});

describe('what is not a count', () => {
  it('reads "how many" as a question, not a count', () => {
    expect(read('How many civilians have Russian raids in Syria killed?', 'en')).toEqual([]);
    expect(read('Wie viele Zivilisten starben bei russischen Angriffen in Syrien?', 'de')).toEqual(
      [],
    );
  });

  it('keeps a German sentence whole across an ordinal date ("am 29. November")', () => {
    expect(read('In Syrien starben laut Amnesty am 29. November 49 Zivilisten.', 'de')).toEqual([
      ['49 Zivilisten', 'civilians-killed', 49],
    ]);
  });
});
