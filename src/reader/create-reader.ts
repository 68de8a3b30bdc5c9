import { browser } from 'wxt/browser';
import { analyzeDocument } from '../engine/analyze-page';
import { createHighlighter, type CommandName, type Highlighter } from '../highlight/highlighter';
import { isClaimCard } from '../messaging/claim-view';
import type { PageResult, ToContent } from '../messaging/protocol';
import { browserLanguage } from '../ui/i18n/language';
import type { Reader, ReaderHost } from './bridge';

const COMMANDS: readonly string[] = [
  'next-claim',
  'previous-claim',
  'toggle-highlights',
] satisfies CommandName[];

export function createReader(host: ReaderHost): Reader {
  // Claim views are built from the last report: ask only once it has landed.
  let reported: Promise<unknown> = Promise.resolve();
  // Nothing is added to a page until it matches.
  let highlighter: Highlighter | null = null;

  const fetchCard = async (index: number) => {
    await reported;
    const reply: unknown = await browser.runtime.sendMessage({ type: 'get-claim-view', index });
    return isClaimCard(reply) ? reply : null;
  };
  const copy = (text: string) =>
    navigator.clipboard
      ? navigator.clipboard.writeText(text).then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);

  // Only this extension can message its content script; the shape is still checked
  // by hand (the protocol's zod schemas would weigh ~7 KB gzip here).
  const onMessage = (message: unknown, sender: { id?: string }) => {
    const msg = message as Partial<ToContent> | null;
    if (sender.id !== browser.runtime.id || !highlighter || !msg) return undefined;
    if (msg.type === 'reveal-claim' && Number.isInteger(msg.index)) highlighter.reveal(msg.index!);
    if (msg.type === 'command' && COMMANDS.includes(msg.name!)) highlighter.command(msg.name!);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  const check = () => {
    if (!host.isValid()) return;
    const { work } = host;
    const result = work.slice((stage, add): PageResult => {
      const own = highlighter?.host;
      const { match, claims, toRange, stagesMs } = analyzeDocument(document, {
        shadowRoot: (el) => (el === own ? null : el.shadowRoot),
      });
      // The engine's own split of its time (gate, extract, match, claims).
      Object.entries(stagesMs).forEach(([name, ms]) => add(name, ms));
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
          // Changes inside the shadow roots that hold claims must trigger re-checks too.
          highlighter.shadowRoots().forEach((root) => host.observe(root));
        });
        work.painted();
      } else if (highlighter) {
        highlighter.destroy();
        highlighter = null;
      }
      return {
        url: location.href,
        verdict: match.verdict,
        score: match.score,
        story: match.story,
        reason: match.reason,
        highlights: claims.map(({ start: _s, end: _e, ...claim }) => claim),
      };
    });
    // Reported after every check, with what all checks have cost so far.
    result.timings = work.timings();
    reported = browser.runtime.sendMessage({ type: 'page-result', result }).catch(() => {
      // The background may be restarting; the next change reports again.
    });
  };

  return {
    check,
    stop() {
      browser.runtime.onMessage.removeListener(onMessage);
      highlighter?.destroy();
      highlighter = null;
    },
  };
}
