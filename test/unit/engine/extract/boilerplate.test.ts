import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isBoilerplate, nameWords } from '../../../../src/engine/extract/boilerplate';

const div = (attrs: Record<string, string>) => {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
};
const furniture = (attrs: Record<string, string>) => isBoilerplate(div(attrs), 'div', false);

describe('isBoilerplate: class and id names', () => {
  it('knows furniture by a stem anywhere inside a word of its name', () => {
    expect(furniture({ class: 'article__sidebarRight' })).toBe(true);
    expect(furniture({ id: 'disqus_thread' })).toBe(true);
    expect(furniture({ class: 'box-relacionadas' })).toBe(true);
    expect(furniture({ class: 'story-body' })).toBe(false);
  });

  it('takes a commentary for an article, not for a comment thread', () => {
    expect(furniture({ class: 'commentary-body' })).toBe(false);
    expect(furniture({ class: 'commentary comments' })).toBe(true);
  });

  it('knows multi-word names only as whole words in a row', () => {
    expect(furniture({ class: 'box lire-aussi' })).toBe(true);
    expect(furniture({ class: 'readMore' })).toBe(true);
    expect(furniture({ class: 'thread-more' })).toBe(false);
    expect(furniture({ class: 'pre-read-alsox' })).toBe(false);
  });
});

describe('nameWords', () => {
  // What it replaced: two patterns, compiled cold on every page that passed the gate.
  const byPatterns = (name: string) =>
    name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');

  it('splits camelCase and any run of other characters, lower-cased', () => {
    expect(nameWords('article__sidebarRight')).toEqual(['article', 'sidebar', 'right']);
    expect(nameWords('  Most-Read_2 ')).toEqual(['most', 'read', '2']);
    expect(nameWords('aBCd')).toEqual(['a', 'bcd']);
    expect(nameWords('--')).toEqual([]);
  });

  it('gives the words the patterns gave, for any name', () => {
    const unit = fc.constantFrom(...'aZbYq09-_ .éÉİKſ\u00a0'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 24 }), fc.string()), (name) => {
        expect(nameWords(name)).toEqual(byPatterns(name));
      }),
    );
  });

  it('runs no pattern: a page’s class names are judged without compiling one', () => {
    const replace = vi.spyOn(RegExp.prototype, Symbol.replace);
    const split = vi.spyOn(RegExp.prototype, Symbol.split);
    try {
      expect(furniture({ class: 'layoutWrapper story-kicker-unseen' })).toBe(false);
      expect(replace).not.toHaveBeenCalled();
      expect(split).not.toHaveBeenCalled();
    } finally {
      replace.mockRestore();
      split.mockRestore();
    }
  });
});
