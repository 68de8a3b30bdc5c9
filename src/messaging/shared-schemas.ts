import * as z from 'zod/mini';
import { CLAIM_KINDS, type HighlightInfo } from '../contracts/page-result';

// Schema pieces that the background's messages (./protocol.ts) and the reader's answer
// (./match-reply.ts) share. Apart from ./protocol.ts, so the reader, which checks only the
// answer, does not build every message's schema whenever it loads on a page.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Makes the compiler hold a schema to its contract type: a field added to one and not the
 *  other fails the typecheck. */
export const same = <A, B>(_proof: Same<A, B>) => undefined;

export const index = z.number().check(z.int(), z.nonnegative());
export const ms = z.number().check(z.nonnegative());

// A page's whole text is sent: matching tests all of it for the story's terms.
export const MAX_TEXT = 32 * 1024 * 1024;

export const highlightSchema = z.object({
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
