import type { Dataset, Figure, Source, Statement } from '../../../../src/data/schema';
import type { HighlightInfo, PageResult } from '../../../../src/contracts/page-result';

// A small invented dataset: fictional counters and round numbers, so that the
// popup's logic is tested apart from the real, bundled figures.

const source = (id: string, shortName: string, kind: Source['kind']): Source => ({
  id,
  name: `${shortName} (test)`,
  shortName,
  kind,
  country: 'Testland',
  description: `${shortName} counts by testing.`,
  homepage: `https://${id}.example/`,
});

export const figure = (f: Partial<Figure> & Pick<Figure, 'id' | 'source'>): Figure => ({
  metric: 'civilians-killed',
  scope: 'russian-strikes',
  approx: false,
  place: 'Testland',
  period: { from: '2020-01-01', to: '2020-03-31' },
  published: '2020-04-02',
  reportedBy: 'Test Wire',
  url: `https://news.example/${f.id}`,
  quote: 'a test quote',
  ...f,
});

const statement = (
  s: Partial<Statement> & Pick<Statement, 'id' | 'source' | 'about'>,
): Statement => ({
  speaker: 'A spokesman',
  date: '2020-04-03',
  language: 'en',
  kind: 'denial',
  denial: true,
  quote: 'baseless',
  url: `https://news.example/${s.id}`,
  reportedBy: 'Test Wire',
  ...s,
});

export const testDataset: Dataset = {
  sources: [
    source('alpha', 'Alpha', 'ngo'),
    source('beta', 'Beta', 'monitor'),
    source('gamma', 'Gamma', 'monitor'),
    source('state-mod', 'Ministry', 'government'),
  ],
  figures: [
    figure({ id: 'alpha-q1', source: 'alpha', min: 100, value: 100 }),
    figure({
      id: 'beta-q1',
      source: 'beta',
      value: 300,
      period: { from: '2020-01-01', to: '2020-04-10' },
    }),
    figure({ id: 'gamma-q1', source: 'gamma', min: 150, max: 400 }),
    // Counts something else, or another time: never compared with the above.
    figure({
      id: 'beta-2019',
      source: 'beta',
      value: 900,
      period: { from: '2019-01-01', to: '2019-12-31' },
    }),
    figure({ id: 'beta-children', source: 'beta', metric: 'children-killed', value: 40 }),
    figure({ id: 'beta-all', source: 'beta', metric: 'people-killed', value: 700 }),
  ],
  statements: [
    statement({
      id: 'mod-denial',
      source: 'state-mod',
      about: 'Rejected the Alpha report as biased.',
    }),
    statement({
      id: 'mod-other',
      source: 'state-mod',
      about: 'Said the Alphabet figures were wrong.',
    }),
  ],
};

export const casualty = (h: Partial<HighlightInfo>): HighlightInfo => ({
  kind: 'casualty',
  text: 'at least a hundred civilians',
  source: 'alpha',
  metric: 'civilians-killed',
  min: 100,
  refs: ['alpha-q1'],
  ...h,
});

export const denial = (h: Partial<HighlightInfo>): HighlightInfo => ({
  kind: 'denial',
  text: 'groundless accusations',
  source: 'state-mod',
  refs: ['mod-denial'],
  ...h,
});

export const result = (r: Partial<PageResult>): PageResult => ({
  url: 'https://www.news.example/story',
  verdict: 'copy',
  score: 0.9,
  story: 'test-story',
  reason: 'test',
  highlights: [],
  ...r,
});
