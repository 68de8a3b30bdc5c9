import { describe, expect, it } from 'vitest';
import { watchActivation } from '../../../src/settings/activation';

// The content script's switches come from the background's answers (it never reads storage):
// the first answer, then one more each time the background says they changed.

/** Questions the background has not answered yet, answered by the test in any order. */
function background() {
  const pending: { answer(value: unknown): void; fail(): void }[] = [];
  const ask = () =>
    new Promise<unknown>((resolve, reject) => {
      pending.push({ answer: resolve, fail: () => reject(new Error('no answer')) });
    });
  return { ask, pending };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('watchActivation', () => {
  it('is off until the first answer, then follows the answers asked for after a change', async () => {
    const bg = background();
    const changes: boolean[] = [];
    const activation = watchActivation(bg.ask, (a) => changes.push(a));
    expect(bg.pending).toHaveLength(1);
    expect(activation.isActive()).toBe(false);
    bg.pending[0]!.answer(true);
    await flush();
    expect(changes).toEqual([true]);
    expect(activation.isActive()).toBe(true);

    // The same answer again is no change.
    activation.changed();
    bg.pending[1]!.answer(true);
    await flush();
    expect(changes).toEqual([true]);

    activation.changed();
    bg.pending[2]!.answer(false);
    await flush();
    expect(changes).toEqual([true, false]);
    expect(activation.isActive()).toBe(false);

    activation.stop();
    activation.changed();
    expect(bg.pending).toHaveLength(3);
  });

  it('takes only the latest question’s answer: an earlier one may predate the change', async () => {
    const bg = background();
    const changes: boolean[] = [];
    const activation = watchActivation(bg.ask, (a) => changes.push(a));
    // Switched off while the first question was on its way.
    activation.changed();
    bg.pending[1]!.answer(false);
    bg.pending[0]!.answer(true);
    await flush();
    expect(changes).toEqual([false]);
    expect(activation.isActive()).toBe(false);
  });

  it('counts no answer, or one that is not a boolean, as off', async () => {
    for (const reply of [undefined, 'yes', 1, { active: true }]) {
      const bg = background();
      const changes: boolean[] = [];
      const activation = watchActivation(bg.ask, (a) => changes.push(a));
      bg.pending[0]!.answer(reply);
      await flush();
      expect(changes).toEqual([false]);
      expect(activation.isActive()).toBe(false);
    }
    const bg = background();
    const changes: boolean[] = [];
    watchActivation(bg.ask, (a) => changes.push(a));
    bg.pending[0]!.fail();
    await flush();
    expect(changes).toEqual([false]);
  });
});
