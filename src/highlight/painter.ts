import type { ClaimKind } from '../engine/types';
import { HIGHLIGHT_NAMES, highlightCss, paletteFor, type Palette } from './styles';

// Paints claims with the CSS Custom Highlight API: ranges are registered, the
// page's nodes are never touched. The ::highlight() rules go into the page as
// one constructed stylesheet adopted by the document and by every open shadow
// root that holds a claim (Firefox applies ::highlight() styles only from the
// tree the text is in; Chrome does not need it there, and does not mind).

export interface PaintedClaim {
  index: number;
  kind: ClaimKind;
  range: Range;
}

export interface Painter {
  /** False where the browser has no CSS Custom Highlight API: nothing is painted. */
  readonly supported: boolean;
  /** Replaces what is painted: the same claims painted again are never doubled. */
  paint(claims: readonly PaintedClaim[]): void;
  /** Marks the claim whose card is open, or none. */
  setActive(range: Range | null): void;
  setVisible(visible: boolean): void;
  /** The shadow roots that hold painted claims (for hit-testing). */
  shadowRoots(): ShadowRoot[];
  /** Our Highlight objects, to recognise them among hit-test results. */
  owns(highlight: unknown): boolean;
  /** Unregisters everything and takes the stylesheet back out of the page. */
  destroy(): void;
}

type Adopter = DocumentOrShadowRoot & { adoptedStyleSheets: CSSStyleSheet[] };

// Added to the list in place: assigning a new list cost the first painting 0.1 ms more, cold.
function adopt(root: Adopter, sheet: CSSStyleSheet): void {
  const sheets = root.adoptedStyleSheets;
  if (!sheets.includes(sheet)) sheets.push(sheet);
}

function unadopt(root: Adopter, sheet: CSSStyleSheet): void {
  if (root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

export function createPainter(doc: Document): Painter {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') {
    return {
      supported: false,
      paint() {},
      setActive() {},
      setVisible() {},
      shadowRoots: () => [],
      owns: () => false,
      destroy() {},
    };
  }

  const byKind: Record<ClaimKind, Highlight> = {
    casualty: new Highlight(),
    denial: new Highlight(),
  };
  const active = new Highlight();
  active.priority = 1;
  const named: [string, Highlight][] = [
    [HIGHLIGHT_NAMES.casualty, byKind.casualty],
    [HIGHLIGHT_NAMES.denial, byKind.denial],
    [HIGHLIGHT_NAMES.active, active],
  ];
  const sheet = new CSSStyleSheet();
  let palette: Palette | null = null;
  /** The element whose text colour chose the palette. */
  let paletteOf: Element | null = null;
  let roots = new Set<ShadowRoot>();
  let visible = true;

  const register = () => {
    for (const [name, highlight] of named) {
      if (visible) registry.set(name, highlight);
      else registry.delete(name);
    }
  };

  return {
    supported: true,
    paint(claims) {
      byKind.casualty.clear();
      byKind.denial.clear();
      const nextRoots = new Set<ShadowRoot>();
      for (const claim of claims) {
        byKind[claim.kind].add(claim.range);
        const root = claim.range.startContainer.getRootNode();
        if (root !== doc && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE)
          nextRoots.add(root as ShadowRoot);
      }
      for (const root of roots) if (!nextRoots.has(root)) unadopt(root, sheet);
      roots = nextRoots;
      const first = claims[0]?.range.startContainer.parentElement;
      // With our sheet in the page, reading a style makes the browser restyle the whole
      // page first (4 s on a page nested 10 000 deep): a repaint of the same claims,
      // as every re-check of an unchanged page does, reads none.
      if (first && first !== paletteOf) {
        paletteOf = first;
        const next = paletteFor(getComputedStyle(first).color);
        if (next !== palette) sheet.replaceSync(highlightCss((palette = next)));
      }
      if (claims.length > 0) {
        adopt(doc, sheet);
        for (const root of roots) adopt(root, sheet);
      }
      register();
    },
    setActive(range) {
      active.clear();
      if (range) active.add(range);
    },
    setVisible(v) {
      visible = v;
      register();
    },
    shadowRoots: () => [...roots],
    owns: (h) => h === byKind.casualty || h === byKind.denial || h === active,
    destroy() {
      for (const [name, highlight] of named)
        if (registry.get(name) === highlight) registry.delete(name);
      unadopt(doc, sheet);
      for (const root of roots) unadopt(root, sheet);
      roots.clear();
    },
  };
}
