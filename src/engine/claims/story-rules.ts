import * as z from 'zod/mini';

// PLACEHOLDER owned by the CLAIMS helper: replace with the real schema.
export const storyRulesSchema = z.object({});
export type StoryRules = z.infer<typeof storyRulesSchema>;
