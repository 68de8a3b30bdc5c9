// Imported first by the reader's entrypoint, so it is evaluated first: when
// the reader module began running on the page's main thread. (Its parsing
// streams on a background thread.)
export const evaluationStart = performance.now();
