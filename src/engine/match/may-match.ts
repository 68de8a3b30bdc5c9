// Early exit before extraction: tests the page's raw text nodes (scripts
// included: a superset is safe) for any story's gate fragments. On a page
// that cannot match this costs about one bare text-node pass, plus an element
// pass to find open shadow roots unless the caller already knows them.

import { compile } from './compiled';
import type { Identity } from './identity';

export interface MayMatchOptions {
  /** Shadow roots the caller knows of (e.g. recorded as the page attached them, or none).
   *  Without them every element is checked for a shadow root: about one more pass. */
  shadowRoots?: readonly ShadowRoot[];
  /** Shadow root of an element for that check; defaults to `el.shadowRoot`. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
}

/** Whether a text node under `root` (frames included) matches. A fragment split across
 *  two text nodes is not seen: gate terms are single words, which pages do not split. */
function textMatches(root: Node, gate: RegExp): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (doc === null) return false;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (gate.test((n as Text).data)) return true;
  }
  const frames =
    root.nodeType === 11
      ? (root as ShadowRoot).querySelectorAll('iframe')
      : doc.getElementsByTagName('iframe');
  for (const f of frames) {
    let inner: Document | null = null;
    try {
      inner = (f as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin
    }
    if (inner?.documentElement && textMatches(inner.documentElement, gate)) return true;
  }
  return false;
}

/**
 * The shadow roots under `root`, nested ones included (open ones, unless
 * `shadowRoot` opens closed ones). A content script may observe them: changes
 * inside a shadow root do not reach an observer of the document.
 */
export function shadowRootsUnder(
  root: Node,
  shadowRoot: (el: Element) => ShadowRoot | null = (el) => el.shadowRoot,
): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (doc === null) return out;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let e = walker.nextNode(); e !== null; e = walker.nextNode()) {
    const sr = shadowRoot(e as Element);
    if (sr) out.push(sr, ...shadowRootsUnder(sr, shadowRoot));
  }
  return out;
}

/** False when no pack's story can be on the page, so extraction can be skipped. */
export function pageMayMatch(
  root: Document | Element,
  packs: readonly { identity: Identity }[],
  options: MayMatchOptions = {},
): boolean {
  if (packs.length === 0) return false;
  const start = root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root;
  const gates = packs.map((p) => compile(p.identity).gate);
  const gate = new RegExp(gates.map((g) => g.source).join('|'), 'i');
  if (textMatches(start, gate)) return true;
  const roots = options.shadowRoots ?? shadowRootsUnder(start, options.shadowRoot);
  return roots.some((sr) => textMatches(sr, gate));
}
