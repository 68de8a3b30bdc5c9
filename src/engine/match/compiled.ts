// What matching needs from an identity, prepared once per identity object:
// the decoded fingerprint and the early-exit patterns.

import { decodeHashes } from './fingerprint';
import type { Identity } from './identity';

export interface Compiled {
  fingerprint: Set<number>;
  /** Any of the gate fragments, case ignored. */
  gate: RegExp;
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
    };
    cache.set(identity, compiledEntry);
  }
  return compiledEntry;
}

/**
 * Whether a text (raw page text, invisible characters removed) may hold the
 * story: false when it holds no gate fragment, i.e. never names the concept
 * that the source article and every article on the event name.
 */
export function textMayMatch(identity: Identity, text: string): boolean {
  return compile(identity).gate.test(text);
}
