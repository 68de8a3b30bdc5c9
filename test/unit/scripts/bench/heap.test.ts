import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapPage, objectBytes } from '../../../../scripts/bench/heap';

const demoHtml = readFileSync(
  resolve(import.meta.dirname, '../../../../demo/article.html'),
  'utf8',
);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const demoParagraphs = [...parse(demoHtml).querySelectorAll('article p')].map((p) =>
  p.textContent!.trim(),
);

describe('heap test page', () => {
  it('holds the story and an ordinary article to swap in, and its own swap script', () => {
    const doc = parse(heapPage(demoHtml));
    const template = (id: string) =>
      (doc.getElementById(id) as HTMLTemplateElement).content.textContent!;
    expect(doc.getElementById('story')).not.toBeNull();
    for (const p of demoParagraphs) {
      expect(template('t1')).toContain(p);
      expect(template('t0')).not.toContain(p);
    }
    expect(doc.querySelector('script')!.textContent).toMatch(/history\.pushState/);
    // No favicon fetch after each pushState to blur the heap readings.
    expect(doc.querySelector('link[rel=icon]')!.getAttribute('href')).toMatch(/^data:/);
  });
});

describe('objectBytes', () => {
  it('sums the self sizes of a heap snapshot, compiled code aside', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'self_size'],
          node_types: [['hidden', 'object', 'code', 'closure']] as [string[]],
        },
      },
      // object 100, code 5000, closure 32, hidden 8
      nodes: [1, 0, 100, 2, 0, 5000, 3, 0, 32, 0, 0, 8],
    };
    expect(objectBytes(snapshot)).toBe(140);
  });
});
