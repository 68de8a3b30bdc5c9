import {
  isMatchReply,
  MESSAGE,
  type MatchRequest,
  type PageMatchResult,
  type TextSpan,
} from '../contracts/messages';
import { CLAIM_KINDS, type HighlightKind } from '../contracts/page-result';
import type { MatchInput } from '../engine/match/match-input';

// What a page matches, and the claims of the matching article, are found by the extension's
// background (see src/claims-service): the page's main thread only reads what needs its DOM
// (text, blocks, article regions), sends it, and maps the spans that come back to ranges.

/** A claim as the page paints it: its kind, and its span of the page text with that text. */
export interface PageClaim extends TextSpan {
  kind: HighlightKind;
  text: string;
}

export interface PageMatch {
  match: PageMatchResult;
  claims: PageClaim[];
  /** The background's work on them. */
  offThreadMs: number;
}

/** The message that asks for the match and claims of what was read on the page. */
export function matchRequest(input: MatchInput, lang: string | null): MatchRequest {
  const blocks = new Array<number>(input.blocks.length * 3);
  input.blocks.forEach((b, k) => {
    blocks[3 * k] = b.start;
    blocks[3 * k + 1] = b.end;
    blocks[3 * k + 2] = b.heading;
  });
  return {
    type: MESSAGE.matchPage,
    lang,
    published: input.published,
    text: input.text,
    blocks,
    regions: [...input.regions],
  };
}

/**
 * Asks for the match and claims of what was read on the page; null when the background did not
 * answer or answered nothing usable.
 */
export async function requestMatch(
  input: MatchInput,
  lang: string | null,
  send: (request: MatchRequest) => Promise<unknown>,
  /** Runs the page's own work: building and sending the request, checking the reply (the
   *  caller times it as main-thread work). */
  onThread: <T>(work: () => T) => T = (work) => work(),
): Promise<PageMatch | null> {
  const answer = await onThread(() => send(matchRequest(input, lang))).catch(() => null);
  return onThread(() => {
    if (!isMatchReply(answer)) return null;
    const { verdict, score, story, reason } = answer.match;
    const { claims, ms } = answer;
    const match = { verdict, score, story, reason };
    const spans = claimsOf(claims, input.text);
    return spans && { match, claims: spans, offThreadMs: ms };
  });
}

/** The answer's flat claim numbers as claims of `text`; null when one does not fit it. */
function claimsOf(flat: readonly number[], text: string): PageClaim[] | null {
  if (flat.length % 3 !== 0) return null;
  const claims: PageClaim[] = [];
  for (let k = 0; k < flat.length; k += 3) {
    const start = flat[k]!;
    const end = flat[k + 1]!;
    const kind = CLAIM_KINDS[flat[k + 2]!];
    if (kind === undefined || end <= start || end > text.length) return null;
    claims.push({ kind, text: text.slice(start, end), start, end });
  }
  return claims;
}
