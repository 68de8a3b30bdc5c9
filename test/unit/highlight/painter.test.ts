import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '../../../src/highlight/painter';
import { HIGHLIGHT_NAMES } from '../../../src/highlight/styles';
import { installHighlightApi, rangeOver, type FakeRegistry } from './fake-highlight-api';

const texts = (registry: FakeRegistry, name: string) =>
  [...(registry.get(name) ?? [])].map((r) => (r as Range).toString());

describe('the painter', () => {
  let registry: FakeRegistry;
  let a: HTMLElement;
  let b: HTMLElement;
  beforeEach(() => {
    registry = installHighlightApi();
    document.body.replaceChildren();
    a = document.createElement('p');
    a.textContent = 'first claim';
    b = document.createElement('p');
    b.textContent = 'a denial';
    document.body.append(a, b);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.adoptedStyleSheets = [];
  });

  it('registers one highlight per kind with the claims’ ranges', () => {
    const painter = createPainter(document);
    painter.paint([
      { index: 0, kind: 'casualty', range: rangeOver(a) },
      { index: 1, kind: 'denial', range: rangeOver(b) },
    ]);
    expect(texts(registry, HIGHLIGHT_NAMES.casualty)).toEqual(['first claim']);
    expect(texts(registry, HIGHLIGHT_NAMES.denial)).toEqual(['a denial']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('replaces what it painted: repainting never doubles a claim, dropped claims go', () => {
    const painter = createPainter(document);
    const claims = [
      { index: 0, kind: 'casualty' as const, range: rangeOver(a) },
      { index: 1, kind: 'denial' as const, range: rangeOver(b) },
    ];
    painter.paint(claims);
    painter.paint(claims);
    painter.paint([{ ...claims[0]!, range: rangeOver(a) }]);
    expect(texts(registry, HIGHLIGHT_NAMES.casualty)).toEqual(['first claim']);
    expect(texts(registry, HIGHLIGHT_NAMES.denial)).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('adopts its styles into the shadow roots that hold claims, and only those', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'claim in a component';
    root.append(inner);
    document.body.append(host);
    const painter = createPainter(document);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(inner) }]);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(painter.shadowRoots()).toEqual([root]);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('reads the page’s style once for claims that stay where they were', () => {
    const painter = createPainter(document);
    const read = vi.spyOn(window, 'getComputedStyle');
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a.firstChild!) }]);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a.firstChild!) }]);
    expect(read).toHaveBeenCalledTimes(1);
    painter.paint([{ index: 0, kind: 'denial', range: rangeOver(b.firstChild!) }]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('adds its sheet to the page’s list in place, never assigning a new list', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const assign = vi.spyOn(document, 'adoptedStyleSheets', 'set');
    const painter = createPainter(document);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    expect(assign).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(own);
    assign.mockRestore();
  });

  it('keeps the page’s own adopted sheets', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const painter = createPainter(document);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    expect(document.adoptedStyleSheets[0]).toBe(own);
    painter.destroy();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });

  it('hides and shows everything, and marks the open claim', () => {
    const painter = createPainter(document);
    const range = rangeOver(a);
    painter.paint([{ index: 0, kind: 'casualty', range }]);
    painter.setActive(range);
    expect(texts(registry, HIGHLIGHT_NAMES.active)).toEqual(['first claim']);
    expect(registry.get(HIGHLIGHT_NAMES.active)!.priority).toBeGreaterThan(
      registry.get(HIGHLIGHT_NAMES.casualty)!.priority,
    );
    painter.setVisible(false);
    expect([...registry.keys()]).toEqual([]);
    painter.paint([{ index: 0, kind: 'casualty', range }]);
    expect([...registry.keys()]).toEqual([]);
    painter.setVisible(true);
    expect(texts(registry, HIGHLIGHT_NAMES.casualty)).toEqual(['first claim']);
  });

  it('takes everything back out on destroy, leaving others’ highlights', () => {
    registry.set(
      'page-own',
      new (globalThis as unknown as { Highlight: new () => never }).Highlight(),
    );
    const painter = createPainter(document);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    painter.destroy();
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('does nothing, and breaks nothing, where the Highlight API is missing', () => {
    vi.stubGlobal('CSS', {});
    const painter = createPainter(document);
    expect(painter.supported).toBe(false);
    painter.paint([{ index: 0, kind: 'casualty', range: rangeOver(a) }]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
