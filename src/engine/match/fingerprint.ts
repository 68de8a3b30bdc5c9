// Compact fingerprint of an article's wording: hashes of overlapping word
// sequences (shingles), a fixed 1-in-N sample of them kept, so that a page
// reprinting the article shares most of its sampled shingles with it.

import { CHARS_PER_CHECKPOINT, runSteps, type Steps } from '../steps';

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 32;

/** FNV-1a step over the characters of `text`. */
function fnv(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** 30-bit hash of `words` joined by spaces (FNV-1a, then a murmur3 finaliser to spread the low
 *  bits), hashed in place: joining every shingle into a string cost matching a pass of its own. */
function hash30(words: readonly string[], from: number, to: number): number {
  let hash = fnv(FNV_OFFSET, words[from]!);
  for (let k = from + 1; k < to; k++) hash = fnv(Math.imul(hash ^ SPACE, 0x01000193), words[k]!);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 2;
}

/** Shingles hashed between pauses: a few characters a word, as CHARS_PER_CHECKPOINT characters. */
const SHINGLES_PER_CHECKPOINT = CHARS_PER_CHECKPOINT / 8;

/** Distinct hashes of the `size`-word shingles of `tokens` that the sample keeps, with pauses
 *  (yielding `stage`) on a long text. */
export function* shinglesSteps(
  tokens: readonly string[],
  size: number,
  sample: number,
  stage: string,
): Steps<Set<number>> {
  const out = new Set<number>();
  for (let i = 0; i + size <= tokens.length; i++) {
    if (i > 0 && i % SHINGLES_PER_CHECKPOINT === 0) yield stage;
    const hash = hash30(tokens, i, i + size);
    if (hash % sample === 0) out.add(hash);
  }
  return out;
}

/** `shinglesSteps` in one go. */
export function shingles(tokens: readonly string[], size: number, sample: number): Set<number> {
  return runSteps(shinglesSteps(tokens, size, sample, 'shingles'));
}

const WIDTH = 6; // 36^6 > 2^30

export function encodeHashes(hashes: Iterable<number>): string {
  return [...new Set(hashes)]
    .sort((a, b) => a - b)
    .map((h) => h.toString(36).padStart(WIDTH, '0'))
    .join('');
}

export function decodeHashes(encoded: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + WIDTH <= encoded.length; i += WIDTH)
    out.add(parseInt(encoded.slice(i, i + WIDTH), 36));
  return out;
}
