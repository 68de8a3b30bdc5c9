import { HIGHLIGHT_NAMES } from '../highlight/styles';
import { UI_HOST_TAG } from './ui-host-tag';

// Firefox stops the content scripts of an updated or reloaded add-on without
// running their clean-up (their code is gone), then injects the new version
// into the open tabs: what the old reader added stays in the page, a card
// frozen open among it. The new content script takes it out first.

const ours = (sheet: CSSStyleSheet) =>
  Array.from(sheet.cssRules).some((r) =>
    r.cssText.includes(`::highlight(${HIGHLIGHT_NAMES.casualty})`),
  );

/** Removes what an earlier Crosscount left in `doc`: its UI host, highlights and their stylesheet. */
export function clearLeftovers(doc: Document): void {
  // The host is a child of <html> (see createUiHost), after <head> and <body>: no search of
  // the whole page, and none of its children when <html> holds only those two.
  const root = doc.documentElement;
  if (root && root.childElementCount > 2) {
    for (const el of [...root.children]) if (el.localName === UI_HOST_TAG) el.remove();
  }
  // Highlights were painted only with our stylesheet adopted (see painter): without any
  // adopted sheet there is nothing to look for, and the highlight registry, a first use of
  // its interface in the content script's world, is not asked.
  if (doc.adoptedStyleSheets.length === 0) return;
  const registry = globalThis.CSS?.highlights;
  if (registry) Object.values(HIGHLIGHT_NAMES).forEach((name) => registry.delete(name));
  if (doc.adoptedStyleSheets.some(ours)) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => !ours(s));
  }
}
