import { describe, expect, it } from 'vitest';
import { deriveIdentity } from '../../../../src/engine/match/identity';
import { pageMayMatch, shadowRootsUnder } from '../../../../src/engine/match/may-match';
import { loadPage, setHtml } from '../../../fixtures/pages/load';
import { VALDORIA_HINTS, VALDORIA_SOURCE } from '../../../fixtures/pages/valdoria-story';

const packs = [{ identity: deriveIdentity(VALDORIA_SOURCE, VALDORIA_HINTS) }];
const page = (body: string) => loadPage(`<!doctype html><html><body>${body}</body></html>`);

describe('pageMayMatch', () => {
  it('rules out a page that never names the gate concept', async () => {
    expect(pageMayMatch(await page('<p>Rugby: Port-Vert win 31-17.</p>'), packs)).toBe(false);
    expect(pageMayMatch(await page('<p>x</p>'), [])).toBe(false);
  });

  it('lets through a page naming it in any case or language', async () => {
    expect(pageMayMatch(await page('<p>The RED CROSS counted the displaced.</p>'), packs)).toBe(
      true,
    );
    expect(
      pageMayMatch(await page('<p>Die Helfer des Roten <b>Kreuzes</b> zählten.</p>'), packs),
    ).toBe(true);
  });

  it('looks into open shadow roots and same-origin frames', async () => {
    const doc = await page('<div id="host"></div>');
    setHtml(doc.getElementById('host')!.attachShadow({ mode: 'open' }), '<p>Croix-Rouge</p>');
    expect(pageMayMatch(doc, packs)).toBe(true);
    expect(
      pageMayMatch(await page('<iframe srcdoc="<p>la Croix-Rouge</p>"></iframe>'), packs),
    ).toBe(true);
  });

  it('reads only the shadow roots it is given, when given them', async () => {
    const doc = await page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    setHtml(root, '<p>Croix-Rouge</p>');
    expect(pageMayMatch(doc, packs, { shadowRoots: [] })).toBe(false);
    expect(pageMayMatch(doc, packs, { shadowRoots: [root] })).toBe(true);
  });

  it('skips the shadow roots the caller hides, and lists nested ones', async () => {
    const doc = await page('<div id="card"></div><div id="app"></div>');
    const card = doc.getElementById('card')!;
    setHtml(card.attachShadow({ mode: 'open' }), '<p>Croix-Rouge</p>');
    const app = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    setHtml(app, '<div id="inner"></div>');
    const inner = app.getElementById('inner')!.attachShadow({ mode: 'open' });
    expect(shadowRootsUnder(doc)).toEqual([card.shadowRoot, app, inner]);
    const hideCard = (el: Element) => (el === card ? null : el.shadowRoot);
    expect(pageMayMatch(doc, packs, { shadowRoot: hideCard })).toBe(false);
  });
});
