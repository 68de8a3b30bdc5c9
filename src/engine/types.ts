// The engine's public vocabulary, shared by the content script, the analyze
// command and the UI. Plain data only: results cross extension contexts.

export type Verdict = 'copy' | 'same-story' | 'none';

export type ClaimKind = 'casualty' | 'denial';

export type Metric =
  | 'civilians-killed'
  | 'fighters-killed'
  | 'people-killed'
  | 'children-killed'
  | 'women-killed'
  | 'war-deaths-total';

/** A half-open span [start, end) of the page text. */
export interface Span {
  start: number;
  end: number;
}

/** How many: an exact figure, or the least that vague words literally mean. */
export type Count = { value: number } | { min: number };

interface ClaimBase extends Span {
  /** The span as it reads in the page text. */
  text: string;
  /** Dataset source id of who made the claim; absent for the article's own figure (a count
   *  the text credits to no one, such as the journalist's whole-war toll). */
  source?: string;
  /** Dataset figure or statement ids this claim corresponds to. */
  refs: string[];
  /** Neutral note where the article misreports its own source. */
  note?: string;
}

export type CasualtyClaim = ClaimBase & { kind: 'casualty'; metric: Metric } & Count;
export type DenialClaim = ClaimBase & { kind: 'denial' };
export type Claim = CasualtyClaim | DenialClaim;

export interface MatchResult {
  verdict: Verdict;
  /** 0..1, how sure the matcher is of the verdict's story. */
  score: number;
  story: string | null;
  reason: string;
  /** Where in the page text the matching article lies (empty for 'none'). */
  regions: Span[];
}
