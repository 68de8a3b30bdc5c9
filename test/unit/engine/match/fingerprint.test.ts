import { describe, expect, it } from 'vitest';
import { shingles, shinglesSteps } from '../../../../src/engine/match/fingerprint';

/** The fingerprint's hash as the packs store it: FNV-1a over the shingle's words joined by
 *  spaces, then a murmur3 finaliser, 30 bits. */
function hashOfText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 2;
}

describe('shingles', () => {
  it('hash each run of words as the text of those words joined by spaces', () => {
    const words = ['amnesty', 'accuse', 'moscou', 'de', 'frappes', 'ayant', 'tué', '200', 'civils'];
    const expected = new Set<number>();
    for (let i = 0; i + 4 <= words.length; i++)
      expected.add(hashOfText(words.slice(i, i + 4).join(' ')));
    expect(shingles(words, 4, 1)).toEqual(expected);
    expect(shingles(words, 4, 3)).toEqual(new Set([...expected].filter((h) => h % 3 === 0)));
  });
});

describe('shinglesSteps', () => {
  it('hashes a long text’s shingles with pauses, and finds the same ones', () => {
    // Hashing the shingles of a long text in one step took more than a frame.
    const words = Array.from({ length: 50_000 }, (_, k) => `mot${k % 997}`);
    const steps = shinglesSteps(words, 4, 2, 'match');
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    expect(r.value).toEqual(shingles(words, 4, 2));
    expect(r.value.size).toBeGreaterThan(400);
  });
});
