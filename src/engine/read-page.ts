import { extractSteps, spanToRange } from './extract/page-text';
import type { GateWords } from './match/gate-words';
import type { MatchInput } from './match/match-input';
import { readRegionsSteps } from './match/read-regions';
import type { Steps } from './steps';
import type { MatchResult, Span } from './types';

// The part of the analysis that needs the page's DOM after the gate: extraction, and what matching
// reads of the page (its article regions, their hidden blocks). What follows (the judgement of
// match-page.ts, the claims of page-claims.ts) reads text only, so it may run where the page is not.

export interface PageReading {
  /** What matching reads of the page; null when there is no page, or the text is unchanged. */
  input: MatchInput | null;
  /** A DOM Range over a span of the page text read, or null when it cannot be mapped. */
  toRange(span: Span): Range | null;
  /** Shadow roots read (changes inside them should trigger a re-check). */
  shadowRoots: readonly ShadowRoot[];
  /** The page text read, when there is a page. */
  text: string | null;
  /** The document's declared language (<html lang>), lower-cased, if any. */
  lang: string | null;
  /** Nodes extraction read one by one. */
  nodesRead: number;
  /** The text is `previousText`: its regions were not read again, and what followed from them
   *  may be reused. */
  unchanged: boolean;
}

export interface ReadOptions {
  /** Shadow root to read for an element (default: its open root). The content
   *  script returns null for its own UI host so the engine never reads the card. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** Any of the stories' words: a huge document is walked only where they are. */
  storyWords?: GateWords;
  /** The text of the last reading of the page: when it has not changed, the regions are not
   *  read again (a page that changes only its furniture, ads or timestamps costs a read). */
  previousText?: string | null;
}

export const NO_MATCH: MatchResult = {
  verdict: 'none',
  score: 0,
  story: null,
  reason: 'no story matched',
  regions: [],
};

/**
 * Extraction and the article regions of a page that passed the gate (may-match.ts, run first
 * by the caller). Pauses between pieces of work (see steps.ts).
 */
export function* readPageSteps(doc: Document, options: ReadOptions): Steps<PageReading> {
  const none = {
    input: null,
    toRange: () => null,
    shadowRoots: [],
    text: null,
    lang: null,
    nodesRead: 0,
    unchanged: false,
  };
  if (!doc.documentElement) return none;

  const pageText = yield* extractSteps(doc, {
    ...(options.shadowRoot ? { shadowRoot: options.shadowRoot } : {}),
    ...(options.storyWords ? { byRuns: { storyWords: options.storyWords } } : {}),
  });
  const { shadowRoots, text, lang, nodesRead } = pageText;
  const toRange = (span: Span) => spanToRange(pageText, span.start, span.end, doc);
  if (options.previousText === text)
    return { input: null, toRange, shadowRoots, text, lang, nodesRead, unchanged: true };

  const input = yield* readRegionsSteps(pageText);
  return { input, toRange, shadowRoots, text, lang, nodesRead, unchanged: false };
}
