import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchReveal } from '../../../src/page/watch-reveal';

// Mutation records are delivered in a microtask.
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.documentElement.className = '';
  document.body.removeAttribute('style');
});

describe('watchReveal', () => {
  it('signals once per change of <html> or <body>, however often it is refreshed', async () => {
    const onReveal = vi.fn();
    const watch = watchReveal(document, onReveal);
    // Every check that passes the gate refreshes the watch on the same elements.
    watch.refresh();
    watch.refresh();
    document.documentElement.className = 'shown';
    await flush();
    expect(onReveal).toHaveBeenCalledTimes(1);
    document.body.setAttribute('style', 'opacity: 1');
    await flush();
    expect(onReveal).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('watches a <body> that replaced the first one once refreshed', async () => {
    const onReveal = vi.fn();
    const watch = watchReveal(document, onReveal);
    const first = document.body;
    const next = document.createElement('body');
    document.documentElement.replaceChild(next, first);
    try {
      watch.refresh();
      await flush();
      onReveal.mockClear();
      next.className = 'amp-visible';
      await flush();
      expect(onReveal).toHaveBeenCalledTimes(1);
    } finally {
      document.documentElement.replaceChild(first, next);
      watch.stop();
    }
  });

  it('ignores attributes it does not watch and, once stopped, everything', async () => {
    const onReveal = vi.fn();
    const watch = watchReveal(document, onReveal);
    document.body.setAttribute('data-x', '1');
    await flush();
    expect(onReveal).not.toHaveBeenCalled();
    watch.stop();
    document.documentElement.className = 'late';
    document.dispatchEvent(new Event('transitionend'));
    await flush();
    expect(onReveal).not.toHaveBeenCalled();
    document.body.removeAttribute('data-x');
  });
});
