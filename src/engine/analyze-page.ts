import { packs as bundledPacks } from '../data/packs/index';
import type { StoryPack } from '../data/schema';
import { findClaims } from './claims/find-claims';
import { linkClaim } from './claims/link';
import { extractPageText, spanToRange } from './extract/page-text';
import { matchPage } from './match/match-page';
import { pageMayMatch } from './match/may-match';
import type { Claim, MatchResult, Span } from './types';

export interface PageAnalysis {
  match: MatchResult;
  claims: Claim[];
  /** A DOM Range over a span of the analysed page text, or null when it cannot be mapped. */
  toRange(span: Span): Range | null;
  /** Milliseconds spent per stage (gate, extract, match, claims). */
  stagesMs: Record<string, number>;
}

export interface AnalyzeOptions {
  /** Shadow root to read for an element (default: its open root). The content
   *  script returns null for its own UI host so the engine never reads the card. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** Story packs to match against (default: the bundled ones). */
  packs?: readonly StoryPack[];
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
 * of the matching article, linked to the story's dataset ids.
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const packs = options.packs ?? bundledPacks;
  const stagesMs: Record<string, number> = {};
  const timed = <T>(stage: string, work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      stagesMs[stage] = (stagesMs[stage] ?? 0) + performance.now() - start;
    }
  };
  const none = { match: NO_MATCH, claims: [], toRange: () => null, stagesMs };
  const root = doc.documentElement;
  if (!root || !timed('gate', () => pageMayMatch(doc, packs))) return none;

  const pageText = timed('extract', () =>
    extractPageText(doc, options.shadowRoot ? { shadowRoot: options.shadowRoot } : {}),
  );
  const match = timed('match', () => matchPage(pageText, packs));
  const pack = packs.find((p) => p.id === match.story);
  if (match.verdict === 'none' || !pack) return { ...none, match };

  const claims = timed('claims', () =>
    findClaims(pageText.text, match.regions, pack.attribution, pageText.lang ?? undefined).map(
      (claim) => linkClaim(claim, pack),
    ),
  );
  return {
    match,
    claims,
    toRange: (span) => spanToRange(pageText, span.start, span.end, doc),
    stagesMs,
  };
}
