import { storyWordsOf } from './match/gate-words';
import { mayMatchSteps } from './match/may-match';
import { judgePageSteps } from './page-claims';
import { NO_MATCH, readPageSteps, type ReadOptions } from './read-page';
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

export interface AnalyzeOptions extends Omit<ReadOptions, 'previousText' | 'storyWords'> {
  /** Story packs to match against. */
  packs: readonly StoryPack[];
  /** False when the caller has just run the gate itself (see may-match.ts). */
  gate?: boolean;
  /** The last analysis of the page: when the text has not changed, its match and claims
   *  are reused (a page that changes only its furniture, ads or timestamps costs a read). */
  previous?: PageAnalysis;
}

/**
 * The whole engine on one document: a cheap gate first (most pages cannot
 * match and stop there), then extraction, matching, and on a match the claims
 * of the matching article, linked to the story's dataset ids. Pauses between
 * pieces of work (see steps.ts).
 */
export function* analyzeSteps(doc: Document, options: AnalyzeOptions): Steps<PageAnalysis> {
  const { packs, previous } = options;
  const none = { match: NO_MATCH, claims: [], toRange: () => null, shadowRoots: [], text: null };
  if (!doc.documentElement) return none;
  if (options.gate !== false && !(yield* mayMatchSteps(doc, packs))) return none;
  const storyWords = storyWordsOf(packs);
  const reading = yield* readPageSteps(doc, {
    ...(options.shadowRoot ? { shadowRoot: options.shadowRoot } : {}),
    ...(storyWords ? { storyWords } : {}),
    ...(previous ? { previousText: previous.text } : {}),
  });
  const { input, toRange, shadowRoots, text } = reading;
  if (reading.unchanged && previous) return { ...previous, toRange, shadowRoots };
  if (input === null) return { match: NO_MATCH, claims: [], toRange, shadowRoots, text };

  const { match, claims } = yield* judgePageSteps(input, reading.lang, packs);
  if (match.verdict === 'none') return { match, claims, toRange: () => null, shadowRoots, text };
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
