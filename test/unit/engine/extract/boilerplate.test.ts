import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../../src/engine/extract/boilerplate';

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
