// What matching needs from an identity, prepared once per identity object:
// the decoded fingerprint and the early-exit patterns.

import type { Steps } from '../steps';
import { decodeHashes } from './fingerprint';
import type { Identity } from './identity';

export interface Compiled {
  fingerprint: Set<number>;
  /** Any of the gate fragments, case ignored... */
  gate: RegExp;
  /** ...whose matches are at most this long. */
  longest: number;
}

const cache = new WeakMap<Identity, Compiled>();

/** Any of the fragments, case ignored. An empty gate lets every page through, which is safe. */
export function gateRegExp(fragments: readonly string[]): RegExp {
  const literal = fragments.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(literal.filter((f) => f !== '').join('|'), 'i');
}

export function compile(identity: Identity): Compiled {
  let compiledEntry = cache.get(identity);
  if (compiledEntry === undefined) {
    compiledEntry = {
      fingerprint: decodeHashes(identity.fingerprint),
      gate: gateRegExp(identity.gate),
      // A case-insensitive match of a literal is as long as the literal.
      longest: Math.max(0, ...identity.gate.map((f) => f.length)),
    };
    cache.set(identity, compiledEntry);
  }
  return compiledEntry;
}

/** Characters the gate's pattern is run over in one step at most. */
const TEST_CHARS = 1 << 18;

/**
 * Whether a text holds a gate fragment, tested a piece of TEST_CHARS characters
 * per step (yielding 'match' between them): a test of a 5 MB text that holds
 * none took more than a frame. Pieces overlap by the longest fragment less one,
 * so that a fragment across two is found.
 */
export function* gateMatchesSteps(compiled: Compiled, text: string): Steps<boolean> {
  const overlap = Math.max(0, compiled.longest - 1);
  for (let at = 0; ; at += TEST_CHARS) {
    if (at > 0) yield 'match';
    if (compiled.gate.test(text.slice(Math.max(0, at - overlap), at + TEST_CHARS))) return true;
    if (at + TEST_CHARS >= text.length) return false;
  }
}

/**
 * Whether a text (raw page text, invisible characters removed) may hold the
 * story: false when it holds no gate fragment, i.e. never names the concept
 * that the source article and every article on the event name.
 */
export function* textMayMatchSteps(identity: Identity, text: string): Steps<boolean> {
  return yield* gateMatchesSteps(compile(identity), text);
}
