// Early exit before extraction: tests the page's raw text (scripts included: a
// superset is safe) for any story's gate fragments. The text is read with
// native `textContent` calls, far cheaper than a text-node walk: one call per
// document of ordinary size, and subtree by subtree on huge ones, so that no read holds the main thread for a frame
// (one read of a 5 MB page took 100 ms and more). Open shadow roots, which
// those reads do not enter, are looked for only when the rest of the page has
// no fragment.

import { TURNS_PER_CHECKPOINT, runSteps, type Steps } from '../steps';
import { gateRegExp } from './compiled';
import type { Identity } from './identity';

export interface MayMatchOptions {
  /** Shadow root of an element for that check; defaults to `el.shadowRoot`. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** Told of every shadow root the check finds (a content script observes them). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Elements one native text read covers at most (default READ_ELEMENTS; tests pass less). */
  readElements?: number;
}

/** Same-origin frames read at most, as extraction does. */
const MAX_FRAMES = 50;

type Scope = Element | ShadowRoot;

/**
 * Elements that may hold the page's text in a shadow root: custom elements,
 * and the standard elements that accept a shadow root when they have no
 * content of their own. Found by native queries: asking every element for
 * its shadow root costs each a wrapper object in the content script's world,
 * ten times more on a large page. A standard element with both content of its
 * own and a shadow root is missed here; extraction, once a page passes, reads
 * them all.
 */
/** `:empty` first: matched that way round, the query is several times faster. */
const EMPTY_HOSTS =
  ':empty:is(article,aside,blockquote,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span)';
/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE */
const SNAPSHOT = 7;
/**
 * Elements one XPath query walks at most: its node sets are garbage collected
 * inside the step that made them, which took 50-300 ms at times on a page of
 * 250 000 elements walked in one query.
 */
const XPATH_CHUNK = 20_000;

/** The custom elements under `scope`, `scope` included, read in chunks of subtrees. */
function* customElements(doc: Document, scope: Element): Steps<Element[]> {
  const out: Element[] = [];
  /** Custom elements in the subtrees of `parent`'s element children from..to (1-based, inclusive). */
  const read = (parent: Element, from: number, to: number) => {
    if (to < from) return;
    const path =
      `child::*[position() >= ${from} and position() <= ${to}]` +
      "/descendant-or-self::*[contains(local-name(), '-')]";
    const found = doc.evaluate(path, parent, null, SNAPSHOT, null);
    for (let i = 0; i < found.snapshotLength; i++) out.push(found.snapshotItem(i) as Element);
  };
  if (scope.localName.includes('-')) out.push(scope);
  const large: Element[] = [scope];
  while (large.length > 0) {
    const parent = large.pop()!;
    const children = parent.children;
    let from = 1;
    let size = 0;
    for (let k = 1; k <= children.length; k++) {
      const child = children[k - 1]!;
      const count = child.getElementsByTagName('*').length + 1;
      if (count > XPATH_CHUNK) {
        // Too large for one query: its own children are read in chunks.
        read(parent, from, k - 1);
        if (child.localName.includes('-')) out.push(child);
        large.push(child);
        [from, size] = [k + 1, 0];
        yield 'gate';
      } else if (size + count > XPATH_CHUNK) {
        read(parent, from, k - 1);
        [from, size] = [k, count];
        yield 'gate';
      } else size += count;
    }
    read(parent, from, children.length);
    yield 'gate';
  }
  return out;
}

/**
 * The elements under `scope` that may be shadow hosts (all of them where
 * XPath is missing), found by native queries with pauses between them.
 */
function* hostCandidates(scope: Scope): Steps<Element[]> {
  const doc = scope.ownerDocument;
  if (scope.nodeType === 1 && doc && typeof doc.evaluate === 'function') {
    try {
      const out = yield* customElements(doc, scope as Element);
      out.push(...scope.querySelectorAll(EMPTY_HOSTS));
      return out;
    } catch {
      // fall back to every element
    }
  }
  return [...scope.querySelectorAll('*')];
}

/** The documents of the same-origin frames under `scope`. */
function frameDocuments(scope: Scope): Element[] {
  const out: Element[] = [];
  const frames =
    scope.nodeType === 1
      ? (scope as Element).getElementsByTagName('iframe')
      : (scope as ShadowRoot).querySelectorAll('iframe');
  for (let i = 0; i < frames.length && out.length < MAX_FRAMES; i++) {
    try {
      const root = (frames[i] as HTMLIFrameElement).contentDocument?.documentElement;
      if (root) out.push(root);
    } catch {
      // cross-origin: not readable
    }
  }
  return out;
}

/**
 * Elements one native text read covers at most: about 5 ms in a content
 * script, where a 250 000-element page took 100-180 ms in one read.
 */
const READ_ELEMENTS = 6_000;
/** Characters the gate's pattern is run over in one step at most. */
const TEST_CHARS = 1 << 18;

/** Elements in `node`'s subtree, itself included (a native count: no wrapper per element). */
function elementCount(node: Node): number {
  if (node.nodeType === 1) return (node as Element).getElementsByTagName('*').length + 1;
  if (node.nodeType === 11) return (node as ShadowRoot).querySelectorAll('*').length;
  return 1;
}

/** The gate's pattern and how the text is read for it. */
interface Gate {
  regExp: RegExp;
  /** Its matches are at most this long. */
  longest: number;
  readElements: number;
}

/** A parent read a run of children at a time: `next` is its first child not read yet. */
interface Reading {
  parent: Node;
  next: number;
  /** Elements in its subtree, itself included. */
  size: number;
}

/**
 * Whether the text of `scope` (as `textContent` reads it) matches the gate.
 * Read in one native call when `scope` is small; else runs of sibling subtrees
 * of at most `readElements` elements each are read, one call per subtree, in
 * document order, and the last `longest - 1` characters read are kept for a match
 * across two reads.
 */
function* textMatches(scope: Scope, gate: Gate): Steps<boolean> {
  const { regExp, longest, readElements } = gate;
  let tail = '';
  const keep = Math.max(0, longest - 1);
  function* take(text: string): Steps<boolean> {
    for (let at = 0; at < text.length; at += TEST_CHARS) {
      if (at > 0) yield 'gate';
      const piece = tail + text.slice(at, at + TEST_CHARS);
      if (regExp.test(piece)) return true;
      tail = keep > 0 ? piece.slice(-keep) : '';
    }
    return false;
  }
  const size = elementCount(scope);
  if (size <= readElements) return yield* take(scope.textContent ?? '');
  const stack: Reading[] = [{ parent: scope, next: 0, size }];
  while (stack.length > 0) {
    const reading = stack[stack.length - 1]!;
    const kids = reading.parent.childNodes;
    if (reading.next >= kids.length) {
      stack.pop();
      continue;
    }
    yield 'gate';
    // An only child holds all its parent's elements but one: no need to count them.
    const only = kids.length === 1;
    const texts: string[] = [];
    let run = 0;
    let to = reading.next;
    let large: Node | null = null;
    let largeSize = 0;
    for (; to < kids.length; to++) {
      const kid = kids[to]!;
      const type = kid.nodeType;
      if (type === 3 || type === 4) {
        texts.push((kid as CharacterData).data);
        continue;
      }
      // Comments and the like are no part of the parent's textContent.
      if (type !== 1) continue;
      const n = only ? reading.size - (reading.parent.nodeType === 1 ? 1 : 0) : elementCount(kid);
      if (n > readElements) {
        [large, largeSize] = [kid, n];
        break;
      }
      if (run + n > readElements) break;
      run += n;
      texts.push(kid.textContent ?? '');
    }
    reading.next = to;
    if (texts.length > 0 && (yield* take(texts.join('')))) return true;
    if (large !== null) {
      // Too large for one read: its children are read in runs.
      reading.next = to + 1;
      stack.push({ parent: large, next: 0, size: largeSize });
    }
  }
  return false;
}

/** Whether the text under `scope` or its same-origin frames matches. */
function* scopeMatches(scope: Scope, gate: Gate): Steps<boolean> {
  if (yield* textMatches(scope, gate)) return true;
  for (const frame of frameDocuments(scope)) {
    yield 'gate';
    if (yield* textMatches(frame, gate)) return true;
  }
  return false;
}

/** False when no pack's story can be on the page, so extraction can be skipped. */
export function* mayMatchSteps(
  root: Document | Element,
  packs: readonly { identity: Pick<Identity, 'gate'> }[],
  options: MayMatchOptions = {},
): Steps<boolean> {
  yield 'gate';
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (packs.length === 0 || start === null) return false;
  const fragments = packs.flatMap((p) => p.identity.gate);
  if (fragments.includes('')) return true; // an empty fragment lets every page through
  const gate: Gate = {
    regExp: gateRegExp(fragments),
    // A case-insensitive match of a literal is as long as the literal.
    longest: Math.max(...fragments.map((f) => f.length)),
    readElements: options.readElements ?? READ_ELEMENTS,
  };
  if (yield* scopeMatches(start, gate)) return true;

  // Then the shadow roots, nested ones included, each read as its own text.
  const shadowOf = options.shadowRoot ?? ((el: Element) => el.shadowRoot);
  const scopes: Scope[] = [start];
  let turns = 0;
  while (scopes.length > 0) {
    yield 'gate';
    const hosts = yield* hostCandidates(scopes.shift()!);
    for (let i = 0, n = hosts.length; i < n; i++) {
      const shadow = shadowOf(hosts[i]!);
      if (shadow !== null) {
        options.onShadowRoot?.(shadow);
        if (yield* scopeMatches(shadow, gate)) return true;
        scopes.push(shadow);
      }
      if (++turns === TURNS_PER_CHECKPOINT * 4) {
        turns = 0;
        yield 'gate';
      }
    }
  }
  return false;
}

/** `mayMatchSteps` in one go. */
export function pageMayMatch(
  root: Document | Element,
  packs: readonly { identity: Pick<Identity, 'gate'> }[],
  options: MayMatchOptions = {},
): boolean {
  return runSteps(mayMatchSteps(root, packs, options));
}
