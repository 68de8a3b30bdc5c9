import type {
  DetectionTables,
  LanguageTables,
  RulesSource,
  StoryTables,
} from '../engine/claims/compiled';
import { DETECTION_CHUNK, rulesChunkFile, storyChunk } from '../engine/claims/rules-chunk-names';
import type { StoryPack } from '../engine/story-pack';

// The claims rules compiled at build time, read from the extension's own files (rules/*.json)
// when the engine first needs them, once for as long as the background lives.

export interface RulesReader {
  source: RulesSource;
  /** Milliseconds spent parsing rules so far (reading the file is not work of this thread). */
  parseMs(): number;
}

/** `readFile`: the text of one of the extension's files (fetch in the browser). */
export function readRules(
  packs: readonly Pick<StoryPack, 'id' | 'attribution'>[],
  readFile: (path: string) => Promise<string>,
  now: () => number = () => performance.now(),
): RulesReader {
  const chunks = new Map<string, Promise<unknown>>();
  let parseMs = 0;
  const load = (name: string): Promise<unknown> => {
    let chunk = chunks.get(name);
    if (!chunk) {
      // The extension's own build output, as compileLanguage and compileStory wrote it.
      chunk = readFile(rulesChunkFile(name)).then((text) => {
        const start = now();
        const tables: unknown = JSON.parse(text);
        parseMs += now() - start;
        return tables;
      });
      // A file that failed to load is asked again the next time.
      chunk.catch(() => chunks.delete(name));
      chunks.set(name, chunk);
    }
    return chunk;
  };
  return {
    source: {
      detection: () => load(DETECTION_CHUNK) as Promise<DetectionTables>,
      language: (code) => load(code) as Promise<LanguageTables | undefined>,
      story: (rules) => {
        const pack = packs.find((p) => p.attribution === rules);
        return pack && (load(storyChunk(pack.id)) as Promise<StoryTables | undefined>);
      },
    },
    parseMs: () => parseMs,
  };
}
