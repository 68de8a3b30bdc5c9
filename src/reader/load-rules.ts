import { browser, type PublicPath } from 'wxt/browser';
import type { DetectionTables, LanguageTables, RulesSource } from '../engine/claims/compiled';
import {
  DETECTION_CHUNK,
  RULES_KEY,
  rulesChunkFile,
  type LoadedRules,
} from '../engine/claims/rules-chunk-names';

// The claims rules compiled at build time, one chunk per language: imported from the
// extension's files (like the reader itself) when the engine first needs a language.

export interface RulesLoader {
  source: RulesSource;
  /**
   * Starts loading the chunks a page is likely to need, the stopwords and its declared
   * language, while the page is read and matched: the claims stage then rarely waits.
   */
  preload(lang: string | null | undefined): void;
}

/** `onEvaluated`: how long running a chunk took, main-thread work outside the engine's slices. */
export function loadRules(onEvaluated: (ms: number) => void): RulesLoader {
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
    },
    preload(lang) {
      const code = lang?.toLowerCase().slice(0, 2);
      load(DETECTION_CHUNK).then((languages) => {
        if ((languages as DetectionTables).some(([c]) => c === code)) void load(code!).catch(noop);
      }, noop);
    },
  };
}

function noop() {}
