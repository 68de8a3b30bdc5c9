import type { Painter } from './painter';

// Highlights are not elements, so the page's click lands on its own nodes and
// Crosscount finds out afterwards whether the point was on a painted claim.

export interface HitTarget {
  index: number;
  range: Range;
}

interface HitResult {
  highlight: unknown;
  ranges: readonly AbstractRange[];
}
type PointRegistry = HighlightRegistry & {
  highlightsFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): HitResult[];
};
type CaretDocument = Document & {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/** Elements whose clicks belong to the page: the card never opens on them. */
const INTERACTIVE =
  'a[href],area[href],button,input,select,textarea,label,summary,video,audio,[contenteditable]:not([contenteditable="false"]),[role="button"],[role="link"],[role="checkbox"],[role="tab"],[role="menuitem"]';

/**
 * A click that only a reader of plain text makes: main button, no modifier
 * (those extend selections or open links), not the second click of a double
 * click (selecting a word), no text selected by dragging, not on anything
 * interactive, and not already handled by the page.
 */
export function isPlainClick(event: MouseEvent, selection: Selection | null): boolean {
  if (event.button !== 0 || event.detail > 1 || event.defaultPrevented) return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (selection && !selection.isCollapsed) return false;
  return !event
    .composedPath()
    .some((n) => (n as Element).nodeType === 1 && (n as Element).matches(INTERACTIVE));
}

const contains = (r: DOMRect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]) {
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const inRange = (range: Range, caret: { node: Node; offset: number }) => {
  try {
    return range.isPointInRange(caret.node, caret.offset);
  } catch {
    return false;
  }
};

/**
 * The painted claim under viewport point (x, y), or null. Uses the browser's
 * own hit-testing of highlights where it exists (Chrome 140+, Firefox 150+),
 * which also knows when something covers the text; elsewhere the caret
 * position under the point must lie in the claim (so covered text does not
 * count) and one of the claim's line boxes must contain the point.
 */
export function claimAtPoint(
  doc: Document,
  x: number,
  y: number,
  targets: readonly HitTarget[],
  painter: Pick<Painter, 'owns' | 'shadowRoots'>,
): number | null {
  const registry = globalThis.CSS?.highlights as PointRegistry | undefined;
  const shadowRoots = painter.shadowRoots();
  if (registry?.highlightsFromPoint) {
    const hit = new Set<AbstractRange>();
    for (const result of registry.highlightsFromPoint(x, y, { shadowRoots })) {
      if (painter.owns(result.highlight)) result.ranges.forEach((r) => hit.add(r));
    }
    return targets.find((t) => hit.has(t.range))?.index ?? null;
  }
  const caret = caretAt(doc as CaretDocument, x, y, shadowRoots);
  const found = targets.find(
    (t) =>
      (caret === undefined || (caret !== null && inRange(t.range, caret))) &&
      Array.from(t.range.getClientRects()).some((r) => contains(r, x, y)),
  );
  return found?.index ?? null;
}
