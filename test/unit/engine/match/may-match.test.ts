import { describe, expect, it } from 'vitest';
import { deriveIdentity } from '../../../../src/engine/match/identity';
import { mayMatchSteps, pageMayMatch } from '../../../../src/engine/match/may-match';
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

  it('may pause between the shadow roots it reads, and still finds the last one', async () => {
    const doc = await page('<div id="hosts"></div>');
    const hosts = doc.getElementById('hosts')!;
    for (let k = 0; k < 3000; k++) {
      const host = doc.createElement('div');
      hosts.append(host);
      setHtml(host.attachShadow({ mode: 'open' }), k === 2999 ? 'la Croix-Rouge' : `mot ${k}`);
    }
    const steps = mayMatchSteps(doc, packs);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value).toBe(true);
    expect(pauses).toBeGreaterThan(2);
  });

  it('tells of the shadow roots it finds, nested ones included, and skips the ones the caller hides', async () => {
    const doc = await page('<div id="card"></div><div id="app"></div>');
    const card = doc.getElementById('card')!;
    setHtml(card.attachShadow({ mode: 'open' }), '<p>Croix-Rouge</p>');
    const app = doc.getElementById('app')!.attachShadow({ mode: 'open' });
    setHtml(app, '<div id="inner"></div>');
    const inner = app.getElementById('inner')!.attachShadow({ mode: 'open' });
    const hideCard = (el: Element) => (el === card ? null : el.shadowRoot);
    const found: ShadowRoot[] = [];
    expect(
      pageMayMatch(doc, packs, { shadowRoot: hideCard, onShadowRoot: (r) => found.push(r) }),
    ).toBe(false);
    expect(found).toEqual([app, inner]);
    setHtml(inner, '<p>Croix-Rouge</p>');
    expect(pageMayMatch(doc, packs, { shadowRoot: hideCard })).toBe(true);
  });
});

describe('pageMayMatch on huge pages', () => {
  // Huge pages are read in runs of subtrees; here of 100 elements at most (sections of 40).
  const options = { readElements: 100 };
  const section = (words = '') =>
    `<section>${words}${'<span>local news</span> '.repeat(39)}</section>`;
  const sections = (parts: string[]) => page(`<main><div>${parts.join('')}</div></main>`);

  it('reads a huge page in runs of subtrees, pausing between them', async () => {
    const parts = Array.from({ length: 30 }, () => section());
    parts[23] = section('<p>la Croix-Rouge</p>');
    const steps = mayMatchSteps(await sections(parts), packs, options);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value).toBe(true);
    expect(pauses).toBeGreaterThan(10);
    parts[23] = section('<p>rugby</p>');
    expect(pageMayMatch(await sections(parts), packs, options)).toBe(false);
  });

  it('finds a fragment split across two reads, and only in document order', async () => {
    // Runs of two sections: 0-1, 2-3, 4-5… The word straddles sections 3 and 4.
    const parts = Array.from({ length: 30 }, () => section());
    parts[3] = `<section>${'<span>local news</span> '.repeat(39)}<b>Kreu</b></section>`;
    parts[4] = section('<i>zes</i>');
    expect(pageMayMatch(await sections(parts), packs, options)).toBe(true);
    parts[4] = section('<i>z</i>');
    parts[9] = section('<i>zes</i>');
    expect(pageMayMatch(await sections(parts), packs, options)).toBe(false);
    expect(pageMayMatch(await sections(parts), packs)).toBe(false);
  });
});
