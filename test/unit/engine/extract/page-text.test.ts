import { describe, expect, it, vi } from 'vitest';
import {
  extractPageText,
  extractSteps,
  spanToRange,
  type PageText,
} from '../../../../src/engine/extract/page-text';
import { loadFixture, loadPage, setHtml } from '../../../fixtures/pages/load';

const page = (body: string, head = '') =>
  loadPage(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

async function textOf(body: string, head = ''): Promise<string> {
  return extractPageText(await page(body, head)).text;
}

describe('extractPageText: visible text', () => {
  it('joins inline elements without adding spaces, and keeps the spaces that are there', async () => {
    expect(await textOf('<p><strong>2</strong> 132 displaced, <b>4</b>5 boats</p>')).toBe(
      '2 132 displaced, 45 boats',
    );
    expect(await textOf('<p>the <a href="/x">river <em>Ostra</em></a>rose</p>')).toBe(
      'the river Ostrarose',
    );
  });

  it('collapses source whitespace and trims it at block edges', async () => {
    expect(await textOf('<p>\n   the   water\n\trose  </p>')).toBe('the water rose');
  });

  it('separates blocks by a blank line and <br> by a line break', async () => {
    expect(
      await textOf(
        '<h1>Title</h1><p>one<br>two</p><ul><li>first</li><li>second</li></ul><div>end</div>',
      ),
    ).toBe('Title\n\none\ntwo\n\nfirst\n\nsecond\n\nend');
    expect(await textOf('<td>a<br><br>b</td>'.replace(/td/g, 'div'))).toBe('a\n\nb');
  });

  it('reads non-breaking, narrow and thin spaces as plain spaces', async () => {
    expect(await textOf('<p>2\u202f132 people,\u00a0«\u202fsafe\u202f» at\u2009noon</p>')).toBe(
      '2 132 people, « safe » at noon',
    );
  });

  it('drops soft hyphens and zero-width characters', async () => {
    expect(await textOf('<p>inun\u00addation\u200b zone\u2060s \ufeffok</p>')).toBe(
      'inundation zones ok',
    );
  });

  it('keeps curly and straight quotes as they are', async () => {
    expect(await textOf('<p>“safe” and "safe", l’eau and l\'eau</p>')).toBe(
      '“safe” and "safe", l’eau and l\'eau',
    );
  });

  it('skips scripts, styles, templates, form fields and editable areas', async () => {
    const text = await textOf(
      '<p>kept</p><script>var x = "script";</script><style>p{}</style><noscript>noscript</noscript>' +
        '<template><p>template</p></template><input value="input"><textarea>textarea</textarea>' +
        '<select><option>option</option></select><button>button</button>' +
        '<div contenteditable="true">editable</div><div contenteditable="false">fixed</div>',
    );
    expect(text).toBe('kept\n\nfixed');
  });

  it('skips elements hidden by the hidden attribute or an inline style, and closed details', async () => {
    const text = await textOf(
      '<p>a<span hidden>hidden</span>b</p><div style="display: none">none</div>' +
        '<div style="color:red; visibility:hidden;">invisible</div>' +
        '<details><summary>summary</summary><p>folded</p></details>' +
        '<details open><summary>open</summary><p>shown</p></details><dialog>closed dialog</dialog>',
    );
    expect(text).toBe('ab\n\nsummary\n\nopen\n\nshown');
  });

  it('keeps aria-hidden and inert content, which modals set on the visible page', async () => {
    expect(
      await textOf('<div aria-hidden="true"><p>behind the modal</p></div><div inert>inert</div>'),
    ).toBe('behind the modal\n\ninert');
  });

  it('reads open shadow roots, with light children where their slots project them', async () => {
    const doc = await page('<p>before</p><x-story><b>slotted</b></x-story><p>after</p>');
    const host = doc.querySelector('x-story')!;
    setHtml(
      host.attachShadow({ mode: 'open' }),
      '<h2>Shadow title</h2><p>lead <slot></slot> end</p>',
    );
    expect(extractPageText(doc).text).toBe('before\n\nShadow title\n\nlead slotted end\n\nafter');
  });

  it('reads a closed shadow root when the caller can open it', async () => {
    const doc = await page('<div id="host"></div>');
    const host = doc.getElementById('host')!;
    const closed = host.attachShadow({ mode: 'closed' });
    setHtml(closed, '<p>closed content</p>');
    expect(extractPageText(doc).text).toBe('');
    expect(extractPageText(doc, { shadowRoot: (el) => (el === host ? closed : null) }).text).toBe(
      'closed content',
    );
  });

  it('reads same-origin frames', async () => {
    const doc = await page('<p>outside</p><iframe srcdoc="<p>inside the frame</p>"></iframe>');
    const pt = extractPageText(doc);
    expect(pt.text).toBe('outside\n\ninside the frame');
    expect(pt.frames.size).toBe(1);
  });

  it('reads the language and the declared publication date', async () => {
    const doc = await page(
      '<p>x</p>',
      '<meta property="article:published_time" content="2024-03-02T08:00:00Z">',
    );
    const pt = extractPageText(doc);
    expect(pt.lang).toBe('en');
    expect(pt.published).toBe('2024-03-02T08:00:00Z');
    const ld = await page(
      '<p>x</p><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-01-05"}</script>',
    );
    expect(extractPageText(ld).published).toBe('2023-01-05');
    expect(extractPageText(await page('<p>x</p>')).published).toBeNull();
  });

  it('maps source-formatted text back to its node, word runs and single gap spaces', async () => {
    const doc = await page('<p>\n    the  dam\n    broke\u00a0twice </p>');
    const pt = extractPageText(doc);
    expect(pt.text).toBe('the dam broke twice');
    const node = doc.querySelector('p')!.firstChild;
    expect(pt.runs.every((run) => run.node === node && run.map === null)).toBe(true);
    expect(pt.runs.map((run) => [run.start, run.length, run.offset])).toEqual([
      [0, 3, 5],
      [3, 1, 8],
      [4, 3, 10],
      [7, 1, 13],
      [8, 5, 18],
      [13, 1, 23],
      [14, 5, 24],
    ]);
  });

  it('finds the runs of a node without going through it character by character', async () => {
    // The walk runs cold on most pages: a per-character loop there cost more than its DOM reads.
    const doc = await page(
      `<div>\n  <p>\n    ${'the river rose  again\n    '.repeat(20)}</p>\n</div>`,
    );
    const charCodeAt = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      expect(extractPageText(doc).text).toBe(Array(20).fill('the river rose again').join(' '));
      expect(charCodeAt).not.toHaveBeenCalled();
    } finally {
      charCodeAt.mockRestore();
    }
  });
});

describe('extractPageText: blocks', () => {
  it('records each block with its element, heading level, link characters and furniture', async () => {
    const pt = extractPageText(
      await page(
        '<nav><a href="/">Home</a></nav><article><h1>Title</h1><p>Some <a href="/x">linked</a> text</p></article>',
      ),
    );
    const [nav, title, para] = pt.blocks;
    expect(pt.text.slice(nav!.start, nav!.end)).toBe('Home');
    expect(nav!.furniture.map((f) => f.localName)).toEqual(['nav']);
    expect(title!.heading).toBe(1);
    expect(title!.furniture).toEqual([]);
    expect(pt.text.slice(para!.start, para!.end)).toBe('Some linked text');
    expect(para!.linkChars).toBe('linked'.length);
    expect(para!.el.localName).toBe('p');
  });

  it('flags furniture named in class and id words of several languages', async () => {
    const pt = extractPageText(
      await page(
        '<div class="mas-leidos"><p>a</p></div><div class="leggi-anche"><p>b</p></div>' +
          '<div id="kommentare"><p>c</p></div><div class="newsletterSignup"><p>d</p></div>' +
          '<div class="commentary"><p>opinion</p></div><div class="lead"><p>lead</p></div>',
      ),
    );
    const flagged = pt.blocks
      .filter((b) => b.furniture.length > 0)
      .map((b) => pt.text.slice(b.start, b.end));
    expect(flagged).toEqual(['a', 'b', 'c', 'd']);
  });

  it('treats an article’s own header as content and the page header as furniture', async () => {
    const pt = extractPageText(
      await page(
        '<header>Site</header><article><header><h1>Headline</h1></header><p>Body</p></article>',
      ),
    );
    expect(pt.blocks.map((b) => b.furniture.length)).toEqual([1, 0, 0]);
  });
});

describe('spanToRange', () => {
  function check(pt: PageText, doc: Document, needle: string, expected = needle): void {
    const start = pt.text.indexOf(needle);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = spanToRange(pt, start, start + needle.length, doc);
    expect(range).not.toBeNull();
    const visible = range!
      .toString()
      .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\s+/g, ' ');
    expect(visible).toBe(expected);
  }

  it('maps spans across inline elements, collapsed spaces and dropped characters', async () => {
    const doc = await page(
      '<p><strong>2</strong> 132 people   were\n moved</p><p>inun\u00addation\u200b zone and 2\u202f132</p>',
    );
    const pt = extractPageText(doc);
    check(pt, doc, '2 132 people');
    check(pt, doc, 'people were moved');
    check(pt, doc, 'inundation zone');
    check(pt, doc, 'undat');
    check(pt, doc, 'and 2 132', 'and 2 132');
  });

  it('maps every word of a realistic page back to its own text', async () => {
    const doc = await loadFixture('portal.html');
    const pt = extractPageText(doc);
    for (const m of pt.text.matchAll(/\S+/g)) {
      const range = spanToRange(pt, m.index, m.index + m[0].length, doc);
      expect(range?.toString()).toBe(m[0]);
    }
  });

  it('moves span ends inwards past separators and returns null for empty spans', async () => {
    const doc = await page('<p>one</p><p>two</p>');
    const pt = extractPageText(doc);
    expect(pt.text).toBe('one\n\ntwo');
    expect(spanToRange(pt, 2, 6, doc)?.toString()).toBe('et');
    expect(spanToRange(pt, 3, 5, doc)).toBeNull();
    expect(spanToRange(pt, 4, 4, doc)).toBeNull();
  });

  it('returns null for a span that crosses into a shadow root', async () => {
    const doc = await page('<p>light</p><div id="h"></div>');
    setHtml(doc.getElementById('h')!.attachShadow({ mode: 'open' }), '<p>shadow</p>');
    const pt = extractPageText(doc);
    expect(spanToRange(pt, 0, pt.text.length, doc)).toBeNull();
    const s = pt.text.indexOf('shadow');
    expect(spanToRange(pt, s, s + 6, doc)?.toString()).toBe('shadow');
  });
});

describe('extractSteps: hostile sizes', () => {
  it('reads a chain nested 1500 deep up to a depth no article needs (the browser e2e goes deeper)', async () => {
    const doc = await page('<div id="top">shallow text</div>');
    let at = doc.getElementById('top')!;
    for (let k = 0; k < 1500; k++) {
      const next = doc.createElement('div');
      if (k === 500) next.append('middle text');
      if (k === 1499) next.append('bottom text');
      at.append(next);
      at = next;
    }
    const text = extractPageText(doc).text;
    expect(text).toContain('shallow text');
    expect(text).toContain('middle text');
    expect(text).not.toContain('bottom text');
  });

  it('may pause on a large page, and reads the same text as in one go', async () => {
    const body = Array.from({ length: 2000 }, (_, k) => `<p>Paragraphe <b>${k}</b>.</p>`).join('');
    const doc = await page(body);
    const steps = extractSteps(doc);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(r.value.text).toBe(extractPageText(doc).text);
    expect(r.value.blocks).toHaveLength(2000);
  });

  it('reads a parent of 5000 children a few hundred nodes per step, not all in one', async () => {
    const items = Array.from({ length: 5000 }, (_, k) => `<li>Commentaire ${k}</li>`).join('');
    const doc = await page(`<ol>${items}</ol>`);
    // Every node read costs the content script a wrapper: count the sibling reads per step.
    let reads = 0;
    const counted = ['nextSibling', 'previousSibling'] as const;
    const originals = counted.map((name) => {
      const owner = [Node.prototype, Object.getPrototypeOf(Node.prototype) as object].find((o) =>
        Object.getOwnPropertyDescriptor(o, name),
      )!;
      const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
      Object.defineProperty(owner, name, {
        ...descriptor,
        get(this: Node) {
          reads++;
          return descriptor.get!.call(this) as unknown;
        },
      });
      return [owner, name, descriptor] as const;
    });
    let most = 0;
    try {
      const steps = extractSteps(doc);
      for (let r = steps.next(); !r.done; r = steps.next()) {
        most = Math.max(most, reads);
        reads = 0;
      }
    } finally {
      for (const [owner, name, descriptor] of originals)
        Object.defineProperty(owner, name, descriptor);
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(512);
  });

  it('looks for the publication date among thousands of <time> a few hundred per step', async () => {
    // A live blog's <time> elements, all read for a date in one step, took 10 ms on the 5 MB page.
    const entries = Array.from(
      { length: 1500 },
      (_, k) => `<div><time datetime="2015-12-23">${k}</time> Mise à jour.</div>`,
    ).join('');
    const doc = await page(
      `<article><time datetime="2015-12-23T09:00:00Z">23/12</time></article>${entries}`,
    );
    let reads = 0;
    const original = Element.prototype.hasAttribute;
    Element.prototype.hasAttribute = function (this: Element, name: string) {
      if (name === 'pubdate') reads++;
      return original.call(this, name);
    };
    let most = 0;
    let published: string | null = null;
    try {
      const steps = extractSteps(doc);
      let r = steps.next();
      for (; !r.done; r = steps.next()) {
        most = Math.max(most, reads);
        reads = 0;
      }
      published = r.value.published;
    } finally {
      Element.prototype.hasAttribute = original;
    }
    expect(published).toBe('2015-12-23T09:00:00Z');
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(512);
  }, 30_000);
});
