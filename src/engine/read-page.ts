import { extractSteps, spanToRange } from './extract/page-text';
import { matchSteps } from './match/match-page';
import { mayMatchSteps } from './match/may-match';
import type { Steps } from './steps';
import type { StoryPack } from './story-pack';
import type { MatchResult, Span } from './types';

// The part of the analysis that needs the page's DOM: the gate, extraction and matching. What
// follows (the claims of page-claims.ts) reads text only, so it may run where the page is not.

export interface PageReading {
  match: MatchResult;
  /** A DOM Range over a span of the page text read, or null when it cannot be mapped. */
  toRange(span: Span): Range | null;
  /** Shadow roots read (changes inside them should trigger a re-check). */
  shadowRoots: readonly ShadowRoot[];
  /** The page text read, when it was read (the gate may stop before). */
  text: string | null;
  /** The document's declared language (<html lang>), lower-cased, if any. */
  lang: string | null;
  /** The text is the previous reading's: its match was reused, and what followed from it may be. */
  unchanged: boolean;
}

export interface ReadOptions {
  /** Story packs to match against. */
  packs: readonly StoryPack[];
  /** Shadow root to read for an element (default: its open root). The content
   *  script returns null for its own UI host so the engine never reads the card. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** False when the caller has just run the gate itself (see may-match.ts). */
  gate?: boolean;
  /** The last reading of the page: when the text has not changed, its match is reused
   *  (a page that changes only its furniture, ads or timestamps costs a read). */
  previous?: { text: string | null; match: MatchResult };
}

export const NO_MATCH: MatchResult = {
  verdict: 'none',
  score: 0,
  story: null,
  reason: 'no story matched',
  regions: [],
};

/**
 * A cheap gate first (most pages cannot match and stop there), then extraction and matching.
 * Pauses between pieces of work (see steps.ts).
 */
export function* readPageSteps(doc: Document, options: ReadOptions): Steps<PageReading> {
  const none = {
    match: NO_MATCH,
    toRange: () => null,
    shadowRoots: [],
    text: null,
    lang: null,
    unchanged: false,
  };
  if (!doc.documentElement) return none;
  if (options.gate !== false && !(yield* mayMatchSteps(doc, options.packs))) return none;

  const pageText = yield* extractSteps(
    doc,
    options.shadowRoot ? { shadowRoot: options.shadowRoot } : {},
  );
  const { shadowRoots, text, lang } = pageText;
  const toRange = (span: Span) => spanToRange(pageText, span.start, span.end, doc);
  const previous = options.previous;
  if (previous?.text === text)
    return { match: previous.match, toRange, shadowRoots, text, lang, unchanged: true };

  const match = yield* matchSteps(pageText, options.packs);
  return { match, toRange, shadowRoots, text, lang, unchanged: false };
}
