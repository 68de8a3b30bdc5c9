import { isCommandName, type CommandName } from './commands';
import type { HighlightInfo, PageResult } from './page-result';

// Every message between extension contexts, by type, spelled once. The
// background parses what it receives with zod (src/messaging/protocol.ts,
// derived from these); the content scripts check theirs with `toContent`
// below, by hand: zod/mini would take ~7 KB gzip of the sentinel's budget, and
// only this extension can message them.

export const MESSAGE = {
  /** Content script -> background: the latest analysis of its page. */
  pageResult: 'page-result',
  /** Popup -> background: what is known about a tab. */
  getTabResult: 'get-tab-result',
  /**
   * Reader -> background: the claims of the article the page's text matched. Text analysis needs
   * no DOM: the background does it, off the page's main thread, with its rules loaded once.
   */
  findClaims: 'find-claims',
  /** Reader -> background: the card of highlight `index` of the sender's tab. */
  getClaimCard: 'get-claim-card',
  /** Background or popup -> reader: scroll to a claim and open its card. */
  revealClaim: 'reveal-claim',
  /** Background -> reader: a keyboard command. */
  command: 'command',
  /** Background -> sentinel: whether one runs in the tab, that is, whether its page can be read. */
  ping: 'ping',
  /**
   * Tools -> sentinel: whether its last result is final for now (no check running or
   * waiting, the last report stored). `npm run analyze` and tests ask it to know when a
   * page has settled.
   */
  idle: 'idle',
} as const;

export interface PageResultMessage {
  type: typeof MESSAGE.pageResult;
  result: PageResult;
}
export interface TabResultRequest {
  type: typeof MESSAGE.getTabResult;
  tabId: number;
}
/** A half-open span [start, end) of a text. */
export interface TextSpan {
  start: number;
  end: number;
}
export interface ClaimsRequest {
  type: typeof MESSAGE.findClaims;
  /** The matched story's id. */
  story: string;
  /** The page's declared language, if any. */
  lang: string | null;
  /** Text holding the article's regions (the page text, or the part of it they span). */
  text: string;
  /** Where the matching article lies in `text`. */
  regions: TextSpan[];
}
/** A claim found, with its place in the request's text. */
export type FoundClaim = HighlightInfo & TextSpan;
export interface ClaimsReply {
  claims: FoundClaim[];
  /** What finding them cost the background: its work, and reading rules it had not loaded yet. */
  ms: number;
}
export interface ClaimCardRequest {
  type: typeof MESSAGE.getClaimCard;
  index: number;
}
export interface RevealClaim {
  type: typeof MESSAGE.revealClaim;
  index: number;
}
export interface RunCommand {
  type: typeof MESSAGE.command;
  name: CommandName;
}
export interface Ping {
  type: typeof MESSAGE.ping;
}
export interface Idle {
  type: typeof MESSAGE.idle;
}

export type ToBackground = PageResultMessage | TabResultRequest | ClaimsRequest | ClaimCardRequest;
export type ToContent = RevealClaim | RunCommand | Ping | Idle;

/** Messages the background accepts only from a content script in a tab: they are about "my page". */
export const FROM_TAB: readonly ToBackground['type'][] = [
  MESSAGE.pageResult,
  MESSAGE.findClaims,
  MESSAGE.getClaimCard,
];

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A message to a content script, or null when it is not one. */
export function toContent(message: unknown): ToContent | null {
  if (typeof message !== 'object' || message === null) return null;
  const record = message as Record<string, unknown>;
  switch (record.type) {
    case MESSAGE.revealClaim:
      return isIndex(record.index) ? { type: record.type, index: record.index } : null;
    case MESSAGE.command:
      return isCommandName(record.name) ? { type: record.type, name: record.name } : null;
    case MESSAGE.ping:
    case MESSAGE.idle:
      return { type: record.type };
    default:
      return null;
  }
}
