import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import gates from '../src/data/packs/gates.json';
import { pageMayMatch, shadowRootsUnder } from '../src/engine/match/may-match';
import { createWorkLog } from '../src/highlight/timings';
import type { PageResult } from '../src/messaging/protocol';
import { watchChanges } from '../src/page/watch-changes';
import { READER_FILE, READER_KEY, type CreateReader, type Reader } from '../src/reader/bridge';
import { watchActivation } from '../src/settings/activation';

// Runs on every page, so it does as little as it can: follow the reader's
// switches, watch for changes, and test the page for any story's early-exit
// words. Only pages that pass load the reader (engine, packs, highlights).

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const work = createWorkLog();
    let reader: Reader | null = null;
    let loading: Promise<Reader | null> | null = null;
    let switchedOff = false;

    const report = (reason: string) => {
      const result: PageResult = {
        url: location.href,
        verdict: 'none',
        score: 0,
        story: null,
        reason,
        highlights: [],
        timings: work.timings(),
      };
      browser.runtime.sendMessage({ type: 'page-result', result }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    };

    const loadReader = () =>
      (loading ??= import(/* @vite-ignore */ browser.runtime.getURL(READER_FILE))
        .then(() => {
          const create = (globalThis as Record<symbol, CreateReader | undefined>)[READER_KEY];
          if (!create || !ctx.isValid) return null;
          reader = create({
            isValid: () => ctx.isValid,
            setTimeout: (fn, ms) => window.setTimeout(fn, ms),
            observe: (root) => watcher.observe(root),
            work,
          });
          return reader;
        })
        .catch(() => null));

    const check = () => {
      if (!ctx.isValid) return;
      if (!activation.isActive()) {
        if (switchedOff) return;
        switchedOff = true;
        reader?.stop();
        report('switched off by the reader');
        return;
      }
      switchedOff = false;
      if (reader) return reader.check();
      const mayMatch = work.slice((stage) =>
        stage('gate', () => {
          // Open shadow roots found now are watched: articles are often filled in later.
          const shadowRoots = shadowRootsUnder(document.documentElement);
          shadowRoots.forEach((root) => watcher.observe(root));
          return pageMayMatch(document, gates, { shadowRoots });
        }),
      );
      if (!mayMatch) return report('no story matched');
      void loadReader().then((loaded) =>
        loaded ? loaded.check() : report('the reader could not load'),
      );
    };

    const watcher = watchChanges([document.documentElement], check, {
      debounceMs: 300,
      maxWaitMs: 2000,
      ignore: () => false,
      // Plain timers: WXT's ctx.setTimeout adds a listener per call that is never removed.
      setTimeout: (fn, ms) => window.setTimeout(() => ctx.isValid && fn(), ms),
      clearTimeout: (id) => window.clearTimeout(id),
    });
    // The first check runs once the settings are read.
    const activation = watchActivation(
      () => location.href,
      () => check(),
    );
    ctx.addEventListener(window, 'wxt:locationchange', check);
    ctx.onInvalidated(() => {
      activation.stop();
      watcher.stop();
      reader?.stop();
    });
  },
});
