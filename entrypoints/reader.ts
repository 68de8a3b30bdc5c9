import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_KEY } from '../src/reader/bridge';
import { createReader } from '../src/reader/create-reader';

// Imported by the content script on pages that may carry a known story; runs in
// its isolated world and leaves the reader's factory where the content script
// looks for it.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[READER_KEY] = createReader;
});
