import { vi } from 'vitest';

// happy-dom has no CSS Custom Highlight API: a registry and Highlight class
// that behave like the browser's for what Crosscount uses.

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

export type FakeRegistry = Map<string, FakeHighlight> & {
  highlightsFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { highlight: FakeHighlight; ranges: AbstractRange[] }[];
};

/** Installs the fake API for this test file; returns the registry. */
export function installHighlightApi(): FakeRegistry {
  const registry: FakeRegistry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

/** A Range over the whole text of `el`. */
export function rangeOver(el: Node): Range {
  const r = document.createRange();
  r.selectNodeContents(el);
  return r;
}
