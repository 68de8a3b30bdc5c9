import * as z from 'zod/mini';
import { MESSAGE, type ToBackground } from '../contracts/messages';
import { VERDICTS, type PageResult, type Timings } from '../contracts/page-result';
import { highlightSchema, index, MAX_TEXT, ms, same } from './shared-schemas';

// The zod schemas of what the background receives and what storage returns,
// derived from the contracts' lists; anything that does not parse is dropped
// by the receiver (see ./receive.ts). The background's answer to a page is in
// ./match-reply.ts.

export const timingsSchema = z.object({
  stagesMs: z.record(z.string().check(z.maxLength(40)), ms),
  busyMs: ms,
  longestSliceMs: ms,
  wallMs: ms,
  firstHighlightMs: z.optional(ms),
  offThreadMs: z.optional(ms),
  nodesRead: z.optional(z.int().check(z.nonnegative())),
});
same<z.infer<typeof timingsSchema>, Timings>(true);

export const pageResultSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  verdict: z.enum(VERDICTS),
  score: z.number(),
  story: z.nullable(z.string().check(z.maxLength(200))),
  reason: z.string().check(z.maxLength(500)),
  highlights: z.array(highlightSchema).check(z.maxLength(2000)),
  timings: z.optional(timingsSchema),
});
same<z.infer<typeof pageResultSchema>, PageResult>(true);

/** Blocks of a text that long at most (one per two characters), three numbers each. */
const MAX_BLOCK_NUMBERS = 3 * (MAX_TEXT / 2);
const indices = z.array(index).check(z.maxLength(MAX_TEXT / 2));

export const toBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal(MESSAGE.pageResult), result: pageResultSchema }),
  z.object({ type: z.literal(MESSAGE.getTabResult), tabId: index }),
  z.object({
    type: z.literal(MESSAGE.matchPage),
    lang: z.nullable(z.string().check(z.maxLength(100))),
    published: z.nullable(z.string().check(z.maxLength(100))),
    text: z.string().check(z.maxLength(MAX_TEXT)),
    blocks: z.array(index).check(z.maxLength(MAX_BLOCK_NUMBERS)),
    regions: z
      .array(
        z.object({
          blocks: indices,
          stories: z.array(indices).check(z.maxLength(MAX_TEXT / 2)),
          hidden: indices,
        }),
      )
      .check(z.maxLength(10)),
  }),
  z.object({ type: z.literal(MESSAGE.getClaimCard), index }),
]);
same<z.infer<typeof toBackground>, ToBackground>(true);
