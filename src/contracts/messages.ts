import { isCommandName, type CommandName } from './commands';
import {
  MAX_CLAIMS,
  VERDICTS,
  type HighlightInfo,
  type PageResult,
  type PageVerdict,
} from './page-result';

// Every message between extension contexts, by type, spelled once. The
// background parses what it receives with zod (src/messaging/protocol.ts,
// derived from these); the content scripts check theirs with `toContent` and
// `isMatchReply` below, by hand: zod/mini would take ~7 KB gzip of the
// sentinel's budget and cost the reader's load, and only this extension can
// message them.

export const MESSAGE = {
  /** Content script -> background: the latest analysis of its page. */
  pageResult: 'page-result',
  /** Popup -> background: what is known about a tab. */
  getTabResult: 'get-tab-result',
  /**
   * Reader -> background: what the page's text matches, and the claims of the matching article.
   * The reader sends what needs the DOM (text, blocks, article regions); the text analysis runs
   * in the background, off the page's main thread, with its rules and story identities loaded once.
   */
  matchPage: 'match-page',
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
/** A candidate article region of the page text, by block index. */
export interface RegionBlocks {
  /** The article's blocks, in page order. */
  blocks: number[];
  /** When the region stacks several stories: the blocks of each (subsets of `blocks`). */
  stories: number[][];
  /** The blocks of `blocks` a stylesheet hides. */
  hidden: number[];
}
/** What the page's text matches. */
export interface PageMatchResult {
  verdict: PageVerdict;
  score: number;
  story: string | null;
  reason: string;
}
export interface MatchRequest {
  type: typeof MESSAGE.matchPage;
  /** The page's declared language, if any. */
  lang: string | null;
  /** Publication date the page declares (ISO 8601 text), if any. */
  published: string | null;
  /** The page text. */
  text: string;
  /** The text's blocks, three numbers each: start, end, heading level (0 when not a heading).
   *  Flat: a huge page has a hundred thousand blocks, and one array clones faster than objects. */
  blocks: number[];
  /** Candidate article regions, best first, by block index. */
  regions: RegionBlocks[];
}
/** A claim found, with its place in the page text. */
export type FoundClaim = HighlightInfo & TextSpan;
/**
 * The background's answer to a MatchRequest: only what painting needs. The claims' records
 * (source, metric, refs...) stay with the background, which adds them to the page's result
 * when the reader reports it (the reader reports each claim's kind and text): cloning and
 * checking them cost the page's main thread for nothing it uses.
 */
export interface MatchReply {
  match: PageMatchResult;
  /** The matching article's claims (none when the verdict is 'none'), three numbers each:
   *  start, end (a span of the page text, which is the claim's text) and kind (its index in
   *  CLAIM_KINDS). */
  claims: number[];
  /** What matching and finding claims cost the background: its work, and reading rules it had
   *  not loaded yet. */
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

export type ToBackground = PageResultMessage | TabResultRequest | MatchRequest | ClaimCardRequest;
export type ToContent = RevealClaim | RunCommand | Ping | Idle;

/** Messages the background accepts only from a content script in a tab: they are about "my page". */
export const FROM_TAB: readonly ToBackground['type'][] = [
  MESSAGE.pageResult,
  MESSAGE.matchPage,
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Whether an answer to a MatchRequest has the shape of one (the reader checks its spans
 *  against its text). */
export function isMatchReply(v: unknown): v is MatchReply {
  if (!isObject(v) || !isObject(v.match)) return false;
  const { verdict, score, story, reason } = v.match;
  const { claims, ms } = v;
  return (
    (VERDICTS as readonly unknown[]).includes(verdict) &&
    typeof score === 'number' &&
    (story === null || isText(story, 200)) &&
    isText(reason, 500) &&
    Array.isArray(claims) &&
    claims.length <= 3 * MAX_CLAIMS &&
    claims.every(isIndex) &&
    typeof ms === 'number' &&
    ms >= 0
  );
}
