import { describe, expect, it } from 'vitest';
import { casualties, inStory } from './helpers';

// A count told as fact, and the next sentence naming who told it ("So says the Observatory"), in
// the six languages. Every sentence was written for this test.
const sources = (lang: string, ...lines: string[]) =>
  casualties(inStory(lang, ...lines), lang).map((c) => [c.text, c.source]);

describe('a teller named in the sentence after a count', () => {
  it('gives the count to the source the next sentence points back to', () => {
    expect(
      sources(
        'en',
        'More than 400 civilians have died in the raids. So says the Syrian Observatory.',
      ),
    ).toEqual([['More than 400 civilians', 'sohr']]);
    expect(
      sources(
        'fr',
        'Plus de 400 civils sont morts dans les raids. C’est ce qu’affirme l’Observatoire syrien des droits de l’homme.',
      ),
    ).toEqual([['Plus de 400 civils', 'sohr']]);
    expect(
      sources(
        'es',
        'Más de 400 civiles han muerto en los bombardeos rusos.',
        'Así lo afirma el Observatorio Sirio de Derechos Humanos.',
      ),
    ).toEqual([['Más de 400 civiles', 'sohr']]);
    expect(
      sources(
        'it',
        'Sono oltre 400 i civili morti nei raid russi. A dirlo è l’Osservatorio siriano per i diritti umani.',
      ),
    ).toEqual([['oltre 400 i civili', 'sohr']]);
    expect(
      sources(
        'pt',
        'Mais de 400 civis morreram nos bombardeios russos. A denúncia foi feita pelo Observatório Sírio dos Direitos Humanos.',
      ),
    ).toEqual([['Mais de 400 civis', 'sohr']]);
    expect(
      sources(
        'de',
        'Mehr als 400 Zivilisten sind bei den russischen Angriffen getötet worden. Das geht aus einer Zählung der Syrischen Beobachtungsstelle für Menschenrechte hervor.',
      ),
    ).toEqual([['Mehr als 400 Zivilisten', 'sohr']]);
  });

  it('leaves the count the article’s own when the next sentence only names someone', () => {
    expect(
      sources(
        'en',
        'More than 400 civilians have died in the raids. The Syrian Observatory has a network of sources.',
      ),
    ).toEqual([['More than 400 civilians', undefined]]);
  });
});
