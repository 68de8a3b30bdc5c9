import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../../../src/view-model/claim-view';
import { popupStrings } from '../../../../src/ui/i18n/popup';
import { claimChart, disputedCharts, figureFacts } from '../../../../src/ui/popup/charts';
import { casualty, denial, figure, testDataset } from './fixtures';

const t = popupStrings('en');

describe('claimChart', () => {
  const highlights = [casualty({})];
  const view = buildClaimView(highlights, 0, testDataset)!;
  const chart = claimChart(view, t, 'en');

  it('puts the article first, then its source as published, then the competing figures', () => {
    expect(chart.rows.map((r) => [r.label, r.tone, r.value])).toEqual([
      ['This article', 'page', '≥ 100'],
      ['Alpha (as published)', 'own', '≥ 100'],
      ['Gamma', 'other', '150–400'],
      ['Beta', 'other', '300'],
    ]);
  });

  it('draws every row on one scale, up to the largest count', () => {
    const beta = chart.rows.find((r) => r.label === 'Beta')!;
    const gamma = chart.rows.find((r) => r.label === 'Gamma')!;
    expect(gamma.bar).toEqual({ start: 37.5, end: 100, shape: 'range' });
    expect(beta.bar).toEqual({ start: 0, end: 75, shape: 'value' });
  });

  it('links each dataset row to where it was published, never the article’s own row', () => {
    expect(chart.rows[0]!.links).toBeUndefined();
    expect(chart.rows[2]!.links).toEqual([
      {
        text: 'source',
        label: 'Where Gamma published it (opens a new tab)',
        href: 'https://news.example/gamma-q1',
      },
    ]);
  });
});

describe('figureFacts', () => {
  const view = (f: Parameters<typeof figure>[0], differences: string[]) => ({
    ...buildClaimView([casualty({ refs: [f.id] })], 0, { ...testDataset, figures: [figure(f)] })!
      .figures[0]!,
    differences: differences as never,
  });

  it('gives the period, then each difference with what it is for this figure', () => {
    const f = view(
      {
        id: 'x',
        source: 'beta',
        place: 'Northern Testland',
        metricDetail: 'adults only',
        period: { from: '2020-01', to: '2020-02' },
      },
      ['period', 'place', 'method', 'later'],
    );
    expect(figureFacts(f, t, 'en')).toBe(
      'Jan 2020 – Feb 2020 · other period · other place: Northern Testland · counted differently: adults only · published later',
    );
  });
});

describe('disputedCharts', () => {
  it('charts the figures a denial disputes, one chart per thing counted', () => {
    const highlights = [casualty({}), denial({})];
    const charts = disputedCharts(buildClaimView(highlights, 1, testDataset)!, t, 'en');
    expect(charts.map((c) => [c.caption, c.rows.map((r) => r.label)])).toEqual([
      ['civilians killed', ['Alpha']],
    ]);
  });
});
