import { browser, type PublicPath } from 'wxt/browser';
import type { DetectionTables, LanguageTables, RulesSource } from '../engine/claims/compiled';
import { DETECTION_CHUNK, RULES_KEY, rulesChunkFile } from '../engine/claims/rules-chunk-names';

// The claims rules compiled at build time, one chunk per language: imported from the
// extension's files (like the reader itself) when the engine first needs a language.

const chunks = new Map<string, Promise<unknown>>();

function load(name: string): Promise<unknown> {
  let chunk = chunks.get(name);
  if (!chunk) {
    // Emitted by the build's hook (wxt.config.ts), so not among the paths WXT types.
    const url = browser.runtime.getURL(`/${rulesChunkFile(name)}` as PublicPath);
    chunk = import(/* @vite-ignore */ url).then(
      () => (globalThis as { [RULES_KEY]?: Record<string, unknown> })[RULES_KEY]?.[name],
    );
    chunks.set(name, chunk);
  }
  return chunk;
}

export const loadedRules: RulesSource = {
  detection: () => load(DETECTION_CHUNK) as Promise<DetectionTables>,
  language: (code) => load(code) as Promise<LanguageTables | undefined>,
};

/**
 * Starts loading the chunks a page is likely to need, the stopwords and its declared
 * language, while the page is read and matched: the claims stage then rarely waits.
 */
export function preloadRules(lang: string | null | undefined): void {
  const code = lang?.toLowerCase().slice(0, 2);
  load(DETECTION_CHUNK).then((languages) => {
    if ((languages as DetectionTables).some(([c]) => c === code)) void load(code!).catch(noop);
  }, noop);
}

function noop() {}
