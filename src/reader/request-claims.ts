import { MESSAGE, type ClaimsRequest, type FoundClaim } from '../contracts/messages';
import { claimsReplySchema } from '../messaging/protocol';
import type { MatchResult } from '../engine/types';

// The claims of a matching page are found by the extension's background (see
// src/claims-service): the page's main thread only sends the article's text and maps the
// spans that come back to ranges.

export interface PageClaims {
  /** Spans index the page text. */
  claims: FoundClaim[];
  /** The background's work on them. */
  offThreadMs: number;
}

/**
 * Asks for the claims of the regions `match` found in `text`; null when the background did not
 * answer or answered nothing usable. Only the part of the text the regions span is sent.
 */
export async function requestClaims(
  text: string,
  match: MatchResult,
  lang: string | null,
  send: (request: ClaimsRequest) => Promise<unknown>,
  /** Runs the reply's checking and mapping (the caller times it as main-thread work). */
  onReply: <T>(work: () => T) => T = (work) => work(),
): Promise<PageClaims | null> {
  if (!match.story || match.regions.length === 0) return null;
  const from = Math.max(0, Math.min(...match.regions.map((r) => r.start)));
  const to = Math.max(...match.regions.map((r) => r.end));
  const request: ClaimsRequest = {
    type: MESSAGE.findClaims,
    story: match.story,
    lang,
    text: text.slice(from, to),
    regions: match.regions.map((r) => ({ start: r.start - from, end: r.end - from })),
  };
  const answer = await send(request).catch(() => null);
  return onReply(() => {
    const reply = claimsReplySchema.safeParse(answer);
    if (!reply.success) return null;
    return {
      claims: reply.data.claims.map((c) => ({ ...c, start: c.start + from, end: c.end + from })),
      offThreadMs: reply.data.ms,
    };
  });
}
