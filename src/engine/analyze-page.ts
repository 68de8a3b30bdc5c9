import { findClaimsSteps } from './claims/find-claims';
import { linkClaim, storyTie } from './claims/link';
import { extractSteps, spanToRange } from './extract/page-text';
import { matchSteps } from './match/match-page';
import { mayMatchSteps } from './match/may-match';
import { runSteps, type Steps } from './steps';
import type { StoryPack } from './story-pack';
import type { Claim, MatchResult, Span } from './types';

export interface PageAnalysis {
  match: MatchResult;
  claims: Claim[];
  /** A DOM Range over a span of the analysed page text, or null when it cannot be mapped. */
  toRange(span: Span): Range | null;
  /** Shadow roots read (changes inside them should trigger a re-check). */
  shadowRoots: readonly ShadowRoot[];
  /** The page text read, when it was read (the gate may stop before). */
  text: string | null;
}

export interface AnalyzeOptions {
  /** Story packs to match against. */
  packs: readonly StoryPack[];
  /** Shadow root to read for an element (default: its open root). The content
   *  script returns null for its own UI host so the engine never reads the card. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** False when the caller has just run the gate itself (see may-match.ts). */
  gate?: boolean;
  /** The last analysis of the page: when the text has not changed, its match and claims
   *  are reused (a page that changes only its furniture, ads or timestamps costs a read). */
  previous?: PageAnalysis;
}

const NO_MATCH: MatchResult = {
  verdict: 'none',
  score: 0,
  story: null,
  reason: 'no story matched',
  regions: [],
};

/**
 * The whole engine on one document: a cheap gate first (most pages cannot
 * match and stop there), then extraction, matching, and on a match the claims
 * of the matching article, linked to the story's dataset ids. Pauses between
 * pieces of work (see steps.ts).
 */
export function* analyzeSteps(doc: Document, options: AnalyzeOptions): Steps<PageAnalysis> {
  const { packs } = options;
  const none = { match: NO_MATCH, claims: [], toRange: () => null, shadowRoots: [], text: null };
  if (!doc.documentElement) return none;
  if (options.gate !== false && !(yield* mayMatchSteps(doc, packs))) return none;

  const pageText = yield* extractSteps(
    doc,
    options.shadowRoot ? { shadowRoot: options.shadowRoot } : {},
  );
  const { shadowRoots, text } = pageText;
  const toRange = (span: Span) => spanToRange(pageText, span.start, span.end, doc);
  const previous = options.previous;
  if (previous?.text === text) return { ...previous, toRange, shadowRoots };

  const match = yield* matchSteps(pageText, packs);
  const pack = packs.find((p) => p.id === match.story);
  if (match.verdict === 'none' || !pack) return { ...none, match, shadowRoots, text };

  const found = yield* findClaimsSteps(
    text,
    match.regions,
    pack.attribution,
    pageText.lang ?? undefined,
    storyTie(pack),
  );
  const claims = found.map((claim) => linkClaim(claim, pack));
  return { match, claims, toRange, shadowRoots, text };
}

/** `analyzeSteps` in one go, with the milliseconds spent per stage (gate, extract, match, claims). */
export function analyzeDocument(
  doc: Document,
  options: AnalyzeOptions,
): PageAnalysis & { stagesMs: Record<string, number> } {
  const stagesMs: Record<string, number> = {};
  return { ...runSteps(analyzeSteps(doc, options), stagesMs), stagesMs };
}
