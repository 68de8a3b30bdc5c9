// Where the build puts the compiled claims rules and where a loaded chunk leaves them: shared by
// the build (rules-chunks.ts) and the reader, which loads them (src/reader/load-rules.ts).

/** A registry symbol of the isolated world: chunks leave their tables under it, by name. */
export const RULES_KEY = Symbol.for('crosscount.rules');

/** What a chunk leaves in the registry. */
export interface LoadedRules {
  tables: unknown;
  /** How long running the chunk took. */
  evaluationMs: number;
}

/** The chunk with every language's stopwords, to tell which language a page is in. */
export const DETECTION_CHUNK = 'languages';

/** The chunk with a story's own phrase lists (names, topic) compiled, by the story's id. */
export const storyChunk = (storyId: string): string => `story-${storyId}`;

/** A chunk's file in the extension (web-accessible: the reader imports it into the page's world). */
export const rulesChunkFile = (name: string): string => `rules/${name}.js`;
