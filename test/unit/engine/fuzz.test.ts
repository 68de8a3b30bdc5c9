import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/engine/analyze-page';
import { packs } from '../../../src/data/packs/index';
import { findClaims } from '../../../src/engine/claims/find-claims';
import { extractPageText, spanToRange } from '../../../src/engine/extract/page-text';
import { storyRules } from './claims/helpers';

// Property tests: whatever text or markup a page holds, the engine never
// throws, every span lies inside the text, and the same input gives the same
// output. Words are drawn from vocabularies the detectors react to, so the
// generated texts do reach the number, attribution and denial rules.
// Their hundreds of runs are about behaviour, not speed (`npm run bench`
// measures speed): on a loaded machine they outlast the default 5 s budget.
const PROPERTIES = { timeout: 60_000 };

const WORDS = [
  'au moins',
  'at least',
  'plus de',
  'more than',
  'civils',
  'civilians',
  'enfants',
  'children',
  'morts',
  'killed',
  'tués',
  'victimes',
  'people',
  'selon',
  'according to',
  'the group said',
  "l'ONG",
  'Amnesty',
  'Observatory',
  'OSDH',
  'Moscow',
  'la Russie',
  'Russia',
  'denied',
  'rejeté',
  'réfute',
  '« sans fondement »',
  '"nothing new"',
  'frappes',
  'air strikes',
  'Syria',
  'Syrie',
  'des centaines de',
  'hundreds of',
  'une dizaine de',
  'a dozen',
  'deux cents',
  'forty-nine',
  '2 132',
  '2\u202f132',
  '2,132',
  '2.132',
  '250 000',
  '1,4 mil',
  '12',
  '0',
  '999999999999',
  '.',
  ',',
  ';',
  '!',
  '?',
  '«',
  '»',
  '"',
  '\u00ad',
  '\u200b',
  '\u202e',
  '(',
  ')',
  '—',
  '\n',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { maxLength: 120 })
  .map((parts) => parts.join(' '));

describe('findClaims on arbitrary text', PROPERTIES, () => {
  it('never throws, keeps spans inside the text and is deterministic', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('fr', 'en', 'it', 'es', 'pt', 'de', undefined),
        (t, lang) => {
          const regions = [{ start: 0, end: t.length }];
          const claims = findClaims(t, regions, storyRules, lang);
          for (const c of claims) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(t.length);
            expect(c.start).toBeLessThan(c.end);
            expect(t.slice(c.start, c.end)).toBe(c.text);
          }
          expect(findClaims(t, regions, storyRules, lang)).toEqual(claims);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copes with a 100 000-character word and regions outside the text', () => {
    const t = 'x'.repeat(100_000) + ' au moins 200 civils tués';
    expect(() =>
      findClaims(t, [{ start: -5, end: t.length + 50 }], storyRules, 'fr'),
    ).not.toThrow();
  });
});

const INLINE = ['b', 'em', 'strong', 'a', 'span', 'i'];
const BLOCK = ['p', 'div', 'h2', 'li', 'blockquote'];

/** Random markup built with DOM calls (no HTML parsing of page text). */
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => ({ text: t })),
    fc.record({
      tag: fc.constantFrom(...INLINE, ...BLOCK),
      hidden: fc.boolean(),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

type Tree = { text: string } | { tag: string; hidden: boolean; children: Tree[] };

function build(doc: Document, t: Tree): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  const el = doc.createElement(t.tag);
  if (t.hidden) el.setAttribute('hidden', '');
  t.children.forEach((c) => el.appendChild(build(doc, c)));
  return el;
}

describe('extraction on arbitrary markup', PROPERTIES, () => {
  it('maps every span of the text back to a DOM range with the same characters', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        document.body.replaceChildren(...children.map((c) => build(document, c as Tree)));
        const pt = extractPageText(document);
        expect(extractPageText(document).text).toBe(pt.text);
        for (const block of pt.blocks) {
          const expected = pt.text.slice(block.start, block.end);
          const range = spanToRange(pt, block.start, block.end, document);
          if (!expected.trim()) continue;
          expect(range).not.toBeNull();
          // The range starts and ends on the span's first and last characters and holds all of
          // them in order; hidden text and dropped invisible characters may lie in between.
          const covered = range!.toString().replace(/\s+/g, '');
          const wanted = expected.replace(/\s+/g, '');
          expect(covered[0]).toBe(wanted[0]);
          expect(covered.at(-1)).toBe(wanted.at(-1));
          expect(isSubsequence(wanted, covered)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('analyses any document without throwing', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (children) => {
        document.body.replaceChildren(...children.map((c) => build(document, c as Tree)));
        const analysis = analyzeDocument(document, { packs });
        for (const c of analysis.claims) expect(c.end).toBeGreaterThan(c.start);
      }),
      { numRuns: 100 },
    );
  });
});
