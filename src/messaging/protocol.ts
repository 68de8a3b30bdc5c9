import * as z from 'zod/mini';

// Every message between extension contexts has a schema here; anything that
// does not parse is dropped by the receiver (see ./receive.ts).

const verdict = z.enum(['copy', 'same-story', 'none']);

export const highlightSchema = z.object({
  kind: z.enum(['casualty', 'denial']),
  text: z.string().check(z.maxLength(2000)),
  source: z.optional(z.string().check(z.maxLength(100))),
  metric: z.optional(z.string().check(z.maxLength(100))),
  value: z.optional(z.number()),
  min: z.optional(z.number()),
  refs: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  note: z.optional(z.string().check(z.maxLength(2000))),
});

const ms = z.number().check(z.nonnegative());

/** What the content script's own work cost on this page (read by `npm run bench`). */
export const timingsSchema = z.object({
  /** Milliseconds of work per stage, summed over every slice and re-check. */
  stagesMs: z.record(z.string().check(z.maxLength(40)), ms),
  /** Sum of the stages. */
  busyMs: ms,
  /** The longest uninterrupted slice of work on the main thread. */
  longestSliceMs: ms,
  /** From the script's start to its last paint (or last stage when nothing is painted). */
  wallMs: ms,
  /** From the script's start to the first painted highlight, when any. */
  firstHighlightMs: z.optional(ms),
});
export type Timings = z.infer<typeof timingsSchema>;

export const pageResultSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  verdict,
  score: z.number(),
  story: z.nullable(z.string().check(z.maxLength(200))),
  reason: z.string().check(z.maxLength(500)),
  highlights: z.array(highlightSchema).check(z.maxLength(2000)),
  timings: z.optional(timingsSchema),
});

export type PageResult = z.infer<typeof pageResultSchema>;
export type HighlightInfo = z.infer<typeof highlightSchema>;

/** Content script -> background: the latest analysis of its page. */
export const pageResultMessage = z.object({
  type: z.literal('page-result'),
  result: pageResultSchema,
});

/** Popup -> background: what is known about a tab. */
export const tabResultRequest = z.object({
  type: z.literal('get-tab-result'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});

/** Content script -> background: the display data for highlight `index` of the sender's tab. */
export const claimViewRequest = z.object({
  type: z.literal('get-claim-view'),
  index: z.number().check(z.int(), z.nonnegative()),
});

/** Background or popup -> content script. */
export const revealClaim = z.object({
  type: z.literal('reveal-claim'),
  index: z.number().check(z.int(), z.nonnegative()),
});
export const runCommand = z.object({
  type: z.literal('command'),
  name: z.enum(['next-claim', 'previous-claim', 'toggle-highlights']),
});
/** Background -> content script: whether one runs in the tab, that is, whether its page can be read. */
export const ping = z.object({ type: z.literal('ping') });
/**
 * Tools -> content script: whether its last result is final for now (no check
 * running or waiting, the last report stored). `npm run analyze` and tests ask
 * it to know when a page has settled.
 */
export const idle = z.object({ type: z.literal('idle') });
export const toContent = z.discriminatedUnion('type', [revealClaim, runCommand, ping, idle]);
export type ToContent = z.infer<typeof toContent>;

export const toBackground = z.discriminatedUnion('type', [
  pageResultMessage,
  tabResultRequest,
  claimViewRequest,
]);
export type ToBackground = z.infer<typeof toBackground>;
