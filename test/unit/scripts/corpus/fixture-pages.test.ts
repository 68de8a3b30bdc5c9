import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fillSource,
  readFixturePages,
  sourcePieces,
} from '../../../../scripts/corpus/fixture-pages';

const root = resolve(import.meta.dirname, '../../../pages');

describe('fixture pages', () => {
  it('parse as one-page label files, in the six languages, with near misses', () => {
    const pages = readFixturePages(root).map((f) => f.page);
    expect(new Set(pages.map((p) => p.lang))).toEqual(
      new Set(['fr', 'en', 'it', 'es', 'pt', 'de']),
    );
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(pages.filter((p) => p.verdict === 'none').length).toBeGreaterThanOrEqual(15);
  });

  it('fill a reprint’s placeholders with the source article’s sentences, clauses and words', () => {
    const pieces = sourcePieces(
      'Titre du jour\n\nPremière phrase ici. Seconde phrase, avec une virgule, et une fin.\n',
    );
    expect(fillSource('<p>{{source 2.1}}</p>', pieces)).toBe('<p>Première phrase ici.</p>');
    expect(fillSource('{{source 2.2.2}}', pieces)).toBe('avec une virgule,');
    expect(fillSource('{{source 2.2 words 1-2}} !', pieces)).toBe('Seconde phrase, !');
    expect(() => fillSource('{{source 9.9}}', pieces)).toThrow(/no such piece/);
  });

  it('hold no run of ten words of the source article: reprints name its sentences instead', () => {
    const source = readFileSync(
      resolve(import.meta.dirname, '../../../../../shared/source/source-article.fr.txt'),
      'utf8',
    );
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];
    const grams = (w: string[]) => w.slice(0, -9).map((_, i) => w.slice(i, i + 10).join(' '));
    const sourceGrams = new Set(grams(words(source)));
    for (const { slug } of readFixturePages(root)) {
      const raw = readFileSync(resolve(root, slug, `${slug}.html`), 'utf8');
      const text = raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
      const copied = grams(words(text)).filter((g) => sourceGrams.has(g));
      expect(copied, slug).toEqual([]);
    }
  });
});
