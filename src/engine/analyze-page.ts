import type { Claim, MatchResult } from './types';

export interface PageAnalysis {
  match: MatchResult;
  claims: Claim[];
}

/** Placeholder until extraction and matching land: every page is 'none'. */
export function analyzeDocument(_doc: Document): PageAnalysis {
  return {
    match: { verdict: 'none', score: 0, story: null, reason: 'no story matched', regions: [] },
    claims: [],
  };
}
