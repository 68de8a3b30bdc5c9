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

/** Our UI hosts among the children of <html> (see createUiHost), by name in any namespace. */
const HOSTS_LEFT = `count(/*/*[local-name() = '${UI_HOST_TAG}'])`;
/** XPathResult.NUMBER_TYPE */
const NUMBER = 1;

/**
 * Whether a UI host may be left. Asked of the document by XPath, as the gate asks a small
 * page: asked through <html>, it made the first element object of the content script's
 * world on a page that passed the gate, which the bench measured as most of the `start`
 * such a page pays more than one without a story (see docs/benchmarks.md).
 */
function hostLeft(doc: Document): boolean {
  if (typeof doc.evaluate === 'function')
    return doc.evaluate(HOSTS_LEFT, doc, null, NUMBER, null).numberValue > 0;
  // After <head> and <body>: none of the children are read when <html> holds only those two.
  return (doc.documentElement?.childElementCount ?? 0) > 2;
}

/** Removes what an earlier Crosscount left in `doc`: its UI host, highlights and their stylesheet. */
export function clearLeftovers(doc: Document): void {
  // The host is a child of <html>: no search of the whole page.
  if (hostLeft(doc)) {
    for (const el of [...doc.documentElement!.children])
      if (el.localName === UI_HOST_TAG) el.remove();
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
