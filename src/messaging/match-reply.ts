import * as z from 'zod/mini';
import { type MatchReply } from '../contracts/messages';
import { VERDICTS } from '../contracts/page-result';
import { highlightSchema, index, MAX_TEXT, ms, same } from './shared-schemas';

// The background's answer to a page's `match-page` request, checked by the reader before it
// paints anything.

const span = { start: index, end: index };

export const matchReplySchema = z.object({
  match: z.object({
    verdict: z.enum(VERDICTS),
    score: z.number(),
    story: z.nullable(z.string().check(z.maxLength(200))),
    reason: z.string().check(z.maxLength(500)),
    regions: z.array(z.object(span)).check(z.maxLength(MAX_TEXT / 2)),
  }),
  claims: z.array(z.extend(highlightSchema, span)).check(z.maxLength(2000)),
  ms,
});
same<z.infer<typeof matchReplySchema>, MatchReply>(true);
