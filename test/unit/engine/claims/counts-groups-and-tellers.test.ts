import { describe, expect, it } from 'vitest';
import { casualties, inStory } from './helpers';

// Casualty counts fresh real articles lost or left unsourced: vague counts in the German dative and
// genitive, Romance nouns of quantity after any article, members of one family among the dead,
// counts of people driven abroad next to a toll, and the dead of one incident told by the report
// with no source in their sentence. Every sentence was written here.
const read = (text: string, lang: string) =>
  casualties(inStory(lang, text), lang).map((c) => [
    c.text,
    c.metric,
    'value' in c ? c.value : c.min,
    c.source ?? null,
  ]);
const texts = (text: string, lang: string) => read(text, lang).map((c) => c[0]);

describe('vague counts in the German dative and genitive', () => {
  it('reads "vielen zivilen Opfern" and "vieler Zivilisten"', () => {
    expect(
      read('Die Bomben führten nach Angaben der Organisation zu vielen zivilen Opfern.', 'de'),
    ).toEqual([['vielen zivilen Opfern', 'civilians-killed', 2, 'amnesty']]);
    expect(texts('Amnesty beklagt den Tod zahlreicher Zivilisten in Idlib.', 'de')).toEqual([
      'den Tod zahlreicher Zivilisten',
    ]);
    expect(
      texts('Die Luftwaffe sei für den Tod mehrerer Kinder verantwortlich, so Amnesty.', 'de'),
    ).toEqual(['den Tod mehrerer Kinder']);
  });

  it('needs a counted noun after the quantifier', () => {
    expect(texts('Einigen Berichten zufolge wurden in Homs Häuser zerstört.', 'de')).toEqual([]);
  });
});

describe('Romance nouns of quantity after any article', () => {
  it('keeps a misspelt article in the span', () => {
    expect(
      read('Selon Amnesty, les frappes ont aussi tué un dizaine de combattants.', 'fr'),
    ).toEqual([['un dizaine de combattants', 'fighters-killed', 10, 'amnesty']]);
    expect(texts('Secondo Amnesty i raid hanno ucciso anche un ventina di civili.', 'it')).toEqual([
      'un ventina di civili',
    ]);
    expect(texts('Según Amnistía, murieron además un decena de combatientes.', 'es')).toEqual([
      'un decena de combatientes',
    ]);
    expect(texts('Segundo a Anistia, morreram também um dezena de combatentes.', 'pt')).toEqual([
      'um dezena de combatentes',
    ]);
  });

  it('counts militants as fighters', () => {
    expect(read('Secondo Amnesty i raid hanno ucciso centinaia di militanti.', 'it')).toEqual([
      ['centinaia di militanti', 'fighters-killed', 200, 'amnesty'],
    ]);
    expect(texts('Según Amnistía, los ataques mataron a decenas de militantes.', 'es')).toEqual([
      'decenas de militantes',
    ]);
  });
});

describe('members of one family among the dead', () => {
  it('reads the group in the six languages', () => {
    expect(read('Five members of one family were among the dead, Amnesty said.', 'en')).toEqual([
      ['Five members of one family', 'people-killed', 5, 'amnesty'],
    ]);
    expect(texts("Selon Amnesty, cinq membres d'une même famille ont été tués.", 'fr')).toEqual([
      "cinq membres d'une même famille",
    ]);
    expect(texts('Laut Amnesty starben fünf Mitglieder einer Familie.', 'de')).toEqual([
      'fünf Mitglieder einer Familie',
    ]);
    expect(texts('Secondo Amnesty sono morti sette membri della stessa famiglia.', 'it')).toEqual([
      'sette membri della stessa famiglia',
    ]);
    expect(texts('Según Amnistía, murieron seis miembros de una misma familia.', 'es')).toEqual([
      'seis miembros de una misma familia',
    ]);
    expect(texts('Segundo a Anistia, morreram cinco membros de uma mesma família.', 'pt')).toEqual([
      'cinco membros de uma mesma família',
    ]);
  });

  it('leaves family members who were only wounded', () => {
    expect(texts('Five family members were wounded in the strike, Amnesty said.', 'en')).toEqual(
      [],
    );
  });
});

describe('people driven abroad next to a toll', () => {
  it('counts the dead, not the exiles', () => {
    expect(
      texts(
        'The war has killed more than 250,000 people and driven four million Syrians abroad.',
        'en',
      ),
    ).toEqual(['more than 250,000 people']);
    expect(
      texts(
        "La guerre a fait 250 000 morts et poussé quatre millions de personnes à l'exil.",
        'fr',
      ),
    ).toEqual(['250 000 morts']);
    expect(
      texts(
        'La guerra ha causado 250.000 muertos y obligado a cuatro millones de personas a huir.',
        'es',
      ),
    ).toEqual(['250.000 muertos']);
  });
});

describe('the dead of one incident the report tells of', () => {
  it('goes on with the sentence before that named the attack', () => {
    expect(
      read(
        'The report describes a strike on a busy market in Ariha on 29 November. Forty-nine civilians were killed there.',
        'en',
      ),
    ).toEqual([['Forty-nine civilians', 'civilians-killed', 49, 'amnesty']]);
    expect(
      read(
        'El informe relata el ataque contra una mezquita de Idlib. En él murieron tres niños.',
        'es',
      ),
    ).toEqual([['tres niños', 'children-killed', 3, 'amnesty']]);
  });

  it('is the only accuser’s in a later paragraph', () => {
    expect(
      read(
        'Moscow rejected the report.\nIn al-Ghanto, on 15 October, seven civilians were among the dead.',
        'en',
      ),
    ).toEqual([['seven civilians', 'civilians-killed', 7, 'amnesty']]);
  });

  it('is no one’s when the article names two accusers, and a war toll stays the article’s', () => {
    expect(
      read(
        'The Syrian Observatory gave its own figures.\nIn al-Ghanto, on 15 October, seven civilians were among the dead.',
        'en',
      ),
    ).toEqual([['seven civilians', 'civilians-killed', 7, null]]);
    expect(
      read(
        'The report describes a strike on a market. The war has killed 250,000 people since 2011.',
        'en',
      ),
    ).toEqual([['250,000 people', 'war-deaths-total', 250000, null]]);
  });
});
