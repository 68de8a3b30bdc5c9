// The gate's test of a text: does it hold any story's gate fragment, case ignored?
// The fragments are lower case (identity.ts makes them so), so the text is lower-cased
// once and searched for each with `includes`, a native search. The case-insensitive
// pattern it replaces (gateRegExp, which the background still uses) gave the same
// answers, but a page's first runs of a pattern are interpreted one character at a
// time: on a 3 KB page, 0.1 ms in a content script against 0.02 ms for this.

export interface GateWords {
  /** Whether `text` holds one of the fragments, case ignored. */
  holds(text: string): boolean;
  /** The longest fragment's length: a piece of text read apart keeps this less one. */
  longest: number;
}

/** The test for lower-case `fragments` (none of them empty). */
export function gateWords(fragments: readonly string[]): GateWords {
  // Plain loops, not `some`, `map` and a spread: the gate runs once a page in a cold world,
  // where those first calls cost more than the search.
  let longest = 0;
  for (let k = 0; k < fragments.length; k++) longest = Math.max(longest, fragments[k]!.length);
  return {
    holds(text) {
      const lower = text.toLowerCase();
      for (let k = 0; k < fragments.length; k++) if (lower.includes(fragments[k]!)) return true;
      return false;
    },
    longest,
  };
}

/** The stories' gate fragments as one test; undefined when there are none, or an empty one
 *  lets every page through (then every word is a story's). */
export function storyWordsOf(
  packs: readonly { identity: { gate: readonly string[] } }[],
): GateWords | undefined {
  const fragments = packs.flatMap((p) => p.identity.gate);
  return fragments.length === 0 || fragments.includes('') ? undefined : gateWords(fragments);
}
