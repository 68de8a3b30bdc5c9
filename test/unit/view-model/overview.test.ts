import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import type { HighlightInfo } from '../../../src/contracts/page-result';
import {
  buildOverview,
  type CounterRow,
  type MetricOverview,
  type StatementRow,
} from '../../../src/view-model/overview';
import { casualty, denial, figure, testDataset } from '../ui/popup/fixtures';

// The overview model: per metric one row per counter, with the
// figure the story names for it or else the one covering the story's period
// best; ranges and minimums kept as such; denials as rows quoting their
// statement; the conflicts the dataset knows of.

const dataset: Dataset = {
  ...testDataset,
  sources: [
    ...testDataset.sources,
    {
      id: 'delta',
      name: 'Delta (test)',
      shortName: 'Delta',
      kind: 'monitor',
      country: 'Testland',
      description: 'Delta counts other years.',
    },
  ],
  figures: [
    ...testDataset.figures,
    // Named by the story although beta-q1 covers the quarter better.
    figure({
      id: 'beta-feb',
      source: 'beta',
      value: 250,
      period: { from: '2020-02-01', to: '2020-02-29' },
    }),
    // A counter with a figure of another year only: not this story's count.
    figure({
      id: 'delta-2018',
      source: 'delta',
      value: 5000,
      period: { from: '2018-01-01', to: '2018-12-31' },
    }),
    // Another scope (a single incident): never on the story's axis.
    figure({
      id: 'gamma-market',
      source: 'gamma',
      value: 20,
      scope: 'single-incident',
      incident: 'Market strike',
      period: { from: '2020-02-02', to: '2020-02-02' },
    }),
    figure({ id: 'alpha-hundreds', source: 'alpha', quote: 'hundreds of civilians' }),
  ],
};

const story = {
  published: '2020-04-05',
  claims: [
    { kind: 'casualty', source: 'alpha', metric: 'civilians-killed', refs: ['alpha-q1'] },
    { kind: 'casualty', source: 'alpha', metric: 'civilians-killed', refs: ['alpha-hundreds'] },
    { kind: 'casualty', source: 'beta', metric: 'civilians-killed', refs: ['beta-feb'] },
  ],
};

const counters = (m: MetricOverview) => m.rows.filter((r): r is CounterRow => r.kind === 'counter');
const statementRows = (m: MetricOverview) =>
  m.rows.filter((r): r is StatementRow => r.kind === 'statement');
const row = (m: MetricOverview, id: string) => counters(m).find((r) => r.source.id === id)!;

describe('buildOverview', () => {
  const page: HighlightInfo[] = [
    casualty({}), // alpha, ≥ 100
    denial({}),
    casualty({ text: '300 civilians', source: 'beta', value: 300, min: undefined, refs: [] }),
    casualty({ text: 'another hundred', refs: ['alpha-q1'] }),
    casualty({
      text: '40 children',
      metric: 'children-killed',
      source: 'beta',
      value: 40,
      min: undefined,
      refs: ['beta-children'],
    }),
  ];
  const overview = buildOverview(page, dataset, story);
  const civilians = overview.metrics.find((m) => m.metric === 'civilians-killed')!;

  it('has one overview per metric the page touches, in the popup’s order', () => {
    expect(overview.metrics.map((m) => m.metric)).toEqual(['civilians-killed', 'children-killed']);
  });

  it('lists each counter once, with the figure the story names for it', () => {
    const ids = counters(civilians).map((r) => r.source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(row(civilians, 'beta').figure?.id).toBe('beta-feb');
    expect(row(civilians, 'beta').chosen).toBe('story');
    // The counter's other figures of the same thing wait behind a disclosure.
    expect(row(civilians, 'beta').others.map((f) => f.id)).toEqual(['beta-q1', 'beta-2019']);
  });

  it('prefers a named figure with a number to one that has none', () => {
    expect(row(civilians, 'alpha').figure?.id).toBe('alpha-q1');
    expect(row(civilians, 'alpha').others.map((f) => f.id)).toEqual(['alpha-hundreds']);
  });

  it('otherwise shows the figure whose period overlaps the story’s most, and leaves out counters of other periods and scopes', () => {
    expect(row(civilians, 'gamma').figure?.id).toBe('gamma-q1');
    expect(row(civilians, 'gamma').chosen).toBe('period');
    expect(row(civilians, 'gamma').others.map((f) => f.id)).toEqual([]);
    expect(counters(civilians).map((r) => r.source.id)).not.toContain('delta');
    expect(civilians.scope).toBe('russian-strikes');
    expect(civilians.period).toEqual({ from: '2020-01-01', to: '2020-04-05' });
  });

  it('keeps ranges as ranges and minimums as minimums, on an axis that reaches the top of each', () => {
    expect(row(civilians, 'gamma').figure).toMatchObject({ min: 150, max: 400 });
    expect(row(civilians, 'alpha').figure).toMatchObject({ value: 100, min: 100 });
    expect(civilians.scale).toBe(400);
  });

  it('marks every casualty claim on its metric, on the row of whoever the article credits', () => {
    expect(row(civilians, 'alpha').marks.map((m) => m.index)).toEqual([0, 3]);
    expect(row(civilians, 'beta').marks.map((m) => [m.index, m.value, m.credited?.id])).toEqual([
      [2, 300, 'beta'],
    ]);
    const children = overview.metrics[1]!;
    expect(row(children, 'beta').marks.map((m) => m.index)).toEqual([4]);
  });

  it('puts counters the article credits first', () => {
    expect(counters(civilians).map((r) => r.source.id)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('shows a denying party as a row quoting its statement, never as a figure', () => {
    const [mod] = statementRows(civilians);
    expect(mod).toMatchObject({
      kind: 'statement',
      source: { id: 'state-mod' },
      statement: { id: 'mod-denial', quote: 'baseless' },
      disputes: [{ id: 'alpha' }],
      marks: [{ index: 1, text: 'groundless accusations' }],
    });
    expect(mod).not.toHaveProperty('figure');
    // It answers Alpha's civilian count, not the children Beta counted.
    expect(statementRows(overview.metrics[1]!)).toEqual([]);
    expect(overview.denials).toEqual([]);
  });

  it('gives a page with only denials their rows and no chart', () => {
    const only = buildOverview([denial({}), denial({ text: 'lies' })], dataset, story);
    expect(only.metrics).toEqual([]);
    expect(only.denials).toHaveLength(1);
    expect(only.denials[0]!.marks.map((m) => m.index)).toEqual([0, 1]);
  });

  it('places the article’s own figures, credited to no one, on an article row', () => {
    const own = buildOverview(
      [casualty({ source: undefined, text: 'some 120 civilians', value: 120, min: undefined })],
      dataset,
      story,
    );
    const rows = own.metrics[0]!.rows;
    expect(rows.at(-1)).toMatchObject({ kind: 'article', marks: [{ credited: null, value: 120 }] });
  });

  it('keeps a counter the article credits even when the dataset has no figure of theirs here', () => {
    const credited = buildOverview(
      [casualty({ source: 'delta', refs: [], value: 7, min: undefined })],
      dataset,
      story,
    );
    expect(row(credited.metrics[0]!, 'delta')).toMatchObject({
      figure: { id: 'delta-2018' },
      chosen: 'credited',
    });
    const none = buildOverview(
      [casualty({ source: 'state-mod', refs: [], value: 7, min: undefined })],
      dataset,
      story,
    );
    expect(row(none.metrics[0]!, 'state-mod')).toMatchObject({ figure: null, chosen: 'credited' });
  });

  describe('conflicts', () => {
    it('says when the article credits one counter with another’s figure', () => {
      const o = buildOverview(
        [casualty({ text: '300 dead', value: 300, min: undefined, refs: ['alpha-q1', 'beta-q1'] })],
        dataset,
        story,
      );
      expect(o.metrics[0]!.conflicts).toContainEqual(
        expect.objectContaining({
          kind: 'credited-elsewhere',
          index: 0,
          credited: expect.objectContaining({ id: 'alpha' }),
          figure: expect.objectContaining({ id: 'beta-q1', value: 300 }),
        }),
      );
    });

    it('repeats the dataset’s note where the article misdates or misreads its source', () => {
      const o = buildOverview(
        [casualty({ note: 'Alpha counted the first quarter, not the year.' })],
        dataset,
        story,
      );
      expect(o.metrics[0]!.conflicts).toContainEqual({
        kind: 'note',
        index: 0,
        text: 'at least a hundred civilians',
        note: 'Alpha counted the first quarter, not the year.',
      });
    });

    it('says when the counters’ periods differ, and not when they agree', () => {
      expect(civilians.conflicts).toContainEqual(
        expect.objectContaining({
          kind: 'periods',
          rows: expect.arrayContaining([
            expect.objectContaining({ source: expect.objectContaining({ id: 'beta' }) }),
          ]),
        }),
      );
      const same = buildOverview(
        [casualty({})],
        { ...dataset, figures: testDataset.figures },
        {
          published: '2020-03-31',
          claims: [story.claims[0]!],
        },
      );
      // alpha-q1 and gamma-q1 share the quarter; beta-q1 (smaller, so last) runs ten days longer.
      const periods = same.metrics[0]!.conflicts.find((c) => c.kind === 'periods');
      expect(
        periods && periods.kind === 'periods' && periods.rows.map((r) => [r.source.id, r.to]),
      ).toEqual([
        ['alpha', '2020-03-31'],
        ['gamma', '2020-03-31'],
        ['beta', '2020-04-10'],
      ]);
      const agreeing = buildOverview(
        [casualty({})],
        { ...dataset, figures: testDataset.figures.filter((f) => f.id !== 'beta-q1') },
        { published: '2020-03-31', claims: [story.claims[0]!] },
      );
      expect(agreeing.metrics[0]!.conflicts.filter((c) => c.kind === 'periods')).toEqual([]);
    });
  });

  it('is scoped to one metric for a claim’s card', () => {
    const scoped = buildOverview(page, dataset, story, { metric: 'children-killed' });
    expect(scoped.metrics.map((m) => m.metric)).toEqual(['children-killed']);
    expect(scoped.denials).toEqual([]);
  });

  it('says the date the dataset’s figures run to', () => {
    expect(overview.figuresUpTo).toBe('2020-04-02');
  });
});
