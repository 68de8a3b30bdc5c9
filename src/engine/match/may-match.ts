// Early exit before extraction: tests the page's raw text (scripts included: a
// superset is safe) for any story's gate fragments. The text is read with
// native calls, far cheaper than a text-node walk: one call per document of
// ordinary size, and `textContent` subtree by subtree on huge ones, so that no
// read holds the main thread for a frame (one read of a 5 MB page took 100 ms
// and more). Open shadow roots, which
// those reads do not enter, are looked for only when the rest of the page has
// no fragment.

import { elementsUpTo } from '../extract/element-count';
import { SHADOW_HOST_TAGS } from '../extract/shadow-hosts';
import { TURNS_PER_CHECKPOINT, runSteps, type Steps } from '../steps';
import { gateWords, type GateWords } from './gate-words';
import type { Identity } from './identity';

export interface MayMatchOptions {
  /** Shadow root of an element for that check; defaults to `el.shadowRoot`. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** Told of every shadow root the check finds (a content script observes them). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Nodes one step of the text pass reads at most (default READ_ELEMENTS; tests pass less). */
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
 * them all. These are the standard elements that accept a shadow root.
 */
const HOST_TAGS = SHADOW_HOST_TAGS.filter((t) => t !== 'body');
/**
 * CSS for one of them with no content of its own (`:empty` also takes one
 * holding only comments: a few more candidates, none missed). A selector, not
 * the XPath predicate it was (`not(node()) and (self::div or …)`): over the
 * 50 000 elements of the 1 MB bench page, in a content world on a busy machine,
 * one XPath query with it took 270-800 ms and without it 3-11 ms, and this
 * selector 3 ms. It was most of the gate's time on pages without the story.
 */
const EMPTY_HOST = `:empty:is(${HOST_TAGS.join(',')})`;
/** Custom elements: their names hold a hyphen. */
const CUSTOM_ELEMENTS = `descendant-or-self::*[contains(local-name(), '-')]`;
/** XPathResult.ORDERED_NODE_SNAPSHOT_TYPE */
const SNAPSHOT = 7;
/**
 * Elements the queries of one step walk at most: an XPath query's node sets are garbage
 * collected inside the step that made them, which took 50-300 ms at times on a page of
 * 250 000 elements walked in one query; steps of 4000 elements still took 10-20 ms on the
 * 5 MB bench page, and of 2000 up to 8-24 ms on a busy machine (of 1000: 2-7 ms).
 */
const XPATH_CHUNK = 1_000;
/** Elements a page answered in one step (`smallPageMatches`) holds at most. */
const SMALL_PAGE = 2_000;

/** The custom elements and empty standard hosts under `scope`, `scope`'s custom self included, read in chunks of subtrees. */
function* hostElements(doc: Document, scope: Element, count: Gate['count']): Steps<Element[]> {
  const out: Element[] = [];
  // One query per child, not one per run of children with `position()`: that walked all
  // of the parent's children for every run, and the bench's 5 MB page has parents of
  // thousands of children.
  const custom = doc.createExpression(CUSTOM_ELEMENTS);
  /** Hosts in the subtrees of `parent`'s element children from..to (1-based, inclusive). */
  const read = (parent: Element, from: number, to: number) => {
    const children = parent.children;
    for (let k = from; k <= to; k++) {
      const child = children[k - 1]!;
      if (child.firstElementChild === null) {
        if (child.localName.includes('-') || child.matches(EMPTY_HOST)) out.push(child);
        continue;
      }
      const found = custom.evaluate(child, SNAPSHOT, null);
      for (let i = 0; i < found.snapshotLength; i++) out.push(found.snapshotItem(i) as Element);
      out.push(...child.querySelectorAll(EMPTY_HOST));
    }
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
      const elements = count(child, XPATH_CHUNK);
      if (elements > XPATH_CHUNK) {
        // Too large for one query: its own children are read in chunks.
        read(parent, from, k - 1);
        if (child.localName.includes('-')) out.push(child);
        large.push(child);
        [from, size] = [k + 1, 0];
        yield 'gate';
      } else if (size + elements > XPATH_CHUNK) {
        read(parent, from, k - 1);
        [from, size] = [k, elements];
        yield 'gate';
      } else size += elements;
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
function* hostCandidates(scope: Scope, count: Gate['count']): Steps<Element[]> {
  const doc = scope.ownerDocument;
  if (scope.nodeType === 1 && doc && typeof doc.createExpression === 'function') {
    try {
      return yield* hostElements(doc, scope as Element, count);
    } catch {
      // fall back to every element
    }
  }
  return [...scope.querySelectorAll('*')];
}

/** The root element of a same-origin frame's document. */
function frameRoot(frame: HTMLIFrameElement): Element | null {
  try {
    return frame.contentDocument?.documentElement ?? null;
  } catch {
    return null; // cross-origin: not readable
  }
}

/**
 * Nodes one step of the text pass reads at most (the elements of the subtrees it reads,
 * and the other nodes it passes): about 1 ms in a content script, where a 250 000-element
 * page took 100-180 ms in one read, and runs of 3000 elements made steps of 10 ms and more
 * on the 5 MB bench page (with the collection after them).
 */
const READ_ELEMENTS = 1_000;
/** Characters the gate's words are looked for in one step at most. */
const TEST_CHARS = 1 << 16;
/** Characters of a page answered in one step at most. */
const SMALL_PAGE_CHARS = 1 << 18;

/** Pushes the same-origin frames' documents under `el` (`el` included) onto `out`. */
function addFrames(el: Element, out: Element[]): void {
  if (out.length >= MAX_FRAMES) return;
  if (el.localName === 'iframe') {
    const root = frameRoot(el as HTMLIFrameElement);
    if (root) out.push(root);
    return;
  }
  if (el.firstElementChild === null) return;
  const frames = el.getElementsByTagName('iframe');
  for (let i = 0; out.length < MAX_FRAMES; i++) {
    const frame = frames.item(i) as HTMLIFrameElement | null;
    if (frame === null) break;
    const root = frameRoot(frame);
    if (root) out.push(root);
  }
}

/** The gate's words and how the text is read for them. */
interface Gate {
  words: GateWords;
  readElements: number;
  /** `elementsUpTo`, remembered for the check: the text pass and the shadow-host pass size the same subtrees. */
  count: (node: Node, limit: number) => number;
}

/**
 * `elementsUpTo` that remembers its answers: an exact count answers any limit, and "more
 * than L" any limit up to L. The shadow-host pass sized again most of the subtrees the
 * text pass had sized, a native walk of each. A count gone stale by a change during the
 * check only sizes a read or a query differently (and the change brings a check of its own).
 */
function rememberedCounts(): (node: Node, limit: number) => number {
  const known = new Map<Node, { limit: number; count: number }>();
  return (node, limit) => {
    const seen = known.get(node);
    if (seen !== undefined) {
      if (seen.count !== Infinity) return seen.count > limit ? Infinity : seen.count;
      if (seen.limit >= limit) return Infinity;
    }
    const count = elementsUpTo(node, limit);
    known.set(node, { limit, count });
    return count;
  };
}

/**
 * Whether `scope` may hold a frame: false when its window has none (`window.length`, the
 * frames in its document, asked at no cost), so that no subtree is searched for one.
 * Shadow roots are searched anyway (their frames may not be counted there).
 */
function mayHoldFrames(scope: Scope): boolean {
  if (scope.nodeType !== 1) return true;
  const frames = scope.ownerDocument?.defaultView?.length;
  return typeof frames !== 'number' || frames > 0;
}

/**
 * Whether the text of `scope` (as `textContent` reads it) matches the gate.
 * Read in one native call when `scope` is small; else runs of sibling nodes of at
 * most `readElements` nodes in all (a subtree's elements, or a text node) are read,
 * one call per subtree, in document order, and the last `longest - 1` characters
 * read are kept for a match across two reads.
 */
function* textMatches(scope: Scope, gate: Gate, frames: Element[]): Steps<boolean> {
  const { words, readElements, count } = gate;
  const framed = mayHoldFrames(scope);
  let tail = '';
  const keep = Math.max(0, words.longest - 1);
  function* take(text: string): Steps<boolean> {
    for (let at = 0; at < text.length; at += TEST_CHARS) {
      if (at > 0) yield 'gate';
      const piece = tail + text.slice(at, at + TEST_CHARS);
      if (words.holds(piece)) return true;
      tail = keep > 0 ? piece.slice(-keep) : '';
    }
    return false;
  }
  // A document of up to twice a run is still read in one call (most pages are): one call
  // costs less than the runs and counts that would replace it, and takes a few ms.
  const size = count(scope, 2 * readElements);
  if (size <= 2 * readElements) {
    if (framed && scope.nodeType === 1) addFrames(scope as Element, frames);
    else if (framed) for (const el of (scope as ShadowRoot).children) addFrames(el, frames);
    return yield* take(scope.textContent ?? '');
  }
  const stack: Node[] = [scope];
  const next: number[] = [0];
  while (stack.length > 0) {
    const parent = stack[stack.length - 1]!;
    const kids = parent.childNodes;
    if (next[next.length - 1]! >= kids.length) {
      stack.pop();
      next.pop();
      continue;
    }
    yield 'gate';
    const texts: string[] = [];
    let run = 0;
    let to = next[next.length - 1]!;
    let large: Node | null = null;
    for (; to < kids.length; to++) {
      const kid = kids[to]!;
      const type = kid.nodeType;
      if (type !== 1) {
        // A node passed is work too: a parent may hold any number of text nodes or comments.
        if (run >= readElements) break;
        run++;
        if (type === 3 || type === 4) texts.push((kid as CharacterData).data);
        // Comments and the like are no part of the parent's textContent.
        continue;
      }
      const elements = count(kid, readElements);
      if (elements > readElements) {
        large = kid;
        break;
      }
      if (run + elements > readElements) break;
      run += elements;
      if (framed) addFrames(kid as Element, frames);
      texts.push(kid.textContent ?? '');
    }
    next[next.length - 1] = large === null ? to : to + 1;
    if (texts.length > 0 && (yield* take(texts.join('')))) return true;
    if (large !== null) {
      // Too large for one read: its children are read in runs.
      stack.push(large);
      next.push(0);
    }
  }
  return false;
}

/** Whether the text under `scope` or its same-origin frames matches. */
function* scopeMatches(scope: Scope, gate: Gate): Steps<boolean> {
  const frames: Element[] = [];
  if (yield* textMatches(scope, gate, frames)) return true;
  for (const frame of frames) {
    yield 'gate';
    // A frame's own frames are not read (as before: one level).
    if (yield* textMatches(frame, gate, [])) return true;
  }
  return false;
}

/** Its text (the string value of an XPath node: a document's is its root element's textContent). */
const TEXT = 'string(.)';
/** XPathResult.STRING_TYPE */
const STRING = 2;

/**
 * The whole check, in one go, of a page of a few thousand elements and a few hundred
 * thousand characters at most, with no frame and no open shadow root, as nearly every
 * page is: one text read and one query of each kind. The general check's steps, counts
 * and queries per subtree cost such a page twice what these do. Undefined for any
 * other page, which the general check reads (text included, read again).
 *
 * A document is asked through its own methods, never through an element: a content
 * script's world makes the prototypes of Node, Element and HTMLElement on its first
 * element object, 0.15-0.35 ms, half the check on a page without the story. The text
 * is read by XPath, whose machinery the custom elements' query needs anyway.
 */
function smallPageMatches(
  scope: Document | Element,
  words: GateWords,
  shadowOf: (el: Element) => ShadowRoot | null,
): boolean | undefined {
  const doc = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
  if (typeof doc.evaluate !== 'function') return undefined;
  if (elementsUpTo(scope, SMALL_PAGE) > SMALL_PAGE) return undefined;
  if (scope.getElementsByTagName('iframe').item(0) !== null) return undefined;
  const text = doc.evaluate(TEXT, scope, null, STRING, null).stringValue;
  if (text.length > SMALL_PAGE_CHARS) return undefined;
  if (words.holds(text)) return true;
  const custom = doc.evaluate(CUSTOM_ELEMENTS, scope, null, SNAPSHOT, null);
  for (let i = 0; i < custom.snapshotLength; i++) {
    if (shadowOf(custom.snapshotItem(i) as Element) !== null) return undefined;
  }
  for (const el of scope.querySelectorAll(EMPTY_HOST)) if (shadowOf(el) !== null) return undefined;
  return false;
}

/**
 * The packs' gate words, or the answer for every page: false with no story, true when an empty
 * fragment lets every page through. Plain loops: this runs once a page in a cold world, where
 * the first calls of `flatMap` and `includes` (with `gateWords`' own) cost more than the search
 * (0.4 against 0.17 ms in a probe).
 */
function gateOf(packs: readonly { identity: Pick<Identity, 'gate'> }[]): GateWords | boolean {
  const fragments: string[] = [];
  for (let i = 0; i < packs.length; i++) {
    const gate = packs[i]!.identity.gate;
    for (let k = 0; k < gate.length; k++) {
      if (gate[k] === '') return true;
      fragments.push(gate[k]!);
    }
  }
  return fragments.length > 0 && gateWords(fragments);
}

/** False when no pack's story can be on the page, so extraction can be skipped. */
export function* mayMatchSteps(
  root: Document | Element,
  packs: readonly { identity: Pick<Identity, 'gate'> }[],
  options: MayMatchOptions = {},
): Steps<boolean> {
  yield 'gate';
  const words = gateOf(packs);
  if (typeof words === 'boolean') return words;
  const shadowOf = options.shadowRoot ?? ((el: Element) => el.shadowRoot);
  const small = smallPageMatches(root, words, shadowOf);
  if (small !== undefined) return small;
  const gate: Gate = {
    words,
    readElements: options.readElements ?? READ_ELEMENTS,
    count: rememberedCounts(),
  };
  const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (start === null) return false;
  if (yield* scopeMatches(start, gate)) return true;

  // Then the shadow roots, nested ones included, each read as its own text.
  const scopes: Scope[] = [start];
  let turns = 0;
  while (scopes.length > 0) {
    yield 'gate';
    const hosts = yield* hostCandidates(scopes.shift()!, gate.count);
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
