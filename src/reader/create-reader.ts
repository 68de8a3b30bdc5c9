import { browser } from 'wxt/browser';
import { analyzeSteps, type PageAnalysis } from '../engine/analyze-page';
import { packs } from '../data/packs/index';
import { isClaimCard } from '../contracts/claim-card';
import { MESSAGE, toContent, type ClaimCardRequest } from '../contracts/messages';
import { reportResult } from '../page/report-result';
import { pageShadowRoot } from '../page/ui-host-tag';
import { useRules } from '../engine/claims/compiled';
import { browserLanguage } from '../ui/i18n/language';
import type { Reader, ReaderHost } from './bridge';
import { createHighlighter, type Highlighter } from './highlighter';
import { loadRules } from './load-rules';

export function createReader(host: ReaderHost): Reader {
  // Running a rules chunk is work on the page's main thread, as running the reader is.
  const rules = loadRules(packs, (ms) => host.work.record('load', ms));
  useRules(rules.source);
  rules.preload(document.documentElement.getAttribute('lang'));
  // Claim views are built from the last report: ask only once it has landed.
  let reported: Promise<unknown> = Promise.resolve();
  // Nothing is added to a page until it matches.
  let highlighter: Highlighter | null = null;

  const fetchCard = async (index: number) => {
    await reported;
    const request: ClaimCardRequest = { type: MESSAGE.getClaimCard, index };
    const reply: unknown = await browser.runtime.sendMessage(request);
    return isClaimCard(reply) ? reply : null;
  };
  const copy = (text: string) =>
    navigator.clipboard
      ? navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);

  // Only this extension can message its content script; the shape is still checked.
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const msg = toContent(message);
    if (sender.id !== browser.runtime.id || !highlighter || !msg) return undefined;
    if (msg.type === MESSAGE.revealClaim) highlighter.reveal(msg.index);
    if (msg.type === MESSAGE.command) highlighter.command(msg.name);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // The last analysis: a re-check that reads the same text reuses its match and claims.
  let previous: PageAnalysis | undefined;

  const check = async ({ restyled = false } = {}) => {
    const { work } = host;
    const analysis = await host.run(
      analyzeSteps(document, {
        packs,
        gate: false,
        shadowRoot: pageShadowRoot,
        // The match asks which blocks are hidden: after a style change, the same text may
        // show what was hidden (the text keeps hidden blocks; the match drops them).
        previous: restyled ? undefined : previous,
      }),
    );
    if (analysis === undefined || !host.isValid()) return;
    previous = analysis;
    const { match, claims, toRange } = analysis;
    analysis.shadowRoots.forEach((root) => host.observe(root));
    work.slice((stage) => {
      if (match.verdict !== 'none' && claims.length > 0) {
        stage('paint', () => {
          highlighter ??= createHighlighter({
            doc: document,
            lang: browserLanguage(),
            fetchCard,
            copy,
          });
          highlighter.update(
            claims.map((c) => ({ kind: c.kind, text: c.text, range: toRange(c) })),
          );
        });
        work.painted();
      } else clear();
    });
    reported = reportResult(work, {
      verdict: match.verdict,
      score: match.score,
      story: match.story,
      reason: match.reason,
      highlights: claims.map(({ start: _s, end: _e, ...claim }) => claim),
    });
    // A check ends once its result is stored (the sentinel then says it is idle).
    await reported;
  };

  const clear = () => {
    highlighter?.destroy();
    highlighter = null;
  };

  return {
    check,
    clear,
    stop() {
      browser.runtime.onMessage.removeListener(onMessage);
      clear();
    },
  };
}
