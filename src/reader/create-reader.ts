import { browser } from 'wxt/browser';
import { readPageSteps } from '../engine/read-page';
import type { MatchResult } from '../engine/types';
import { packs } from '../data/packs/index';
import { isClaimCard } from '../contracts/claim-card';
import { MESSAGE, toContent, type ClaimCardRequest, type FoundClaim } from '../contracts/messages';
import { reportResult } from '../page/report-result';
import { pageShadowRoot } from '../page/ui-host-tag';
import { browserLanguage } from '../ui/i18n/language';
import type { Reader, ReaderHost } from './bridge';
import { createHighlighter, type Highlighter } from './highlighter';
import { requestClaims } from './request-claims';

export function createReader(host: ReaderHost): Reader {
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

  // The last text read with its match and claims: a re-check that reads the same text reuses them.
  let previous: { text: string | null; match: MatchResult; claims: FoundClaim[] } | undefined;

  const check = async ({ restyled = false } = {}) => {
    const { work } = host;
    const reading = await host.run(
      readPageSteps(document, {
        packs,
        gate: false,
        shadowRoot: pageShadowRoot,
        // The match asks which blocks are hidden: after a style change, the same text may
        // show what was hidden (the text keeps hidden blocks; the match drops them).
        previous: restyled ? undefined : previous,
      }),
    );
    if (reading === undefined || !host.isValid()) return;
    const { match, text, toRange } = reading;
    reading.shadowRoots.forEach((root) => host.observe(root));
    let claims: FoundClaim[] = [];
    let unanswered = false;
    if (reading.unchanged && previous) claims = previous.claims;
    else if (match.verdict !== 'none' && text !== null) {
      // Sending the text and checking the answer are the page's own work.
      const inSlice = <T>(run: () => T) => work.slice((stage) => stage('message', run));
      const found = await requestClaims(
        text,
        match,
        reading.lang,
        (request) => inSlice(() => browser.runtime.sendMessage(request)),
        inSlice,
      );
      if (!host.isValid()) return;
      if (found) {
        claims = found.claims;
        work.offThread(found.offThreadMs);
      } else {
        // No local fallback: the engine's claims stage is not in the page. Nothing is painted,
        // the verdict still shows, and the next check (any change) asks again.
        unanswered = true;
      }
    }
    previous = unanswered ? undefined : { text, match, claims };
    work.slice((stage) => {
      if (match.verdict !== 'none' && claims.length > 0) {
        stage('paint', () => {
          highlighter ??= createHighlighter({
            doc: document,
            lang: browserLanguage,
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
      reason: unanswered
        ? `${match.reason}; claims not found (the extension's background did not answer)`
        : match.reason,
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
