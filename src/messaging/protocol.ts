import * as z from 'zod/mini';
import { MESSAGE, type FoundClaim, type ToBackground } from '../contracts/messages';
import {
  CLAIM_KINDS,
  MAX_CLAIMS,
  VERDICTS,
  type HighlightInfo,
  type PageResult,
  type Timings,
} from '../contracts/page-result';

// The zod schemas of what the background receives and what storage returns,
// derived from the contracts' lists; anything that does not parse is dropped
// by the receiver (see ./receive.ts). The content scripts check what they receive by hand
// (see contracts/messages.ts).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Makes the compiler hold a schema to its contract type: a field added to one and not the
 *  other fails the typecheck. */
const same = <A, B>(_proof: Same<A, B>) => undefined;

const index = z.number().check(z.int(), z.nonnegative());
const ms = z.number().check(z.nonnegative());

// A page's whole text is sent: matching tests all of it for the story's terms.
const MAX_TEXT = 32 * 1024 * 1024;

const highlightSchema = z.object({
  kind: z.enum(CLAIM_KINDS),
  text: z.string().check(z.maxLength(2000)),
  source: z.optional(z.string().check(z.maxLength(100))),
  metric: z.optional(z.string().check(z.maxLength(100))),
  value: z.optional(z.number()),
  min: z.optional(z.number()),
  refs: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
same<z.infer<typeof highlightSchema>, HighlightInfo>(true);

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
  highlights: z.array(highlightSchema).check(z.maxLength(MAX_CLAIMS)),
  timings: z.optional(timingsSchema),
});
same<z.infer<typeof pageResultSchema>, PageResult>(true);

/** A tab's last answered claims, with their records, as the background keeps them. */
export const foundClaimsSchema = z
  .array(z.extend(highlightSchema, { start: index, end: index }))
  .check(z.maxLength(MAX_CLAIMS));
same<z.infer<typeof foundClaimsSchema>, FoundClaim[]>(true);

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
