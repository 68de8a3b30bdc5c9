import { describe, expect, it, vi } from 'vitest';
import {
  blocksToSpans,
  findArticleRegions,
  findArticleRegionsSteps,
  visibleBlocks,
  type ArticleRegion,
} from '../../../../src/engine/extract/article-region';
import { extractPageText, type PageText } from '../../../../src/engine/extract/page-text';
import { loadFixture, loadPage, setHtml } from '../../../fixtures/pages/load';

function textOf(pt: PageText, blocks: readonly number[]): string {
  return blocksToSpans(pt, blocks)
    .map((s) => pt.text.slice(s.start, s.end))
    .join(' | ');
}

async function mainRegion(
  doc: Document,
): Promise<{ pt: PageText; region: ArticleRegion; text: string }> {
  const pt = extractPageText(doc);
  const region = findArticleRegions(pt)[0]!;
  return { pt, region, text: textOf(pt, region.blocks) };
}

const para = (words: string) =>
  `<p>${words} The river crossed the road in the night, and the pumps of the valley ran until dawn.</p>`;

describe('findArticleRegions', () => {
  it('keeps a portal article’s headline, lead and body, and none of the furniture', async () => {
    const { text } = await mainRegion(await loadFixture('portal.html'));
    expect(text).toContain('Crues en Valdorie : la Croix-Rouge compte 2 132 sinistrés');
    expect(text).toContain('chassé de chez eux 2 132 habitants');
    expect(text).toContain('« les digues ont tenu »');
    expect(text).toContain('Des secours débordés');
    expect(text).toContain('hélitreuillé plusieurs familles');
    for (const furniture of [
      'cookies', // consent banner
      'Le Courrier Fictif', // site header
      'Monde', // navigation
      'Publicité', // ad slot
      'Séisme', // "read also" box
      'Crues |', // tag links
      'Les plus lus', // rail
      '500 autres', // comments
      'abonnés', // footer
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('tells which of its blocks a stylesheet hides', async () => {
    const { pt, region, text } = await mainRegion(await loadFixture('portal.html'));
    expect(text).toContain('Version mobile');
    const visible = textOf(pt, visibleBlocks(pt, region.blocks, region.root));
    expect(visible).not.toContain('Version mobile');
    expect(visible).toContain('Des secours débordés');
  });

  it('drops blocks whose computed visibility is hidden, but not visible children of hidden parents', async () => {
    const doc = await loadPage(
      '<!doctype html><html><head><style>.ghost{visibility:hidden}.back{visibility:visible}' +
        '.gone{display:none}</style></head><body><article>' +
        para('First.') +
        para('Second.') +
        `<p class="ghost">Invisible lead. ${para('Third.')}</p>` +
        `<div class="ghost">${para('Shown again.').replace('<p>', '<p class="back">')}</div>` +
        `<div class="gone"><div>${para('Undisplayed.')}</div></div>` +
        para('Last.') +
        '</article></body></html>',
    );
    const { pt, region, text } = await mainRegion(doc);
    expect(text).toContain('Invisible lead');
    const visible = textOf(pt, visibleBlocks(pt, region.blocks, region.root));
    expect(visible).toContain('First.');
    expect(visible).toContain('Shown again.');
    expect(visible).toContain('Last.');
    expect(visible).not.toContain('Invisible lead');
    expect(visible).not.toContain('Undisplayed.');
  });

  it('asks for the computed style of each element once, for its display and visibility alike', async () => {
    // Two blocks in one <p> (a line break), a hidden block in a <div>: elements met twice.
    const doc = await loadPage(
      '<!doctype html><html><head><style>.ghost{visibility:hidden}</style></head><body><article>' +
        para('First.') +
        para('Broken<br>line.') +
        `<div class="ghost">${para('Hidden.')}</div>` +
        para('Last.') +
        '</article></body></html>',
    );
    const { pt, region } = await mainRegion(doc);
    const asked = vi.spyOn(doc.defaultView!, 'getComputedStyle');
    try {
      const visible = textOf(pt, visibleBlocks(pt, region.blocks, region.root));
      expect(visible).toContain('First.');
      expect(visible).not.toContain('Hidden.');
      const perElement = new Map<Element, number>();
      for (const [el] of asked.mock.calls) perElement.set(el, (perElement.get(el) ?? 0) + 1);
      expect(perElement.size).toBeGreaterThan(2);
      expect(Math.max(...perElement.values())).toBe(1);
    } finally {
      asked.mockRestore();
    }
  });

  it("reads each element's parent once, however many blocks lie under it", async () => {
    // Paragraphs deep in one container: each block's chain climbs through the same ancestors.
    const paras = Array.from({ length: 12 }, (_, k) => para(`Part ${k}.`)).join('');
    const doc = await loadPage(
      '<!doctype html><html><body><div class="page"><main><div class="wrap"><section><article>' +
        `<h1>The valley's pumps</h1>${paras}` +
        '</article></section></div></main></div></body></html>',
    );
    const pt = extractPageText(doc);
    const nodeProto = doc.defaultView!.Node.prototype;
    const parentRead = vi.spyOn(nodeProto, 'parentNode', 'get');
    try {
      const regions = findArticleRegions(pt);
      expect(regions[0]!.blocks.length).toBe(13);
      const perNode = new Map<unknown, number>();
      for (const node of parentRead.mock.contexts) perNode.set(node, (perNode.get(node) ?? 0) + 1);
      expect(perNode.size).toBeGreaterThan(5);
      expect(Math.max(...perNode.values())).toBe(1);
    } finally {
      parentRead.mockRestore();
    }
  });

  it('leaves the furniture between paragraphs out of the spans', async () => {
    const doc = await loadFixture('portal.html');
    const { pt, region } = await mainRegion(doc);
    const spans = blocksToSpans(pt, region.blocks);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(pt.text.slice(s.start, s.end)).not.toContain('Lire aussi');
  });

  it('finds the article cell of a table layout, not the rail cell before it', async () => {
    const { text } = await mainRegion(await loadFixture('legacy.html'));
    expect(text).toContain('Valdorie : l’Ostra sort de son lit');
    expect(text).toContain('300 personnes ont passé la nuit');
    expect(text).not.toContain('Tempête');
    expect(text).not.toContain('Budget');
  });

  it('splits a page that stacks stories into its stories', async () => {
    const { pt, region } = await mainRegion(await loadFixture('aggregator.html'));
    expect(region.stories).toHaveLength(3);
    expect(textOf(pt, region.stories[1]!)).toMatch(/^Crues en Valdorie/);
    expect(textOf(pt, region.stories[0]!)).toMatch(/^Rugby/);
  });

  it('does not split an article whose only sections are paragraphs', async () => {
    const { region } = await mainRegion(await loadFixture('portal.html'));
    expect(region.stories).toEqual([]);
  });

  it('keeps both halves of an article body split by an ad', async () => {
    const doc = await loadPage(
      '<div class="page"><div class="col">' +
        `<h1>Valdoria floods</h1><div class="body">${para('First.')}${para('Second.')}</div>` +
        '<div class="ad-wrapper"><span>Advertisement</span></div>' +
        `<div class="body">${para('Third.')}${para('Fourth.')}</div>` +
        '</div><div class="rail"><ul><li><a href="/1">Storm: 12 dead</a></li></ul></div></div>',
    );
    const { text } = await mainRegion(doc);
    for (const w of ['Valdoria floods', 'First.', 'Second.', 'Third.', 'Fourth.'])
      expect(text).toContain(w);
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Storm');
  });

  it('keeps the article when a furniture word names the wrapper of the whole page', async () => {
    const doc = await loadPage(
      `<div class="layout has-sidebar"><h1>Valdoria floods</h1>${para('First.')}${para('Second.')}</div>`,
    );
    const { text } = await mainRegion(doc);
    expect(text).toContain('First.');
    expect(text).toContain('Second.');
  });

  it('leaves out lists of links inside the article', async () => {
    const doc = await loadPage(
      `<article><h1>Valdoria floods</h1>${para('First.')}` +
        '<ul><li><a href="/a">Storm on the coast: 12 dead</a></li><li><a href="/b">Budget vote delayed</a></li></ul>' +
        `${para('Second.')}</article>`,
    );
    const { text } = await mainRegion(doc);
    expect(text).toContain('Second.');
    expect(text).not.toContain('12 dead');
  });

  it('adds a headline that sits above the article container', async () => {
    const doc = await loadPage(
      '<div class="hero"><h1>Valdoria floods: the river crosses the road</h1></div>' +
        `<div class="container"><div class="text">${para('First.')}${para('Second.')}</div></div>`,
    );
    const { region, text } = await mainRegion(doc);
    expect(region.root.className).toBe('container');
    expect(text).toMatch(/^Valdoria floods: the river crosses the road\n\nFirst\./);
  });

  it('reads an article built in a shadow root', async () => {
    const doc = await loadPage(
      '<header><nav><a href="/">Home</a></nav></header><main><x-app></x-app></main>',
    );
    setHtml(
      doc.querySelector('x-app')!.attachShadow({ mode: 'open' }),
      `<article><h1>Valdoria floods</h1>${para('First.')}${para('Second.')}</article>`,
    );
    const { text } = await mainRegion(doc);
    expect(text).toContain('Valdoria floods');
    expect(text).toContain('Second.');
    expect(text).not.toContain('Home');
  });

  it('returns no region for a page without text', async () => {
    expect(findArticleRegions(extractPageText(await loadPage('<div></div>')))).toEqual([]);
  });
});

describe('findArticleRegionsSteps', () => {
  it('reads a page of 6000 blocks a few thousand blocks per step, and finds the same region', async () => {
    const items = Array.from({ length: 6000 }, (_, k) => `<p>Commentaire ${k}, lu.</p>`).join('');
    const pt = extractPageText(await loadPage(`<!doctype html><html><body>${items}</body></html>`));
    let reads = 0;
    const blocks = new Proxy(pt.blocks, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const steps = findArticleRegionsSteps({ ...pt, blocks });
    let most = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      most = Math.max(most, reads);
      reads = 0;
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(8192);
    expect(r.value.map((region) => region.root)).toEqual(
      findArticleRegions(pt).map((region) => region.root),
    );
  }, 20_000);
});
