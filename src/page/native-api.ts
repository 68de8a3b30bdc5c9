import type { browser } from 'wxt/browser';

// The browser's own extension API, as WXT's `@wxt-dev/browser` picks it, for what the
// content script sets up on every page: reading the settings and registering its
// listeners through the polyfill's wrappers cost a page without a story 0.2-0.9 ms.
// Both browsers' own APIs return promises in Manifest V3; message listeners answer
// with `sendResponse`: the Chromium versions supported (from 105) ignore a promise a
// listener returns.

type Api = typeof browser;
const global = globalThis as { browser?: Api; chrome?: Api };

export const nativeApi: Api = global.browser?.runtime?.id ? global.browser : global.chrome!;
