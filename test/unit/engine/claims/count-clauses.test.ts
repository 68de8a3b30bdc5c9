import { describe, expect, it } from 'vitest';
import { casualties } from './helpers';

// Who a count belongs to when the source is named after it, by an abbreviation, or when a
// sentence sets two sources' counts side by side. Every sentence was written for this test.
const owners = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source ?? null, c.metric, c.value ?? c.min]);

describe('a source named after its count by the abbreviation the press uses', () => {
  it('credits Amnesty named as AI in a reporting clause or a headline tail', () => {
    expect(owners('Russian bombs killed 200 civilians in Syria, finds AI study', 'en')).toEqual([
      ['200 civilians', 'amnesty', 'civilians-killed', 200],
    ]);
    expect(owners('Les bombes russes ont tué des centaines de civils, affirme AI.', 'fr')).toEqual([
      ['des centaines de civils', 'amnesty', 'civilians-killed', 200],
    ]);
    expect(owners('La aviación rusa mató a cientos de civiles en Siria, acusa AI.', 'es')).toEqual([
      ['cientos de civiles', 'amnesty', 'civilians-killed', 200],
    ]);
    expect(
      owners('A aviação russa matou centenas de civis na Síria, denuncia a AI.', 'pt'),
    ).toEqual([['centenas de civis', 'amnesty', 'civilians-killed', 200]]);
    expect(owners("L'aviazione russa ha ucciso centinaia di civili, sostiene AI.", 'it')).toEqual([
      ['centinaia di civili', 'amnesty', 'civilians-killed', 200],
    ]);
    expect(
      owners('Russische Bomben hätten Hunderte Zivilisten getötet, erklärte AI am Mittwoch.', 'de'),
    ).toEqual([['Hunderte Zivilisten', 'amnesty', 'civilians-killed', 200]]);
  });

  it('reads the abbreviation in capitals only: "ai" is a word in Italian and Portuguese', () => {
    expect(owners('I raid russi hanno ucciso 30 civili ai margini di Idlib.', 'it')).toEqual([
      ['30 civili', null, 'civilians-killed', 30],
    ]);
  });
});

describe('two sources contrasted in one sentence', () => {
  it('gives each count to the source of its own clause', () => {
    expect(
      owners(
        'Whereas Amnesty reports at least 200 civilian deaths, the Syrian Observatory sets the number of civilians killed at 710.',
        'en',
      ),
    ).toEqual([
      ['at least 200 civilian deaths', 'amnesty', 'civilians-killed', 200],
      ['number of civilians killed at 710', 'sohr', 'civilians-killed', 710],
    ]);
    expect(
      owners(
        "Tandis qu'Amnesty recense au moins 200 civils tués, l'OSDH évalue à 710 le nombre de civils morts.",
        'fr',
      ),
    ).toEqual([
      ['au moins 200 civils', 'amnesty', 'civilians-killed', 200],
      ['évalue à 710 le nombre de civils', 'sohr', 'civilians-killed', 710],
    ]);
    expect(
      owners(
        'Mientras Amnistía documenta al menos 200 civiles muertos, el OSDH calcula en 710 el número de civiles fallecidos.',
        'es',
      ),
    ).toEqual([
      ['al menos 200 civiles', 'amnesty', 'civilians-killed', 200],
      ['calcula en 710 el número de civiles', 'sohr', 'civilians-killed', 710],
    ]);
  });

  it('reads a German second clause in V2 order with a separable verb', () => {
    expect(
      owners(
        'Während Amnesty mindestens 200 tote Zivilisten zählt, gibt die Syrische Beobachtungsstelle die Zahl der getöteten Zivilisten mit 710 an.',
        'de',
      ),
    ).toEqual([
      ['mindestens 200 tote Zivilisten', 'amnesty', 'civilians-killed', 200],
      ['Zahl der getöteten Zivilisten mit 710', 'sohr', 'civilians-killed', 710],
    ]);
  });

  it('leaves a count to the source that opens the sentence, not one in a later "while" clause', () => {
    expect(
      owners(
        "Secondo Amnesty, i raid russi hanno ucciso 200 civili, mentre l'Osservatorio conta 710 civili morti.",
        'it',
      ),
    ).toEqual([
      ['200 civili', 'amnesty', 'civilians-killed', 200],
      ['710 civili', 'sohr', 'civilians-killed', 710],
    ]);
  });
});
