import { describe, expect, it } from 'vitest';
import { buildClaimView, disputedSources } from '../../../src/view-model/claim-view';
import { groupClaims } from '../../../src/view-model/page-claims';
import { casualty, denial, testDataset } from '../ui/popup/fixtures';

describe('groupClaims', () => {
  const highlights = [
    casualty({
      metric: 'people-killed',
      value: 700,
      min: undefined,
      refs: ['beta-all'],
      source: 'beta',
    }),
    denial({}),
    casualty({}),
    casualty({ metric: 'children-killed', value: 40, min: undefined, refs: [], source: 'unknown' }),
    casualty({ text: 'another civilian count', source: 'beta', refs: ['beta-q1'] }),
  ];
  const claims = groupClaims(highlights, (i) => buildClaimView(highlights, i, testDataset));

  it('groups casualty claims by what they count, in a fixed order, keeping page positions', () => {
    expect(claims.groups.map((g) => [g.metric, g.items.map((i) => i.index)])).toEqual([
      ['civilians-killed', [2, 4]],
      ['people-killed', [0]],
      ['children-killed', [3]],
    ]);
    expect(claims.denials.map((d) => d.index)).toEqual([1]);
  });

  it('gives each claim its view with its own and competing figures', () => {
    const view = claims.groups[0]!.items[0]!.view;
    expect(view.source?.shortName).toBe('Alpha');
    expect(view.figures.map((f) => [f.id, f.role])).toEqual([
      ['alpha-q1', 'own'],
      ['gamma-q1', 'other'],
      ['beta-q1', 'other'],
    ]);
  });

  it('leaves out highlights that have no view', () => {
    const none = groupClaims(highlights, (i) =>
      i === 2 ? null : buildClaimView(highlights, i, testDataset),
    );
    expect(none.groups[0]!.items.map((i) => i.index)).toEqual([4]);
  });
});

describe('disputedSources', () => {
  const mod = testDataset.statements[0]!;
  const ids = (about: string) =>
    disputedSources({ ...mod, about }, testDataset.sources).map((s) => s.id);

  it('finds the sources a statement names, as whole words and in any case', () => {
    expect(ids('Rejected the Alpha report as biased.')).toEqual(['alpha']);
    expect(ids('Dismissed Beta and GAMMA.')).toEqual(['beta', 'gamma']);
  });

  it('ignores names inside other words, and the speaker itself', () => {
    expect(ids('Said the Alphabet figures were wrong.')).toEqual([]);
    expect(ids('The Ministry denies everything.')).toEqual([]);
  });
});
