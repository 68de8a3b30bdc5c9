import { browser, type PublicPath } from 'wxt/browser';
import type {
  DetectionTables,
  LanguageTables,
  RulesSource,
  StoryTables,
} from '../engine/claims/compiled';
import {
  DETECTION_CHUNK,
  RULES_KEY,
  rulesChunkFile,
  storyChunk,
  type LoadedRules,
} from '../engine/claims/rules-chunk-names';
import type { StoryPack } from '../engine/story-pack';

// The claims rules compiled at build time, one chunk per language and one per story pack:
// imported from the extension's files (like the reader itself) when the engine first needs them.

export interface RulesLoader {
  source: RulesSource;
  /**
   * Starts loading the chunks a page is likely to need, the stopwords, its declared language and
   * the stories' lists, while the page is read and matched: the claims stage then rarely waits.
   */
  preload(lang: string | null | undefined): void;
}

/** `onEvaluated`: how long running a chunk took, main-thread work outside the engine's slices. */
export function loadRules(
  packs: readonly Pick<StoryPack, 'id' | 'attribution'>[],
  onEvaluated: (ms: number) => void,
): RulesLoader {
  const chunks = new Map<string, Promise<unknown>>();
  const load = (name: string): Promise<unknown> => {
    let chunk = chunks.get(name);
    if (!chunk) {
      // Emitted by the build's hook (wxt.config.ts), so not among the paths WXT types.
      const url = browser.runtime.getURL(`/${rulesChunkFile(name)}` as PublicPath);
      chunk = import(/* @vite-ignore */ url).then(() => {
        const registry = (globalThis as { [RULES_KEY]?: Record<string, LoadedRules> })[RULES_KEY];
        const loaded = registry?.[name];
        if (loaded) onEvaluated(loaded.evaluationMs);
        return loaded?.tables;
      });
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
    preload(lang) {
      const code = lang?.toLowerCase().slice(0, 2);
      load(DETECTION_CHUNK).then((languages) => {
        if ((languages as DetectionTables).some(([c]) => c === code)) void load(code!).catch(noop);
      }, noop);
      for (const pack of packs) load(storyChunk(pack.id)).catch(noop);
    },
  };
}

function noop() {}
