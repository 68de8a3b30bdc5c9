import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Who gives a count: never the party a headline or sentence accuses ("Russia accused of killing
// 200 civilians"), and the report's author for an episode retold right after a sentence about the
// report. Every sentence here was written for this test.
const owners = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source]);

describe('a count in what a denier is accused of', () => {
  it("credits the story's accuser when the sentence names no one else", () => {
    expect(owners('Russia accused of killing at least 150 civilians in Syria', 'en')).toEqual([
      ['at least 150 civilians', 'amnesty'],
    ]);
    expect(owners("La Russie accusée d'avoir tué au moins 150 civils en Syrie", 'fr')).toEqual([
      ['au moins 150 civils', 'amnesty'],
    ]);
    expect(owners('Rusia, acusada de matar a cientos de civiles en Siria', 'es')).toEqual([
      ['cientos de civiles', 'amnesty'],
    ]);
    expect(owners('La Russia accusata di aver ucciso almeno 150 civili in Siria', 'it')).toEqual([
      ['almeno 150 civili', 'amnesty'],
    ]);
    expect(owners('Rússia é acusada de matar pelo menos 150 civis na Síria', 'pt')).toEqual([
      ['pelo menos 150 civis', 'amnesty'],
    ]);
    expect(
      owners(
        'Russland wird vorgeworfen, in Syrien mindestens 150 Zivilisten getötet zu haben.',
        'de',
      ),
    ).toEqual([['mindestens 150 Zivilisten', 'amnesty']]);
  });

  it('credits the accuser the sentence names', () => {
    expect(
      owners(
        'Russia, accused by Human Rights Watch of killing at least 150 civilians, said nothing.',
        'en',
      ),
    ).toEqual([['at least 150 civilians', 'hrw']]);
  });

  it('leaves a count the denier gives of its own strikes to the denier', () => {
    expect(
      owners('The Russian defence ministry said its strikes had killed 300 terrorists.', 'en'),
    ).toEqual([['300 terrorists', 'russia-mod']]);
  });
});

describe('an episode of the report retold in the next paragraph', () => {
  it("credits the report's author for a conditional or reported count", () => {
    expect(
      owners(
        'The report describes several attacks by Russian jets.\nA strike on a market in Ariha reportedly killed 49 people.',
        'en',
      ),
    ).toEqual([['49 people', 'amnesty']]);
    expect(
      owners(
        'El informe de Amnistía denuncia varios episodios.\nUn ataque contra un mercado de Ariha habría matado a 49 personas.',
        'es',
      ),
    ).toEqual([['49 personas', 'amnesty']]);
  });

  it('does not carry the report past a denier rejecting it', () => {
    expect(
      owners(
        'Moscow rejected the report.\nA strike on a market in Ariha reportedly killed 49 people in Syria.',
        'en',
      ),
    ).toEqual([['49 people', undefined]]);
  });
});
