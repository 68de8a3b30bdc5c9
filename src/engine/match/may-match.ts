// Early exit before extraction: tests the page's raw text (scripts included: a
// superset is safe) for any story's gate fragments. On a page that cannot
// match this costs one native `textContent` read and one regex scan, plus an
// element pass to find open shadow roots unless the caller already knows them.

import { gateRegExp } from './compiled';
import type { Identity } from './identity';

export interface MayMatchOptions {
  /** Shadow roots the caller knows of (e.g. recorded as the page attached them, or none).
   *  Without them every element is checked for a shadow root: about one more pass. */
  shadowRoots?: readonly ShadowRoot[];
  /** Shadow root of an element for that check; defaults to `el.shadowRoot`. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
}

/** Whether the text under `root` (frames included) matches. `textContent` is built
 *  natively, far cheaper than a text-node walk with a test per node; it joins
 *  adjacent nodes, so a fragment split across two of them is seen too. */
function textMatches(root: Element | ShadowRoot, gate: RegExp): boolean {
  if (gate.test(root.textContent ?? '')) return true;
  const frames =
    root.nodeType === 11
      ? root.querySelectorAll('iframe')
      : (root as Element).getElementsByTagName('iframe');
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
  const type = root.nodeType;
  // A native element list: cheaper to index than a TreeWalker is to step.
  const all =
    type === 1 || type === 9
      ? (root as Element | Document).getElementsByTagName('*')
      : type === 11
        ? (root as ShadowRoot).querySelectorAll('*')
        : null;
  if (all === null) return out;
  for (let i = 0, n = all.length; i < n; i++) {
    const sr = shadowRoot(all[i]!);
    if (sr) out.push(sr, ...shadowRootsUnder(sr, shadowRoot));
  }
  return out;
}

/** False when no pack's story can be on the page, so extraction can be skipped. */
export function pageMayMatch(
  root: Document | Element,
  packs: readonly { identity: Pick<Identity, 'gate'> }[],
  options: MayMatchOptions = {},
): boolean {
  if (packs.length === 0) return false;
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (start === null) return false;
  const gates = packs.map((p) => gateRegExp(p.identity.gate));
  const gate = new RegExp(gates.map((g) => g.source).join('|'), 'i');
  if (textMatches(start, gate)) return true;
  const roots = options.shadowRoots ?? shadowRootsUnder(start, options.shadowRoot);
  return roots.some((sr) => textMatches(sr, gate));
}
