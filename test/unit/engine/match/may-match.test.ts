import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('reads a parent of many text nodes in runs too, not all of them in one step', async () => {
    // 4000 text nodes (split by comments) and 300 elements under one parent: its elements
    // alone make three runs, and the text nodes all went into the first.
    const body = `<main><div>${'news <!-- -->'.repeat(4000)}${'<b>x</b>'.repeat(300)}Kreuzes</div></main>`;
    const steps = mayMatchSteps(await page(body), packs, options);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value).toBe(true);
    expect(pauses).toBeGreaterThan(8000 / options.readElements);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
  /** Records the tags `getElementsByTagName` is asked for, and on which element. */
  const spyTags = (doc: Document) => {
    const proto = (doc.defaultView as unknown as typeof globalThis).Element.prototype;
    const own = proto.getElementsByTagName;
    const asked: { el: Element; tag: string }[] = [];
    vi.spyOn(proto, 'getElementsByTagName').mockImplementation(function (
      this: Element,
      tag: string,
    ) {
      asked.push({ el: this, tag });
      return own.call(this, tag);
    });
    return asked;
  };

  it('searches no subtree for frames when the page has none (window.length)', async () => {
    const doc = await sections(Array.from({ length: 30 }, () => section()));
    const asked = spyTags(doc);
    // happy-dom's window has no length: every subtree read is searched, as before.
    expect(pageMayMatch(doc, packs, options)).toBe(false);
    expect(asked.filter((a) => a.tag === 'iframe').length).toBeGreaterThan(10);
    asked.length = 0;
    Object.defineProperty(doc.defaultView, 'length', { value: 0 });
    expect(pageMayMatch(doc, packs, options)).toBe(false);
    expect(asked.filter((a) => a.tag === 'iframe')).toEqual([]);

    const parts = Array.from({ length: 30 }, () => section());
    parts[12] = `<section><iframe srcdoc="<p>la Croix-Rouge</p>"></iframe></section>`;
    const framed = await sections(parts);
    Object.defineProperty(framed.defaultView, 'length', { value: 1 });
    expect(pageMayMatch(framed, packs, options)).toBe(true);
  });

  it('sizes a subtree once for the text and the shadow hosts', async () => {
    const doc = await sections(Array.from({ length: 30 }, () => section()));
    // The shadow-host pass's XPath query (happy-dom has no XPath): no custom element here.
    const none = { snapshotLength: 0, snapshotItem: () => null };
    Object.assign(doc, { createExpression: () => ({ evaluate: () => none }) });
    const asked = spyTags(doc);
    expect(pageMayMatch(doc, packs, options)).toBe(false);
    const counted = asked.filter((a) => a.tag === '*' && a.el.localName === 'section');
    expect(counted.length).toBe(30);
    expect(new Set(counted.map((a) => a.el)).size).toBe(30);
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

describe('pageMayMatch on small pages', () => {
  /** The two XPath queries the check asks of a small page (happy-dom has no XPath). */
  const withXPath = (doc: Document) => {
    const html = doc.documentElement;
    const evaluate = (expr: string, scope: Document | Element) => {
      const root = scope.nodeType === 9 ? html : (scope as Element);
      if (expr === 'string(.)') return { stringValue: root.textContent };
      expect(expr).toBe(`descendant-or-self::*[contains(local-name(), '-')]`);
      const found = [root, ...root.querySelectorAll('*')].filter((e) => e.localName.includes('-'));
      return { snapshotLength: found.length, snapshotItem: (i: number) => found[i] ?? null };
    };
    Object.assign(doc, { evaluate });
    return doc;
  };
  const steps = (doc: Document) => {
    const run = mayMatchSteps(doc, packs);
    let count = 0;
    let r = run.next();
    for (; !r.done; r = run.next()) count++;
    return { answer: r.value, steps: count };
  };

  it('answers a page without frames or shadow roots in one step', async () => {
    const none = withXPath(await page('<my-widget></my-widget><div></div><p>Rugby.</p>'));
    expect(steps(none)).toEqual({ answer: false, steps: 1 });
    const named = withXPath(await page('<p>The RED CROSS counted.</p>'));
    expect(steps(named)).toEqual({ answer: true, steps: 1 });
  });

  // A content script's world makes the prototypes of Node, Element and HTMLElement on
  // its first element object: 0.15-0.35 ms, as much as the rest of the check.
  it('answers a small document through the document alone, without its root element', async () => {
    // The document as the check sees it (happy-dom's own methods still use its root).
    const noRoot = (doc: Document) =>
      new Proxy(doc, {
        get(target, key) {
          if (key === 'documentElement') expect.fail('the check read <html>');
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const none = noRoot(withXPath(await page('<div></div><p>Rugby.</p>')));
    expect(steps(none)).toEqual({ answer: false, steps: 1 });
    const named = noRoot(withXPath(await page('<p>The RED CROSS counted.</p>')));
    expect(steps(named)).toEqual({ answer: true, steps: 1 });
  });

  it('lets every page through when a pack has an empty word, and none when no pack has words', async () => {
    const doc = withXPath(await page('<div></div><p>Rugby.</p>'));
    expect(pageMayMatch(doc, [{ identity: { gate: ['cricket', ''] } }])).toBe(true);
    expect(pageMayMatch(doc, [{ identity: { gate: [] } }])).toBe(false);
    expect(pageMayMatch(doc, [])).toBe(false);
  });

  it('reads the shadow roots and frames of a small page as any other page', async () => {
    const custom = withXPath(await page('<my-widget></my-widget><p>Rugby.</p>'));
    const widget = custom.querySelector('my-widget')!.attachShadow({ mode: 'open' });
    setHtml(widget, '<p>la Croix-Rouge</p>');
    const found: ShadowRoot[] = [];
    expect(pageMayMatch(custom, packs, { onShadowRoot: (r) => found.push(r) })).toBe(true);
    expect(found).toEqual([widget]);

    const empty = withXPath(await page('<div id="host"></div>'));
    setHtml(empty.getElementById('host')!.attachShadow({ mode: 'open' }), 'Croix-Rouge');
    expect(pageMayMatch(empty, packs)).toBe(true);

    const framed = withXPath(await page('<iframe srcdoc="<p>la Croix-Rouge</p>"></iframe>'));
    expect(pageMayMatch(framed, packs)).toBe(true);
  });
});
