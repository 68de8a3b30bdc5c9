import { NO_MATCH, readPageSteps } from '../engine/read-page';
import type { MatchResult } from '../engine/types';
import { isClaimCard } from '../contracts/claim-card';
import { MESSAGE, toContent, type ClaimCardRequest } from '../contracts/messages';
import { nativeApi } from '../page/native-api';
import { reportResult } from '../page/report-result';
import { pageShadowRoot } from '../page/ui-host-tag';
import { browserLanguage } from '../ui/i18n/language';
import type { Reader, ReaderHost } from './bridge';
import { createHighlighter, type Highlighter } from './highlighter';
import { requestMatch, type PageMatch } from './request-match';

/** What the page reports when the background did not answer. */
const UNANSWERED: MatchResult = {
  ...NO_MATCH,
  reason: "not matched (the extension's background did not answer)",
};

export function createReader(host: ReaderHost): Reader {
  // Claim views are built from the last report: ask only once it has landed.
  let reported: Promise<unknown> = Promise.resolve();
  // Nothing is added to a page until it matches.
  let highlighter: Highlighter | null = null;

  const fetchCard = async (index: number) => {
    await reported;
    const request: ClaimCardRequest = { type: MESSAGE.getClaimCard, index };
    const reply: unknown = await nativeApi.runtime.sendMessage(request);
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
    if (sender.id !== nativeApi.runtime.id || !highlighter || !msg) return undefined;
    if (msg.type === MESSAGE.revealClaim) highlighter.reveal(msg.index);
    if (msg.type === MESSAGE.command) highlighter.command(msg.name);
    return undefined;
  };
  nativeApi.runtime.onMessage.addListener(onMessage);

  // The last text read with its match and claims: a re-check that reads the same text reuses them.
  let previous: { text: string | null; found: PageMatch } | undefined;

  const check = async ({ restyled = false } = {}) => {
    const { work } = host;
    const reading = await host.run(
      readPageSteps(document, {
        shadowRoot: pageShadowRoot,
        ...(host.storyWords ? { storyWords: host.storyWords } : {}),
        // The match leaves out hidden blocks: after a style change, the same text may
        // show what was hidden, so it is matched again.
        ...(previous && !restyled ? { previousText: previous.text } : {}),
      }),
    );
    if (reading === undefined || !host.isValid()) return;
    work.read(reading.nodesRead);
    const { input, toRange } = reading;
    reading.shadowRoots.forEach((root) => host.observe(root));
    let found: PageMatch | null = null;
    let unanswered = false;
    if (reading.unchanged && previous) found = previous.found;
    else if (input !== null) {
      // Sending what was read and checking the answer are the page's own work.
      found = await requestMatch(
        input,
        reading.lang,
        (request) => nativeApi.runtime.sendMessage(request),
        (run) => work.slice((stage) => stage('message', run)),
      );
      if (!host.isValid()) return;
      if (found) work.offThread(found.offThreadMs);
      else unanswered = true;
    }
    // No local fallback: matching's judgement and the claims stage are not in the page. Nothing
    // is painted, and the next check (any change) asks again.
    previous = found ? { text: reading.text, found } : undefined;
    const match = found?.match ?? (unanswered ? UNANSWERED : NO_MATCH);
    const claims = found?.claims ?? [];
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
      reason: match.reason,
      // Kinds and texts: the background adds the records it kept of its answer.
      highlights: claims.map(({ kind, text }) => ({ kind, text, refs: [] })),
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
      nativeApi.runtime.onMessage.removeListener(onMessage);
      clear();
    },
  };
}
