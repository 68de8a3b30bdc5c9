import type { LinkData } from './claims/link';
import type { StoryRules } from './claims/story-rules';
import type { Identity } from './match/identity';

/**
 * One story as the engine receives it. The engine reads its id, identity,
 * attribution rules, claims and figure index; the title, languages and date
 * describe the story to readers. src/data builds and validates packs with a
 * schema checked against this type.
 */
export interface StoryPack extends LinkData {
  id: string;
  /** The source article's title. */
  title: string;
  /** Languages the identity and attribution cover; the article's first. */
  languages: readonly string[];
  /** The source article's publication date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string;
  identity: Identity;
  attribution: StoryRules;
}
