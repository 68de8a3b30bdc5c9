import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeSteps } from '../../../src/engine/analyze-page';
import type { Steps } from '../../../src/engine/steps';
import { packs } from '../../../src/data/packs/index';
import { loadPage } from '../../fixtures/pages/load';

// The demo page carries the first story's source article (bundled pack).
const demo = readFileSync(resolve(import.meta.dirname, '../../../demo/article.html'), 'utf8');

/** The stages an analysis went through, in order, each named once per run of yields. */
function stagesOf(steps: Steps<unknown>): string[] {
  const seen: string[] = [];
  for (let r = steps.next(); !r.done; r = steps.next())
    if (typeof r.value === 'string' && seen.at(-1) !== r.value) seen.push(r.value);
  return seen;
}

describe('analyzeSteps', () => {
  it('goes through gate, extraction, matching and claims on a matching page', async () => {
    const doc = await loadPage(demo);
    expect(stagesOf(analyzeSteps(doc, { packs }))).toEqual(['gate', 'extract', 'match', 'claims']);
    const analysis = analyzeDocument(doc, { packs });
    expect(analysis.match.verdict).toBe('copy');
    expect(analysis.claims.length).toBeGreaterThan(5);
    expect(Object.keys(analysis.stagesMs).sort()).toEqual(['claims', 'extract', 'gate', 'match']);
  });

  it('skips the gate when its caller has just run it', async () => {
    const doc = await loadPage(demo);
    expect(stagesOf(analyzeSteps(doc, { packs, gate: false }))[0]).toBe('extract');
  });

  it('stops at the gate on a page that cannot hold a story', async () => {
    const doc = await loadPage('<p>Le club a gagné 3 à 1 devant 12 000 spectateurs.</p>');
    expect(stagesOf(analyzeSteps(doc, { packs }))).toEqual(['gate']);
    expect(analyzeDocument(doc, { packs }).text).toBeNull();
  });

  it('reuses the last match and claims while the text is unchanged, and redoes them when it changes', async () => {
    const doc = await loadPage(demo);
    const first = analyzeDocument(doc, { packs });
    // The page changes something that is not text (an attribute): same text, nothing redone.
    doc.body.setAttribute('data-ad-slot', 'refreshed');
    const again = analyzeSteps(doc, { packs, previous: first });
    expect(stagesOf(again)).toEqual(['gate', 'extract']);
    const reused = analyzeDocument(doc, { packs, previous: first });
    expect(reused.claims).toBe(first.claims);
    expect(reused.toRange(first.claims[0]!)?.toString()).toBe(first.claims[0]!.text);

    doc.querySelector('article p')!.append(' Une phrase de plus.');
    const changed = analyzeDocument(doc, { packs, previous: first });
    expect(changed.claims).not.toBe(first.claims);
    expect(Object.keys(changed.stagesMs)).toContain('claims');
  });

  it('maps no range, and never throws, for a claim whose text the page has since cut', async () => {
    const doc = await loadPage(demo);
    const analysis = analyzeDocument(doc, { packs });
    const claim = analysis.claims.at(-1)!;
    const range = analysis.toRange(claim)!;
    // The page shortens the text node under the claim between two slices of work.
    (range.endContainer as Text).data = '';
    expect(() => analysis.toRange(claim)).not.toThrow();
    expect(analysis.toRange(claim)).toBeNull();
  });
});
