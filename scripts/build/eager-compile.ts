import type { Plugin } from 'vite';

// V8's explicit compile hint: a file that opens with this comment has all its functions compiled
// eagerly, while the browser streams it on a background thread, instead of each function on the
// page's main thread the first time it is called. The reader runs once per page, so every one of
// its functions is called cold: compiled lazily, the zod check of the background's answer alone
// cost a matching page about 1-2 ms. Other engines read it as a comment.
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Opens each of these output files (names in the extension) with the compile hint. */
export function eagerCompile(fileNames: readonly string[]): Plugin {
  return {
    name: 'crosscount-eager-compile',
    // After minification, which would drop the comment.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk' && fileNames.includes(output.fileName))
          output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
    },
  };
}
