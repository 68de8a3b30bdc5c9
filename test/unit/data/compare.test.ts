import { describe, expect, it } from 'vitest';
import { comparableFigures, type ClaimLike } from '../../../src/data/compare';
import { dataset } from '../../../src/data/dataset';
import type { Dataset, Figure } from '../../../src/data/schema';

const ids = (claim: ClaimLike, data: Dataset = dataset) =>
  comparableFigures(data, claim).map((c) => c.figure.id);
const figure = (id: string) => dataset.figures.find((f) => f.id === id)!;
const claimFor = (ref: string): ClaimLike => {
  const f = figure(ref);
  return { source: f.source, metric: f.metric, refs: [ref] };
};

describe('comparableFigures on the bundled dataset', () => {
  const sohrCivilians = claimFor('sohr-2015-12-22-russian-strikes-civilians');

  it('offers rival counts of the same thing over about the same months', () => {
    const found = ids(sohrCivilians);
    expect(found).toContain('snhr-2015-12-28-russian-forces-civilians');
    expect(found).toContain('airwars-2015-12-31-civilians-killed');
    expect(found).toContain('sohr-2015-12-30-russian-strikes-civilians');
  });

  it('leaves out short windows and much longer totals', () => {
    const found = ids(sohrCivilians);
    expect(found).not.toContain('sohr-2015-12-15-russian-strikes-civilians-2weeks');
    expect(found).not.toContain('snhr-2015-10-civilians-killed-by-russian-forces');
    expect(found).not.toContain('sohr-2016-09-30-russian-strikes-civilians-1yr');
    expect(found).not.toContain('sohr-2018-09-30-russian-strikes-civilians-3yr');
  });

  it("never returns the claim's own refs", () => {
    expect(ids(sohrCivilians)).not.toContain('sohr-2015-12-22-russian-strikes-civilians');
  });

  it('puts the closest period first', () => {
    const [first, second] = comparableFigures(dataset, sohrCivilians);
    // SNHR's 17 Dec count ends 4 days before SOHR's 21 Dec cut-off, its 28 Dec count 7 days after.
    expect(first!.figure.id).toBe('snhr-2015-12-17-russian-forces-civilians');
    expect(second!.figure.id).toBe('snhr-2015-12-28-russian-forces-civilians');
  });

  it('flags how each rival differs', () => {
    const byId = new Map(comparableFigures(dataset, sohrCivilians).map((c) => [c.figure.id, c]));
    expect(byId.get('airwars-2015-12-31-civilians-killed')!.differences).toEqual([
      'period',
      'range',
    ]);
    expect(byId.get('sohr-2015-12-30-russian-strikes-civilians')!.differences).toEqual([
      'period',
      'later',
    ]);
    // Amnesty's 200 is a sample of six attacks: another counting method.
    expect(byId.get('amnesty-2015-12-six-attacks-civilians')!.differences).toContain('method');
  });

  it('never mixes metrics, scopes or incidents, whatever the claim', () => {
    for (const f of dataset.figures) {
      for (const { figure: rival } of comparableFigures(dataset, claimFor(f.id))) {
        expect(rival.metric).toBe(f.metric);
        expect(rival.scope).toBe(f.scope);
        expect(rival.incident).toBe(f.incident);
        if (f.metric === 'other') expect(rival.metricDetail).toBe(f.metricDetail);
      }
    }
  });

  it('does not compare a whole-war toll with deaths from Russian strikes', () => {
    const found = ids(claimFor('sohr-2015-12-22-russian-strikes-people-killed-afp'));
    expect(found).toContain('sohr-2015-12-18-russian-strikes-people-killed');
    expect(found).not.toContain('snhr-2015-people-killed-21179');
    const wholeWar = comparableFigures(dataset, claimFor('sohr-2015-10-15-war-deaths-total'));
    expect(wholeWar.length).toBeGreaterThan(0);
    for (const { figure: f } of wholeWar) expect(f.metric).toBe('war-deaths-total');
  });

  it('compares nothing when it cannot tell what the claim counts', () => {
    expect(ids({ source: 'sohr', metric: 'civilians-killed', refs: [] })).toEqual([]);
    expect(ids({ source: 'sohr', metric: 'civilians-killed', refs: ['no-such-figure'] })).toEqual(
      [],
    );
  });

  it('uses an explicit scope and period when the claim has no refs', () => {
    const found = ids({
      source: 'unknown',
      metric: 'children-killed',
      scope: 'russian-strikes',
      refs: [],
      period: { from: '2015-09-30', to: '2015-12-21' },
    });
    expect(found).toContain('sohr-2015-12-22-russian-strikes-children');
    expect(found).toContain('snhr-2015-12-28-russian-forces-children');
  });
});

describe('comparableFigures on single incidents and other counts', () => {
  const base: Figure = {
    id: 'x',
    source: 'a',
    metric: 'people-killed',
    scope: 'single-incident',
    incident: 'bridge collapse, 2 May 2030',
    value: 5,
    approx: false,
    place: 'Riverton',
    period: { from: '2030-05-02', to: '2030-05-02' },
    published: '2030-05-03',
    reportedBy: 'test',
    url: 'https://test.example',
    quote: '5 people died',
  };
  const data: Dataset = {
    sources: [],
    statements: [],
    figures: [
      base,
      { ...base, id: 'same-incident-later', source: 'b', value: 7, published: '2030-05-09' },
      { ...base, id: 'other-incident', incident: 'ferry fire, 2 May 2030' },
      { ...base, id: 'whole-month', scope: 'all-parties', incident: undefined },
      {
        ...base,
        id: 'boats',
        metric: 'other',
        metricDetail: 'boats sent',
        scope: 'not-casualties',
        incident: undefined,
      },
      {
        ...base,
        id: 'boats-2',
        metric: 'other',
        metricDetail: 'boats sent',
        scope: 'not-casualties',
        incident: undefined,
      },
      {
        ...base,
        id: 'divers',
        metric: 'other',
        metricDetail: 'divers sent',
        scope: 'not-casualties',
        incident: undefined,
      },
    ],
  };

  it('compares an incident only with the same incident', () => {
    const [only, ...rest] = comparableFigures(data, {
      source: 'a',
      metric: 'people-killed',
      refs: ['x'],
    });
    expect(rest).toEqual([]);
    expect(only!.figure.id).toBe('same-incident-later');
    expect(only!.differences).toEqual(['later']);
  });

  it('compares other counts only with the same metricDetail', () => {
    expect(ids({ source: 'a', metric: 'other', refs: ['boats'] }, data)).toEqual(['boats-2']);
  });
});
