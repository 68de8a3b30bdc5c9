import { describe, expect, it } from 'vitest';
import { createPageCheck, type PageCheckParts } from '../../../src/page/page-check';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A page and the reader's switches, as the content script's parts see them. */
function fakePage(opts: { holdsStory: boolean; active: boolean }) {
  const page = {
    ...opts,
    switchesRead: 0,
    readerLoads: 0,
    checks: 0,
    painted: false,
    reports: [] as string[],
    rechecks: 0,
    changeSwitches: (_active: boolean) => {},
  };
  const reader = {
    check: async () => {
      page.checks++;
      page.painted = true;
      page.reports.push('read');
    },
    clear: () => (page.painted = false),
    stop: () => (page.painted = false),
  };
  let loaded: typeof reader | null = null;
  const parts: PageCheckParts = {
    mayMatch: async () => page.holdsStory,
    watchSwitches: (onChange) => {
      page.switchesRead++;
      let active = page.active;
      page.changeSwitches = (now) => {
        page.active = now;
        if (now !== active) onChange();
        active = now;
      };
      // Storage answers later, as the browser's does.
      void flush().then(onChange);
      return { isActive: () => page.active, stop: () => {} };
    },
    prepare: () => {},
    clearLeftovers: () => {},
    reader: {
      current: () => loaded,
      load: async () => {
        page.readerLoads++;
        return (loaded = reader);
      },
      drop: () => {
        loaded?.stop();
        loaded = null;
      },
    },
    takeRestyled: () => false,
    report: async (reason) => void page.reports.push(reason),
    recheck: () => page.rechecks++,
  };
  return { page, check: createPageCheck(parts) };
}

describe('a check of the page', () => {
  it('reads neither the switches nor the page on a page that holds no story', async () => {
    const { page, check } = fakePage({ holdsStory: false, active: true });
    await check.run();
    expect(page.reports).toEqual(['no story matched']);
    expect(page.switchesRead).toBe(0);
    expect(page.readerLoads).toBe(0);
  });

  it('reads a story that arrives later, once the switches say it may', async () => {
    const { page, check } = fakePage({ holdsStory: false, active: true });
    await check.run();
    page.holdsStory = true; // the article came in: the content observer asks again
    await check.run();
    expect(page.switchesRead).toBe(1);
    expect(page.checks).toBe(1);
    expect(page.painted).toBe(true);
    expect(page.reports).toEqual(['no story matched', 'read']);
  });

  it('paints nothing on a page that holds a story when the reader switched it off', async () => {
    const { page, check } = fakePage({ holdsStory: true, active: false });
    await check.run();
    expect(page.readerLoads).toBe(0);
    expect(page.painted).toBe(false);
    expect(page.reports).toEqual(['switched off by the reader']);
    // A later change of the page reads nothing and says it once only.
    await check.run();
    expect(page.switchesRead).toBe(1);
    expect(page.reports).toEqual(['switched off by the reader']);
  });

  it('follows the switches once read: off clears the page, on reads it again', async () => {
    const { page, check } = fakePage({ holdsStory: true, active: true });
    await check.run();
    expect(page.painted).toBe(true);

    page.changeSwitches(false);
    expect(page.rechecks).toBe(1);
    await check.run();
    expect(page.painted).toBe(false);

    page.changeSwitches(true);
    expect(page.rechecks).toBe(2);
    await check.run();
    expect(page.painted).toBe(true);
    expect(page.readerLoads).toBe(2);
    expect(page.reports).toEqual(['read', 'switched off by the reader', 'read']);
  });
});
