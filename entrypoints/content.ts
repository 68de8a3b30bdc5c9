import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '../src/engine/analyze-page';
import type { PageResult } from '../src/messaging/protocol';
import { watchChanges } from '../src/page/watch-changes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastReported = '';
    const check = () => {
      if (!ctx.isValid) return;
      const { match, claims } = analyzeDocument(document);
      const result: PageResult = {
        url: location.href,
        verdict: match.verdict,
        score: match.score,
        story: match.story,
        reason: match.reason,
        highlights: claims.map(({ start: _s, end: _e, ...claim }) => claim),
      };
      const serialized = JSON.stringify(result);
      if (serialized === lastReported) return;
      lastReported = serialized;
      browser.runtime.sendMessage({ type: 'page-result', result }).catch(() => {
        // The background may be restarting; the next change reports again.
      });
    };
    check();
    const watcher = watchChanges([document.documentElement], check, {
      debounceMs: 300,
      maxWaitMs: 2000,
      ignore: () => false,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
    });
    ctx.addEventListener(window, 'wxt:locationchange', check);
    ctx.onInvalidated(() => watcher.stop());
  },
});
