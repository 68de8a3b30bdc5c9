// First import: evaluated before every other module of the reader.
import { evaluationStart } from '../src/reader/evaluation-start';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_KEY, type LoadedReader } from '../src/reader/bridge';
import { createReader } from '../src/reader/create-reader';

// Imported by the content script on pages that may carry a known story; runs in
// its isolated world and leaves the reader's factory where the content script
// looks for it, with what running the module cost.
export default defineUnlistedScript(() => {
  const loaded: LoadedReader = {
    createReader,
    evaluationMs: performance.now() - evaluationStart,
  };
  (globalThis as Record<symbol, unknown>)[READER_KEY] = loaded;
});
