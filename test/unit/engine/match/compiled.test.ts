import { describe, expect, it } from 'vitest';
import { gateMatchesSteps, gateRegExp } from '../../../../src/engine/match/compiled';

/** The result of `gateMatchesSteps` on `text`, and the pauses it made. */
function tested(text: string) {
  const fragments = ['amnesty', 'amnistie'];
  const compiled = { fingerprint: new Set<number>(), gate: gateRegExp(fragments), longest: 8 };
  const steps = gateMatchesSteps(compiled, text);
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses++;
  return { found: r.value, pauses };
}

describe('gateMatchesSteps', () => {
  // Testing a 5 MB text that holds no fragment in one step took more than a frame.
  const filler = 'la séance du conseil municipal est levée. '.repeat(25_000);

  it('tests a long text in pieces with pauses, and says when none holds a fragment', () => {
    const r = tested(filler);
    expect(r.found).toBe(false);
    expect(r.pauses).toBeGreaterThanOrEqual(3);
  });

  it('finds a fragment written across two pieces', () => {
    const at = (1 << 18) - 4; // 'AMNE' ends one piece, 'STY' opens the next
    const text = `${filler.slice(0, at)}AMNESTY${filler.slice(at)}`;
    expect(tested(text)).toEqual({ found: true, pauses: 1 });
  });
});
