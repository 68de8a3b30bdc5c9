// The claims rules as the build emits them (wxt.config.ts): one script per language, holding
// its rules compiled (compileLanguage), one with every language's stopwords, and one per story
// with its own phrase lists (compileStory). The reader loads the ones a page needs; nothing is
// compiled on the page.
import { compileDetection, compileLanguage, compileStory } from './compiled';
import { LANGUAGES } from './rules';
import { DETECTION_CHUNK, RULES_KEY, rulesChunkFile, storyChunk } from './rules-chunk-names';
import type { StoryRules } from './story-rules';

export interface RulesChunk {
  /** Path in the extension. */
  relativeDest: string;
  contents: string;
}

/**
 * A script that leaves `tables` under `name` in the rules registry, with how long running it
 * took (work on the page's main thread, which the reader counts). JSON.parse reads data faster
 * than an object literal is compiled.
 */
function chunk(name: string, tables: unknown): RulesChunk {
  const registry = `Symbol.for(${JSON.stringify(RULES_KEY.description)})`;
  const json = JSON.stringify(JSON.stringify(tables));
  return {
    relativeDest: rulesChunkFile(name),
    contents:
      `{const t=performance.now(),tables=JSON.parse(${json});` +
      `(globalThis[${registry}]??={})[${JSON.stringify(name)}]=` +
      `{tables,evaluationMs:performance.now()-t};}\n`,
  };
}

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
