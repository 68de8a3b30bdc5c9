import type { FoundClaim, MatchReply, PageMatchResult } from '../contracts/messages';
import { CLAIM_KINDS, type PageResult } from '../contracts/page-result';

// A page's claims travel to its reader as spans and kinds only (see MatchReply); their
// records (source, metric, value, refs, note) stay in the background, which puts them back
// into the page's result when the reader reports it.

/** The background's whole answer to a page: its claims with their records. */
export interface MatchAnswer {
  match: PageMatchResult;
  claims: FoundClaim[];
  ms: number;
}

/** What of an answer the reader gets. */
export function replyOf({ match, claims, ms }: MatchAnswer): MatchReply {
  const flat = new Array<number>(claims.length * 3);
  claims.forEach((c, k) => {
    flat[3 * k] = c.start;
    flat[3 * k + 1] = c.end;
    flat[3 * k + 2] = CLAIM_KINDS.indexOf(c.kind);
  });
  const { verdict, score, story, reason } = match;
  return { match: { verdict, score, story, reason }, claims: flat, ms };
}

/**
 * A reader's result with the records of the claims it reports, when they are the claims
 * `found` for its page (same kinds and texts, in order); as reported otherwise (a report
 * that is not of that answer carries what it knows).
 */
export function withRecords(result: PageResult, found: readonly FoundClaim[] | null): PageResult {
  const { highlights } = result;
  if (
    !found ||
    highlights.length === 0 ||
    found.length !== highlights.length ||
    highlights.some((h, k) => h.kind !== found[k]!.kind || h.text !== found[k]!.text)
  )
    return result;
  return { ...result, highlights: found.map(({ start: _s, end: _e, ...record }) => record) };
}
