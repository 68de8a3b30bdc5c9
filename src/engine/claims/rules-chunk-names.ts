// Where the build puts the compiled claims rules: shared by the build (rules-chunks.ts) and
// the extension's background, which reads them when the claims first need them.

/** The chunk with every language's stopwords, to tell which language a page is in. */
export const DETECTION_CHUNK = 'languages';

/** The chunk with a story's own phrase lists (names, topic) compiled, by the story's id. */
export const storyChunk = (storyId: string): string => `story-${storyId}`;

/** A chunk's file in the extension: its tables as JSON (parsed faster than a script is run). */
export const rulesChunkFile = (name: string): string => `rules/${name}.json`;
