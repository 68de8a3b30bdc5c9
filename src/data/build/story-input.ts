import * as z from 'zod/mini';
import type { StoryRules } from '../../engine/claims/story-rules';
import type { IdentityHints } from '../../engine/match/identity';
import { idSchema, partialDateSchema, storyClaimSchema } from '../schema';

// stories/<id>/story.json: everything about a story that is written by hand.
// The format is documented in docs/stories.md.

/** A path relative to the story folder, or `@shared/...` inside the shared folder. */
const filePath = z.string().check(z.minLength(1, 'expected a file path'));
/** Validated later by its owner's schema, once read from its file if need be. */
const section = z.union([
  z.string().check(z.regex(/^[^/\\]+\.json$/, 'expected an object or a .json file name')),
  z.looseObject({}),
]);

export const storyInputSchema = z.strictObject({
  id: idSchema,
  /** The source article as plain text, its title on the first line. */
  article: filePath,
  /** The fact sheet its figures and statements come from. */
  factSheet: filePath,
  languages: z
    .array(z.string().check(z.regex(/^[a-z]{2,3}$/, 'expected a language code')))
    .check(z.minLength(1, 'needs at least one language')),
  published: partialDateSchema,
  /** Short names for sources whose name carries no acronym in parentheses. */
  sourceShortNames: z.optional(z.record(idSchema, z.string().check(z.minLength(1)))),
  /** The matcher's identity hints, inline or in a JSON file beside story.json. */
  identity: section,
  /** The claims engine's attribution rules, inline or in a JSON file beside story.json. */
  attribution: section,
  claims: z.array(storyClaimSchema),
});
/** A story.json with its identity and attribution sections read in. */
export type StoryInput = Omit<z.infer<typeof storyInputSchema>, 'identity' | 'attribution'> & {
  identity: IdentityHints;
  attribution: StoryRules;
};
