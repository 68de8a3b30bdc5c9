import { MESSAGE, type FoundClaim, type MatchRequest } from '../contracts/messages';
import type { MatchInput } from '../engine/match/match-input';
import type { MatchResult } from '../engine/types';
import { matchReplySchema } from '../messaging/match-reply';

// What a page matches, and the claims of the matching article, are found by the extension's
// background (see src/claims-service): the page's main thread only reads what needs its DOM
// (text, blocks, article regions), sends it, and maps the spans that come back to ranges.

export interface PageMatch {
  match: MatchResult;
  /** Spans index the page text. */
  claims: FoundClaim[];
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
    const reply = matchReplySchema.safeParse(answer);
    if (!reply.success) return null;
    const { match, claims, ms } = reply.data;
    return { match, claims, offThreadMs: ms };
  });
}
