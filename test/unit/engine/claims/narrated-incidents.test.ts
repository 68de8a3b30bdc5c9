import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../src/engine/claims/find-claims';
import { casualties, storyRules } from './helpers';

// A paragraph that goes on retelling one attack from the account it just credited keeps that
// account's source; the article's own figures stay its own. Every sentence was written for this test.
const sources = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source ?? null]);

describe('counts of one attack retold from the source the paragraph credits', () => {
  it('credits a count told in the conditional or as hearsay, in the six languages', () => {
    expect(
      sources("L'ONG a étudié six frappes. 12 enfants auraient péri sous les décombres.", 'fr'),
    ).toEqual([['12 enfants', 'amnesty']]);
    expect(
      sources('Amnesty ha esaminato sei attacchi. 23 persone sarebbero state uccise.', 'it'),
    ).toEqual([['23 persone', 'amnesty']]);
    expect(
      sources('Amnistía documentó seis ataques. En uno de ellos habrían muerto 30 personas.', 'es'),
    ).toEqual([['30 personas', 'amnesty']]);
    expect(
      sources('A Anistia examinou seis ataques. Num deles, 20 pessoas teriam morrido.', 'pt'),
    ).toEqual([['20 pessoas', 'amnesty']]);
    expect(
      sources(
        'Amnesty hat sechs Angriffe untersucht. Dabei seien 17 Menschen getötet worden.',
        'de',
      ),
    ).toEqual([['17 Menschen', 'amnesty']]);
    expect(
      sources('The group examined six raids. In one, 15 people were reportedly killed.', 'en'),
    ).toEqual([['15 people', 'amnesty']]);
  });

  it('credits a count placed in one attack: a single strike, the place it hit, its day', () => {
    expect(
      sources('Amnesty examined six raids. A strike on a bakery killed 14 people.', 'en'),
    ).toEqual([['14 people', 'amnesty']]);
    expect(
      sources('Le rapport revient sur Darkouch. Le 4 novembre, 9 personnes y ont été tuées.', 'fr'),
    ).toEqual([['9 personnes', 'amnesty']]);
    expect(
      sources('Amnesty dokumentiert die Angriffe. In einer Moschee starben 21 Menschen.', 'de'),
    ).toEqual([['21 Menschen', 'amnesty']]);
  });

  it('leaves the article’s own counts without a source', () => {
    // A whole-war toll, a campaign-wide count with nothing of one attack. (One attack told in
    // another paragraph is the article's only accuser's: see counts-groups-and-tellers.test.ts.)
    expect(
      sources('Amnesty examined six raids. The war has killed 250,000 people since 2011.', 'en'),
    ).toEqual([['250,000 people', null]]);
    expect(
      sources('Amnesty a publié son rapport. Les raids russes ont tué 600 personnes.', 'fr'),
    ).toEqual([['600 personnes', null]]);
    expect(
      sources('A Anistia examinou seis ataques.\nEm Idlib, 20 pessoas teriam morrido.', 'pt'),
    ).toEqual([['20 pessoas', null]]);
  });

  it('carries nothing from a denier, and keeps the story’s tie', () => {
    expect(
      sources('Moscow rejected the report. In one strike, 20 people were reportedly killed.', 'en'),
    ).toEqual([['20 people', null]]);
    const text =
      'The Syrian Observatory reported new raids. On November 29, 49 civilians were reportedly killed.';
    const tie = (metric: string, count: { value: number } | { min: number }) =>
      metric === 'civilians-killed' && 'value' in count && count.value === 49
        ? 'amnesty'
        : undefined;
    const found = findClaims(text, [{ start: 0, end: text.length }], storyRules, 'en', tie);
    expect(found.map((c) => [c.text, c.source])).toEqual([['49 civilians', 'amnesty']]);
  });

  it('gives the parts listed after a retold count the same source', () => {
    expect(
      sources(
        'A organização examinou seis ataques. O bombardeamento de Kafr Nabl deixou 40 civis mortos, entre os quais 12 crianças.',
        'pt',
      ),
    ).toEqual([
      ['40 civis', 'amnesty'],
      ['12 crianças', 'amnesty'],
    ]);
  });
});

describe('a pronoun that speaks for the source the paragraph names', () => {
  it('credits the source named earlier in the paragraph, not the last one that spoke', () => {
    const text = [
      'Amnesty said Russian raids had killed at least 200 civilians.',
      'The Syrian Observatory keeps a tally of the dead. It said Russian raids had killed 2,300 people.',
    ].join('\n');
    expect(sources(text, 'en')).toEqual([
      ['at least 200 civilians', 'amnesty'],
      ['2,300 people', 'sohr'],
    ]);
  });
});

describe('counts of another kind of attack', () => {
  it('takes no count from a sentence about a bomb attack that names no source of the story', () => {
    const text = [
      'Amnesty accuse la Russie. Le même jour, un attentat à Homs a fait 12 morts.',
      'Amnesty accused Russia. Separately, a car bomb in Homs killed dozens of people.',
      'A Anistia acusou a Rússia. Em Homs, um carro-bomba matou dezenas de pessoas num bairro do governo.',
      'Amnesty wirft Russland Angriffe vor. Bei einem Anschlag in Homs starben 12 Menschen.',
    ];
    for (const [k, lang] of (['fr', 'en', 'pt', 'de'] as const).entries())
      expect(casualties(text[k]!, lang)).toEqual([]);
  });

  it('keeps the count of such an attack when a source of the story gives it', () => {
    expect(sources("Selon l'OSDH, un attentat à Homs a fait 12 morts.", 'fr')).toEqual([
      ['12 morts', 'sohr'],
    ]);
  });
});
