import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../src/engine/claims/find-claims';
import { claimsIn, storyRules } from './helpers';

const article = [
  'Syrie : Amnesty accuse Moscou',
  'Selon Amnesty International, les frappes russes ont tué au moins 300 civils en Syrie.',
  'Le ministère de la Défense russe a rejeté ces accusations, « sans fondement » selon lui.',
].join('\n');

describe('findClaims', () => {
  it('returns spans whose text is exactly the page text at their offsets', () => {
    const page = `Accueil | Monde | Sport\n${article}\nCommentaires (3)`;
    const start = page.indexOf('Syrie');
    const claims = findClaims(page, [{ start, end: start + article.length }], storyRules, 'fr');
    expect(claims.length).toBeGreaterThan(1);
    for (const c of claims) {
      expect(page.slice(c.start, c.end)).toBe(c.text);
      expect(c.start).toBeGreaterThanOrEqual(start);
      expect(c.end).toBeLessThanOrEqual(start + article.length);
      expect(c.refs).toEqual([]);
    }
  });

  it('reads only the regions it is given', () => {
    const page = `Yémen : 30 civils tués dans une frappe en Syrie, selon l'ONU\n${article}`;
    const start = page.indexOf('Syrie : Amnesty');
    const texts = findClaims(page, [{ start, end: page.length }], storyRules, 'fr').map(
      (c) => c.text,
    );
    expect(texts).not.toContain('30 civils');
    expect(texts).toContain('au moins 300 civils');
  });

  it('reads the language from the text when the page declares the wrong one', () => {
    expect(claimsIn(article, 'en')).toEqual(claimsIn(article, 'fr'));
    expect(claimsIn(article)).toEqual(claimsIn(article, 'fr'));
  });

  it('reads a paragraph in another language than the article with its own rules', () => {
    const text = `${article}\nIn English: Russian raids killed at least 300 civilians in Syria, Amnesty International said on Wednesday.`;
    expect(claimsIn(text, 'fr').map((c) => c.text)).toContain('at least 300 civilians');
  });

  it('never throws, whatever the regions', () => {
    const bad = [
      { start: -5, end: 10_000 },
      { start: 30, end: 10 },
      { start: Number.NaN, end: 4 },
    ];
    expect(() => findClaims(article, bad, storyRules, 'xx')).not.toThrow();
    expect(findClaims('', [{ start: 0, end: 0 }], storyRules)).toEqual([]);
  });

  it('is deterministic and keeps highlights short of a paragraph', () => {
    const long = `Le ministère russe de la Défense a jugé le rapport « ${'sans fondement, '.repeat(40)}fin ».`;
    const text = `${article}\n${long}`;
    const once = claimsIn(text, 'fr');
    expect(claimsIn(text, 'fr')).toEqual(once);
    expect(once.every((c) => c.text.length <= 320 && !c.text.includes('\n'))).toBe(true);
  });
});
