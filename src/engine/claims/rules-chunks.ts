// The claims rules as the build emits them (wxt.config.ts): one file per language, holding
// its rules compiled (compileLanguage), one with every language's stopwords, and one per story
// with its own phrase lists (compileStory). The background reads the ones a page needs; nothing
// is compiled in the browser.
import { compileDetection, compileLanguage, compileStory } from './compiled';
import { LANGUAGES } from './rules';
import { DETECTION_CHUNK, rulesChunkFile, storyChunk } from './rules-chunk-names';
import type { StoryRules } from './story-rules';

export interface RulesChunk {
  /** Path in the extension. */
  relativeDest: string;
  contents: string;
}

/** The tables of chunk `name`, as JSON. */
const chunk = (name: string, tables: unknown): RulesChunk => ({
  relativeDest: rulesChunkFile(name),
  contents: JSON.stringify(tables),
});

/** The chunks of every language, and of the stories given (the packs the build bundles). */
export function rulesChunks(
  stories: readonly { id: string; attribution: StoryRules }[] = [],
): RulesChunk[] {
  return [
    chunk(DETECTION_CHUNK, compileDetection(LANGUAGES)),
    ...Object.entries(LANGUAGES).map(([code, rules]) => chunk(code, compileLanguage(rules))),
    ...stories.map((s) => chunk(storyChunk(s.id), compileStory(s.attribution))),
  ];
}
