import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../../src/view-model/claim-view';
import { dataset, highlights } from '../ui/card/fixtures';

describe('buildClaimView', () => {
  it('gives a casualty claim its source, its own figure first, then the competing ones', () => {
    const view = buildClaimView(highlights, 0, dataset)!;
    expect(view.source).toEqual({
      id: 'watch',
      name: 'Harbour Watch',
      shortName: 'Watch',
      kind: 'ngo',
    });
    expect(view.note).toBe('The report counts six towns only.');
    expect(view.figures.map((f) => [f.id, f.role])).toEqual([
      ['watch-civilians', 'own'],
      ['tally-civilians-range', 'other'],
      ['tally-civilians', 'other'],
    ]);
    // Other metrics never compete.
    expect(view.figures.some((f) => f.metric === 'fighters-killed')).toBe(false);
    const tally = view.figures.find((f) => f.id === 'tally-civilians')!;
    expect(tally.differences).toContain('period');
    expect(tally.source.name).toBe('Civil Tally Project');
  });

  it('gives a denial what was said, whom it answers and their figures on this page', () => {
    const view = buildClaimView(highlights, 1, dataset)!;
    expect(view.kind).toBe('denial');
    expect(view.source?.name).toBe('Ministry of Defence of Y');
    expect(view.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['A spokesman', 'These claims are baseless.'],
    ]);
    expect(view.disputed.map((s) => s.id)).toEqual(['watch']);
    expect(view.figures.map((f) => [f.id, f.role])).toEqual([['watch-civilians', 'disputed']]);
  });

  it('says when the article names no source, and compares nothing it cannot place', () => {
    const view = buildClaimView(highlights, 2, dataset)!;
    expect(view.source).toBeNull();
    expect(view.figures).toEqual([]);
  });

  it('is null past the end of the page’s highlights', () => {
    expect(buildClaimView(highlights, 3, dataset)).toBeNull();
  });
});
