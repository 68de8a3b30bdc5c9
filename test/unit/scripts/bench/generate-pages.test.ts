import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articleOf,
  generatedPages,
  generatePage,
  MIN_ELEMENTS,
} from '../../../../scripts/bench/generate-pages';

const demoHtml = readFileSync(
  resolve(import.meta.dirname, '../../../../demo/article.html'),
  'utf8',
);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const demo = parse(demoHtml);
const demoParagraphs = [...demo.querySelectorAll('article p')].map((p) => p.textContent!.trim());

describe('generated bench pages', () => {
  const pages = generatedPages(demoHtml);
  const byName = new Map(pages.map((p) => [p.name, p]));

  it('are ≈1 MB and ≈5 MB, once with the story and once without', () => {
    expect([...byName.keys()]).toEqual([
      'generated-1mb-copy.html',
      'generated-1mb-none.html',
      'generated-5mb-copy.html',
      'generated-5mb-none.html',
    ]);
    for (const page of pages) {
      const mb = page.name.includes('5mb') ? 5 : 1;
      const bytes = Buffer.byteLength(page.html);
      expect(bytes).toBeGreaterThanOrEqual(mb * 1_000_000);
      expect(bytes).toBeLessThan(mb * 1_000_000 * 1.02);
      expect(page.matching).toBe(page.name.includes('copy'));
    }
  });

  it('have at least 50 000 elements', () => {
    for (const page of pages) {
      expect(page.html.match(/<[a-z]/g)!.length).toBeGreaterThanOrEqual(MIN_ELEMENTS);
    }
  });

  it('count elements as a browser parses them', () => {
    const html = generatePage({ targetBytes: 40_000, minElements: 2000, article: null, seed: 7 });
    const doc = parse(html);
    expect(doc.getElementsByTagName('*').length).toBe(html.match(/<[a-z]/g)!.length);
    expect(doc.querySelectorAll('article h1')).toHaveLength(1);
    expect(doc.querySelectorAll('.entry').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('li.comment').length).toBeGreaterThan(10);
  });

  it('carry every paragraph of the demo article in <article> only on matching pages', () => {
    const small = (article: string | null) =>
      parse(generatePage({ targetBytes: 30_000, article, seed: 3 }));
    const withStory = small(articleOf(demoHtml)).querySelector('article')!.textContent!;
    const without = small(null).body.textContent!;
    for (const p of demoParagraphs) {
      expect(withStory).toContain(p);
      expect(without).not.toContain(p);
    }
  });

  it('fill the rest with everyday news full of numbers, not the story', () => {
    const html = generatePage({ targetBytes: 200_000, article: null, seed: 5 });
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/syri|russ|amnesty|civil|bombard/i);
    expect(text.match(/\d+/g)!.length).toBeGreaterThan(1000);
    // Thousands separated as French sites do, including narrow no-break spaces.
    expect(text).toMatch(/\d\u202f\d{3}/);
  });

  it('are the same on every run and differ between seeds', () => {
    const again = generatedPages(demoHtml, [1]);
    expect(again[0]!.html).toBe(byName.get('generated-1mb-copy.html')!.html);
    expect(generatePage({ targetBytes: 20_000, article: null, seed: 1 })).not.toBe(
      generatePage({ targetBytes: 20_000, article: null, seed: 2 }),
    );
  });

  it('fail clearly when the demo page has no article', () => {
    expect(() => articleOf('<html><body><p>x</p></body></html>')).toThrow(/no <article>/);
  });
});
