import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import gates from '../../../../src/data/packs/gates.json';
import { gateRegExp } from '../../../../src/engine/match/compiled';
import { gateWords } from '../../../../src/engine/match/gate-words';

const fragments = gates.flatMap((g) => g.identity.gate);

describe('gateWords', () => {
  it('finds a fragment in any case, and nothing else', () => {
    const words = gateWords(fragments);
    expect(words.holds('Report by AMNESTY International')).toBe(true);
    expect(words.holds('Anistia Internacional denunciou')).toBe(true);
    expect(words.holds('Rugby: Port-Vert win 31-17.')).toBe(false);
    expect(words.longest).toBe(Math.max(...fragments.map((f) => f.length)));
  });

  // The background tests the page's text again with the case-insensitive pattern: a
  // page the sentinel let through and the pattern refuses is only read for nothing,
  // but a page the pattern takes and the sentinel refused would never be read.
  it('lets through every text the case-insensitive pattern matches, for the bundled fragments', () => {
    for (const f of fragments) expect(f).toBe(f.toLowerCase());
    // Any character the pattern takes for a fragment's character lower-cases to it.
    for (const c of new Set(fragments.join(''))) {
      const same = new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      for (let code = 0; code <= 0xffff; code++) {
        const x = String.fromCharCode(code);
        if (same.test(x)) expect(x.toLowerCase()).toBe(c);
      }
    }
    const pattern = gateRegExp(fragments);
    const words = gateWords(fragments);
    const letters = [...new Set(fragments.join('') + fragments.join('').toUpperCase())];
    const text = fc
      .array(
        fc.oneof(fc.constantFrom(...letters, ...fragments, 'İ', 'ı', 'ſ', 'K', ' '), fc.string()),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        if (pattern.test(t)) expect(words.holds(t)).toBe(true);
      }),
    );
  });
});
