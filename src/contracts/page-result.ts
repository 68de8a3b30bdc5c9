// What the content script reports about its page: stored per tab by the
// background, read by the popup, the card's builder, `npm run analyze` and
// the bench. The zod schema that checks it where it crosses a boundary
// (src/messaging/protocol.ts) is derived from these lists and held to these
// types by the compiler.

export const VERDICTS = ['copy', 'same-story', 'none'] as const;
export type PageVerdict = (typeof VERDICTS)[number];

export const CLAIM_KINDS = ['casualty', 'denial'] as const;
export type HighlightKind = (typeof CLAIM_KINDS)[number];

/** Claims of a page at most. */
export const MAX_CLAIMS = 2000;

/** One claim found on the page, without its place in the page's text. */
export interface HighlightInfo {
  kind: HighlightKind;
  text: string;
  /** Dataset id of who the article credits. */
  source?: string | undefined;
  metric?: string | undefined;
  value?: number | undefined;
  min?: number | undefined;
  /** Dataset figures or statements the claim reports. */
  refs: string[];
  note?: string | undefined;
}

/** What the content script's own work cost on this page (read by `npm run bench`). */
export interface Timings {
  /** Milliseconds of work per stage, summed over every slice and re-check. */
  stagesMs: Record<string, number>;
  /** Sum of the stages. */
  busyMs: number;
  /** The longest uninterrupted slice of work on the main thread. */
  longestSliceMs: number;
  /** From the script's start to its last paint (or last stage when nothing is painted). */
  wallMs: number;
  /** From the script's start to the first painted highlight, when any. */
  firstHighlightMs?: number | undefined;
  /**
   * Work done for this page outside its main thread (the claims, in the extension's
   * background), summed over every check; not part of `busyMs`.
   */
  offThreadMs?: number | undefined;
  /** Nodes extraction read one by one (each a wrapper in the script's world), over every check. */
  nodesRead?: number | undefined;
}

export interface PageResult {
  url: string;
  verdict: PageVerdict;
  score: number;
  /** The matched story's id. */
  story: string | null;
  /** Why the verdict, in words (for tools and reports). */
  reason: string;
  highlights: HighlightInfo[];
  timings?: Timings | undefined;
}

/** What the engine found on a page; the rest of a PageResult is added by `pageResult`. */
export type PageFindings = Omit<PageResult, 'url' | 'timings'>;

/** A page's result: the one place it is assembled. */
export const pageResult = (url: string, found: PageFindings, timings: Timings): PageResult => ({
  url,
  ...found,
  timings,
});

/** The findings of a page that holds no story (or was not read), saying why. */
export const noStory = (reason: string): PageFindings => ({
  verdict: 'none',
  score: 0,
  story: null,
  reason,
  highlights: [],
});
