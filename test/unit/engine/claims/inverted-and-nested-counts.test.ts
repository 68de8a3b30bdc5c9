import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Counts placed where a plain window around the figure misses them: after a copula, with their
// noun and its article behind ("sono almeno 200 i civili uccisi"); before a breakdown and a long
// relative clause that put the verb of death far away; after a noun of killing in a headline.
// Every sentence here was written for this test.
const read = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.metric, 'value' in c ? c.value : c.min]);

describe('a count first, its copula, then what it counts', () => {
  it('reads the count with its noun, in both orders, in the six languages', () => {
    expect(read('Secondo Amnesty, sono almeno 150 i civili uccisi nei raid russi.', 'it')).toEqual([
      ['almeno 150 i civili', 'civilians-killed', 150],
    ]);
    expect(read('Per Amnesty oltre 60 sono i bambini morti sotto le bombe.', 'it')).toEqual([
      ['oltre 60 sono i bambini', 'children-killed', 60],
    ]);
    expect(read('Según Amnistía, son al menos 150 los civiles muertos en Idlib.', 'es')).toEqual([
      ['al menos 150 los civiles', 'civilians-killed', 150],
    ]);
    expect(read('Segundo a Anistia, já são quase 150 os mortos em Homs.', 'pt')).toEqual([
      ['quase 150 os mortos', 'people-killed', 150],
    ]);
    expect(read('Según Amnistía, fueron cerca de ochenta las mujeres asesinadas.', 'es')).toEqual([
      ['cerca de ochenta las mujeres', 'women-killed', 80],
    ]);
    expect(read('According to Amnesty, at least 150 were the civilians killed.', 'en')).toEqual([
      ['at least 150 were the civilians', 'civilians-killed', 150],
    ]);
    expect(read('Selon Amnesty, ce sont au moins 150 civils qui ont été tués.', 'fr')).toEqual([
      ['au moins 150 civils', 'civilians-killed', 150],
    ]);
  });

  it('leaves a count of the living alone', () => {
    expect(read('Secondo Amnesty, sono almeno 150 i civili evacuati da Homs.', 'it')).toEqual([]);
    expect(read('Según Amnistía, son 25 los ataques que examinó en Siria.', 'es')).toEqual([]);
  });
});

describe('a count whose verb of death comes after its breakdown', () => {
  it('takes the verb past the breakdown and its relative clause, and keeps every part', () => {
    expect(
      read(
        'Amnesty said no fewer than 40 civilians, among them 15 children and 6 women who had hidden in the basement of an apartment block, died in the raid of 3 November.',
        'en',
      ),
    ).toEqual([
      ['no fewer than 40 civilians', 'civilians-killed', 40],
      ['15 children', 'children-killed', 15],
      ['6 women', 'women-killed', 6],
    ]);
    expect(
      read(
        "Selon Amnesty, au moins 40 civils, dont 15 enfants et 6 femmes qui s'étaient réfugiés dans la cave d'un immeuble, ont péri dans le raid du 3 novembre.",
        'fr',
      ),
    ).toEqual([
      ['au moins 40 civils', 'civilians-killed', 40],
      ['15 enfants', 'children-killed', 15],
      ['6 femmes', 'women-killed', 6],
    ]);
    expect(
      read(
        'Según Amnistía, al menos 40 civiles, entre ellos 15 niños que se habían escondido en el sótano de una escuela del barrio, murieron en el ataque.',
        'es',
      ),
    ).toEqual([
      ['al menos 40 civiles', 'civilians-killed', 40],
      ['15 niños', 'children-killed', 15],
    ]);
    expect(
      read(
        'Secondo Amnesty, almeno 40 civili, tra cui 15 bambini che si erano nascosti nella cantina di un palazzo del centro, sono morti nel raid.',
        'it',
      ),
    ).toEqual([
      ['almeno 40 civili', 'civilians-killed', 40],
      ['15 bambini', 'children-killed', 15],
    ]);
    expect(
      read(
        'Segundo a Anistia, pelo menos 40 civis, incluindo 15 crianças que se tinham escondido na cave de um prédio do bairro, morreram no ataque.',
        'pt',
      ),
    ).toEqual([
      ['pelo menos 40 civis', 'civilians-killed', 40],
      ['15 crianças', 'children-killed', 15],
    ]);
    expect(
      read(
        'Laut Amnesty sind mindestens 40 Zivilisten, darunter 15 Kinder, die sich im Keller eines Wohnhauses versteckt hatten, bei dem Angriff ums Leben gekommen.',
        'de',
      ),
    ).toEqual([
      ['mindestens 40 Zivilisten', 'civilians-killed', 40],
      ['15 Kinder', 'children-killed', 15],
    ]);
  });

  it('does not reach past the end of the clause', () => {
    expect(
      read(
        'Amnesty said 40 people, including 15 children who had been sleeping in the dormitory of the school next door, were wounded.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('nouns of killing before a count, with or without their article', () => {
  it('takes the noun of killing into the span', () => {
    expect(read('Amnesty dénonce le meurtre de près de 150 civils.', 'fr')).toEqual([
      ['le meurtre de près de 150 civils', 'civilians-killed', 150],
    ]);
    expect(read("Syrie : l'assassinat de quelque 150 civils, selon Amnesty", 'fr')).toEqual([
      ["l'assassinat de quelque 150 civils", 'civilians-killed', 150],
    ]);
    expect(read('Killing of some 150 civilians: Amnesty blames Russian jets', 'en')).toEqual([
      ['Killing of some 150 civilians', 'civilians-killed', 150],
    ]);
    expect(read('Amnesty condemned the slaughter of nearly 150 civilians.', 'en')).toEqual([
      ['the slaughter of nearly 150 civilians', 'civilians-killed', 150],
    ]);
    expect(read('Amnistía denuncia la masacre de unos 150 civiles.', 'es')).toEqual([
      ['la masacre de unos 150 civiles', 'civilians-killed', 150],
    ]);
    expect(read('Amnesty denuncia la strage di quasi 150 civili.', 'it')).toEqual([
      ['la strage di quasi 150 civili', 'civilians-killed', 150],
    ]);
    expect(read('A Anistia denuncia a matança de perto de 150 civis.', 'pt')).toEqual([
      ['a matança de perto de 150 civis', 'civilians-killed', 150],
    ]);
    expect(read('Amnesty prangert die Ermordung von knapp 150 Zivilisten an.', 'de')).toEqual([
      ['die Ermordung von knapp 150 Zivilisten', 'civilians-killed', 150],
    ]);
  });

  it('reads a year after a noun of killing as no count', () => {
    expect(read('Amnesty recalled the massacre of 1982 in Hama.', 'en')).toEqual([]);
  });
});
