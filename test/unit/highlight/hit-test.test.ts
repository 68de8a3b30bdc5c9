import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimAtPoint, isPlainClick } from '../../../src/highlight/hit-test';
import {
  FakeHighlight,
  installHighlightApi,
  rangeOver,
  type FakeRegistry,
} from './fake-highlight-api';

/** Dispatches a click on `target` and returns the event as listeners saw it. */
function clickOn(target: Element, init: MouseEventInit = {}): MouseEvent {
  let seen: MouseEvent | undefined;
  const listen = (e: Event) => (seen = e as MouseEvent);
  document.addEventListener('click', listen);
  target.dispatchEvent(
    new MouseEvent('click', {
      bubbles: true,
      cancelable: true,
      composed: true,
      button: 0,
      detail: 1,
      ...init,
    }),
  );
  document.removeEventListener('click', listen);
  return seen!;
}

const collapsed = { isCollapsed: true } as Selection;

describe('isPlainClick', () => {
  let p: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    p = document.createElement('p');
    p.append('plain text ');
    document.body.append(p);
  });

  it('accepts a plain click on text', () => {
    expect(isPlainClick(clickOn(p), collapsed)).toBe(true);
  });

  it('leaves links, buttons and form fields to the page', () => {
    const a = document.createElement('a');
    a.href = '#there';
    const inner = document.createElement('b');
    inner.textContent = 'linked';
    a.append(inner);
    const button = document.createElement('button');
    const field = document.createElement('span');
    field.setAttribute('contenteditable', 'true');
    p.append(a, button, field);
    expect(isPlainClick(clickOn(inner), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(button), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(field), collapsed)).toBe(false);
  });

  it('leaves modified clicks, double clicks and other buttons alone', () => {
    expect(isPlainClick(clickOn(p, { shiftKey: true }), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(p, { ctrlKey: true }), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(p, { metaKey: true }), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(p, { detail: 2 }), collapsed)).toBe(false);
    expect(isPlainClick(clickOn(p, { button: 1 }), collapsed)).toBe(false);
  });

  it('does not open on the click that ends a text selection', () => {
    expect(isPlainClick(clickOn(p), { isCollapsed: false } as Selection)).toBe(false);
  });

  it('respects a page that handled the click itself', () => {
    p.addEventListener('click', (e) => e.preventDefault());
    expect(isPlainClick(clickOn(p), collapsed)).toBe(false);
  });
});

describe('claimAtPoint', () => {
  let registry: FakeRegistry;
  let first: Range;
  let second: Range;
  let ours: FakeHighlight;
  const painter = { owns: (h: unknown) => h === ours, shadowRoots: () => [] };
  const rect = (left: number, top: number) =>
    ({ left, top, right: left + 100, bottom: top + 20 }) as DOMRect;

  beforeEach(() => {
    registry = installHighlightApi();
    document.body.replaceChildren();
    const a = document.createElement('p');
    a.textContent = 'one claim';
    const b = document.createElement('p');
    b.textContent = 'another claim';
    document.body.append(a, b);
    first = rangeOver(a);
    second = rangeOver(b);
    first.getClientRects = () => [rect(0, 0)] as unknown as DOMRectList;
    second.getClientRects = () => [rect(0, 100)] as unknown as DOMRectList;
    ours = new FakeHighlight(first, second);
  });
  afterEach(() => vi.unstubAllGlobals());
  const targets = () => [
    { index: 3, range: first },
    { index: 5, range: second },
  ];

  it('uses the browser’s highlightsFromPoint where there is one, ignoring others’ highlights', () => {
    const theirs = new FakeHighlight(second);
    const asked: unknown[] = [];
    registry.highlightsFromPoint = (x, y, options) => {
      asked.push(options);
      return y > 50
        ? [
            { highlight: theirs, ranges: [second] },
            { highlight: ours, ranges: [second] },
          ]
        : [{ highlight: theirs, ranges: [first] }];
    };
    expect(claimAtPoint(document, 10, 110, targets(), painter)).toBe(5);
    expect(claimAtPoint(document, 10, 10, targets(), painter)).toBeNull();
    expect(asked[0]).toEqual({ shadowRoots: [] });
  });

  it('elsewhere, needs the caret under the point inside the claim and a line box around it', () => {
    // happy-dom has no caret API: give the document one for this test.
    const doc = document as unknown as Record<string, unknown>;
    const textOf = (r: Range) => r.startContainer.firstChild!;
    let caretNode: Node = textOf(second);
    doc.caretPositionFromPoint = () => ({ offsetNode: caretNode, offset: 2 });
    try {
      expect(claimAtPoint(document, 10, 110, targets(), painter)).toBe(5);
      // Something covers the text: the caret is elsewhere.
      caretNode = document.body;
      expect(claimAtPoint(document, 10, 110, targets(), painter)).toBeNull();
      // Caret in the claim, but the point is past its end (margin, other line).
      caretNode = textOf(second);
      expect(claimAtPoint(document, 300, 110, targets(), painter)).toBeNull();
    } finally {
      delete doc.caretPositionFromPoint;
    }
  });

  it('falls back to line boxes alone where no caret API exists', () => {
    expect(claimAtPoint(document, 10, 10, targets(), painter)).toBe(3);
    expect(claimAtPoint(document, 10, 60, targets(), painter)).toBeNull();
  });
});
