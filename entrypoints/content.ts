import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '../src/engine/analyze-page';
import type { PageResult } from '../src/messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const { match, claims } = analyzeDocument(document);
    const result: PageResult = {
      url: location.href,
      verdict: match.verdict,
      score: match.score,
      story: match.story,
      reason: match.reason,
      highlights: claims.map(({ start: _s, end: _e, ...claim }) => claim),
    };
    if (ctx.isValid) void browser.runtime.sendMessage({ type: 'page-result', result });
  },
});
