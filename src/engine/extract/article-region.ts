// Finds where the article lies in a page's text: the container that holds the
// most paragraph text (not the furniture around it), widened to the whole
// article, and — on pages that stack several stories (aggregators, live
// blogs) — the stories inside it, so that a matcher can keep only its own.

import { runSteps, TURNS_PER_CHECKPOINT, type Steps } from '../steps';
import type { Span } from '../types';
import type { PageText } from './page-text';
import type { Block } from './text-writer';

export interface ArticleRegion {
  /** The element that holds the article. */
  root: Element;
  /** Indices into `pt.blocks` of the article's text, in page order. */
  blocks: number[];
  /** When `root` stacks several stories: the block indices of each (subsets of `blocks`). */
  stories: number[][];
}

/** Blocks a simple pass (no DOM reads) goes through between pauses. */
const BLOCKS_PER_CHECKPOINT = TURNS_PER_CHECKPOINT * 16;

/** Elements whose text is one paragraph; their parent is the container that gets the score. */
const PARAGRAPH_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figcaption',
  'summary',
  'caption',
]);
const NEVER_PARAGRAPH = new Set(['td', 'th', 'body', 'html', 'article', 'main', 'section']);

/** Furniture that holds more than this share of the page text is a wrapper, not furniture. */
const WRAPPER_SHARE = 0.5;
/** A block whose text is mostly link text is a list of links, not article text. */
const LINK_SHARE = 0.5;
/** Other candidate regions must score at least this share of the best. */
const ALTERNATE_SHARE = 0.3;
/** A prose block: article text rather than a teaser, a label or a list of links. */
const PROSE_CHARS = 80;
const PROSE_LINK_SHARE = 0.2;
/** What marks a story among siblings: its own headline or timestamp. */
const STORY_MARKS = 'h1, h2, h3, h4, time';
/** A story must hold this much text. */
const MIN_STORY_CHARS = 150;

/** Parent across shadow-root boundaries, and from a frame's document to its <iframe>. */
function parentOf(el: Element, frames: ReadonlyMap<Document, Element>): Element | null {
  const parent = el.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  if (parent.nodeType === 9) return frames.get(parent as Document) ?? null;
  return null;
}

/** The top document's <body> or <html>: never an article container. */
function isTop(el: Element, frames: ReadonlyMap<Document, Element>): boolean {
  const tag = el.localName;
  return (tag === 'body' || tag === 'html') && !frames.has(el.ownerDocument);
}

interface Stats {
  score: number;
  chars: number;
  linkChars: number;
  /** Characters in prose blocks: long, few links. */
  prose: number;
}

/** Page analysis shared by the steps below. */
class Layout {
  readonly stats = new Map<Element, Stats>();
  /** Content block indices under each element, in page order. */
  private readonly under = new Map<Element, number[]>();
  /** Children of each element that hold content blocks. */
  private readonly kids = new Map<Element, Set<Element>>();
  private readonly storiesOf = new Map<Element, Element[]>();
  /** Each element's parent (see parentOf), read once: every block's chain climbs to the
   *  top, and a block's ancestors are most other blocks' too (a DOM read each, in a content
   *  script's world). */
  private readonly parents = new Map<Element, Element | null>();

  private constructor(
    readonly pt: PageText,
    readonly content: boolean[],
  ) {}

  /** Scores every container from the content blocks it holds, pausing now and then. */
  static *build(pt: PageText): Steps<Layout> {
    const blocks = pt.blocks;
    const wrappers = yield* furnitureWrappers(pt);
    // A 5 MB page has a hundred thousand blocks: each pass over them pauses too.
    const perEl = new Map<Element, number>();
    const content: boolean[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      perEl.set(block.el, (perEl.get(block.el) ?? 0) + 1);
      content.push(isContent(block, wrappers));
      if (i % BLOCKS_PER_CHECKPOINT === BLOCKS_PER_CHECKPOINT - 1) yield 'match';
    }
    const layout = new Layout(pt, content);
    for (let i = 0; i < blocks.length; i++) {
      layout.add(blocks[i]!, i, perEl);
      if (i % TURNS_PER_CHECKPOINT === TURNS_PER_CHECKPOINT - 1) yield 'match';
    }
    return layout;
  }

  private add(block: Block, i: number, perEl: ReadonlyMap<Element, number>): void {
    const pt = this.pt;
    if (!this.content[i]) return;
    const len = block.end - block.start;
    const prose = len >= PROSE_CHARS && block.linkChars < PROSE_LINK_SHARE * len;
    const chain = this.chain(block.el);
    chain.forEach((el, k) => {
      const elStats = this.stat(el);
      elStats.chars += len;
      elStats.linkChars += block.linkChars;
      if (prose) elStats.prose += len;
      const list = this.under.get(el);
      if (list === undefined) this.under.set(el, [i]);
      else list.push(i);
      if (k > 0) {
        const set = this.kids.get(el);
        if (set === undefined) this.kids.set(el, new Set([chain[k - 1]!]));
        else set.add(chain[k - 1]!);
      }
    });
    if (block.heading > 0 || len < 25) return;
    const text = pt.text.slice(block.start, block.end);
    const points = 1 + countCommas(text) + Math.min(3, Math.floor(len / 100));
    const tag = block.el.localName;
    const paragraph =
      PARAGRAPH_TAGS.has(tag) || (!NEVER_PARAGRAPH.has(tag) && perEl.get(block.el) === 1);
    const start = paragraph ? 1 : 0;
    for (let level = 0; level < 3; level++) {
      const el = chain[start + level];
      if (el === undefined || isTop(el, pt.frames)) break;
      this.stat(el).score += points / (level === 0 ? 1 : level === 1 ? 2 : 6);
    }
  }

  private stat(el: Element): Stats {
    let elStats = this.stats.get(el);
    if (elStats === undefined) {
      elStats = { score: 0, chars: 0, linkChars: 0, prose: 0 };
      this.stats.set(el, elStats);
    }
    return elStats;
  }

  parent(el: Element): Element | null {
    let parent = this.parents.get(el);
    if (parent === undefined) {
      parent = parentOf(el, this.pt.frames);
      this.parents.set(el, parent);
    }
    return parent;
  }

  /** `el` and its ancestors, nearest first. */
  chain(el: Element): Element[] {
    const chain: Element[] = [];
    for (let ancestor: Element | null = el; ancestor !== null; ancestor = this.parent(ancestor))
      chain.push(ancestor);
    return chain;
  }

  private insideArticle(el: Element): boolean {
    return this.chain(el).some((e, k) => k > 0 && e.localName === 'article');
  }

  chars(el: Element): number {
    return this.stats.get(el)?.chars ?? 0;
  }

  /**
   * Containers scoring at least `share` of the best, and their scores, best first, weighed
   * down by their share of link text. Only those are sorted: sorting the tens of thousands
   * of containers of a huge page took more than a frame. Pauses now and then.
   */
  *ranked(share: number): Steps<[Element, number][]> {
    const scored: [Element, number][] = [];
    let best = -Infinity;
    let turns = 0;
    for (const el of this.stats.keys()) {
      if (++turns % BLOCKS_PER_CHECKPOINT === 0) yield 'match';
      const stat = this.stats.get(el)!;
      if (stat.score <= 0) continue;
      const score = stat.score * (1 - stat.linkChars / Math.max(1, stat.chars));
      scored.push([el, score]);
      if (score > best) best = score;
    }
    yield 'match';
    // The sort is stable: those kept stay in the order they had among all.
    return scored.filter(([, score]) => score >= share * best).sort((a, b) => b[1] - a[1]);
  }

  /** Content blocks inside `el`, in page order. */
  blocksIn(el: Element): number[] {
    return [...(this.under.get(el) ?? [])];
  }

  private childrenWithText(el: Element): Element[] {
    return [...(this.kids.get(el) ?? [])];
  }

  /** Children of `el` that look like stories: enough text, and an <article>, or holding
   *  a heading or a <time> (a live-blog entry). Pauses between them (a live blog has thousands). */
  *stories(el: Element): Steps<Element[]> {
    let found = this.storiesOf.get(el);
    if (found === undefined) {
      found = yield* this.findStories(el);
      this.storiesOf.set(el, found);
    }
    return found;
  }

  private *findStories(el: Element): Steps<Element[]> {
    // Wrappers with a single substantial child are looked through.
    let candidate = el;
    for (;;) {
      const total = this.chars(candidate);
      const big = this.childrenWithText(candidate).filter((k) => this.chars(k) >= 0.8 * total);
      if (big.length !== 1) break;
      candidate = big[0]!;
    }
    const found: Element[] = [];
    let turns = 0;
    for (const child of this.childrenWithText(candidate)) {
      if (++turns % TURNS_PER_CHECKPOINT === 0) yield 'match';
      if (this.isStory(child)) found.push(child);
    }
    return found;
  }

  private isStory(el: Element): boolean {
    if (this.chars(el) < MIN_STORY_CHARS) return false;
    return el.localName === 'article' || el.querySelector(STORY_MARKS) !== null;
  }

  /** Widen a container to its whole article: up to an enclosing <article>, and past
   *  parents that add little text, add more prose (an article body split in parts),
   *  or stack stories (which a matcher then sorts out). */
  *climb(el: Element, stopAt: (p: Element) => boolean): Steps<Element> {
    let current = el;
    const frames = this.pt.frames;
    for (
      let parent = this.parent(current);
      parent !== null && !isTop(parent, frames) && !stopAt(parent);
      parent = this.parent(current)
    ) {
      const extra = this.chars(parent) - this.chars(current);
      const extraProse =
        (this.stats.get(parent)?.prose ?? 0) - (this.stats.get(current)?.prose ?? 0);
      const widen =
        extra <= 0.5 * this.chars(current) ||
        extraProse >= 0.8 * extra ||
        this.insideArticle(current) ||
        (yield* this.stories(parent)).length >= 2;
      if (!widen) break;
      yield 'match';
      current = parent;
    }
    return current;
  }
}

const COMMAS = /[,\u3001\uff0c]/g;

/** Searched natively: a loop over every character runs cold, in the interpreter, on most pages. */
function countCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0;
}

/** Furniture elements that hold most of the page: mislabelled wrappers. */
function* furnitureWrappers(pt: PageText): Steps<Set<Element>> {
  let total = 0;
  const held = new Map<Element, number>();
  const blocks = pt.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const len = block.end - block.start;
    total += len;
    for (const element of block.furniture) held.set(element, (held.get(element) ?? 0) + len);
    if (i % BLOCKS_PER_CHECKPOINT === BLOCKS_PER_CHECKPOINT - 1) yield 'match';
  }
  const out = new Set<Element>();
  held.forEach((chars, element) => {
    if (chars > WRAPPER_SHARE * total) out.add(element);
  });
  return out;
}

function isContent(block: Block, wrappers: Set<Element>): boolean {
  if (block.end <= block.start) return false;
  for (const element of block.furniture) if (!wrappers.has(element)) return false;
  const len = block.end - block.start;
  const linky = block.linkChars > LINK_SHARE * len;
  return !linky || block.heading === 1 || block.heading === 2;
}

/** The element's computed style: a style recalculation at most, never a layout (reading
 *  a box size such as `offsetWidth` would force one of the whole page). */
function styleOf(el: Element): CSSStyleDeclaration | undefined {
  return el.ownerDocument.defaultView?.getComputedStyle(el);
}

/**
 * The blocks that no stylesheet hides: neither `display: none` on the block's element
 * or an ancestor up to `root`, nor an invisible computed `visibility` on the block's
 * element (inherited, so it already says what its ancestors set). Regions keep hidden
 * blocks: asking the browser costs, so a matcher asks only for the blocks it keeps.
 */
export function* visibleBlocksSteps(
  pt: PageText,
  blocks: readonly number[],
  root: Element,
  stage: string,
): Steps<number[]> {
  const frames = pt.frames;
  // One style object per element, for its display and its visibility alike: each asked
  // costs a new object, and a new wrapper in a content script's world.
  const styles = new Map<Element, CSSStyleDeclaration | undefined>();
  const style = (el: Element) => {
    if (!styles.has(el)) styles.set(el, styleOf(el));
    return styles.get(el);
  };
  const seen = new Map<Element, boolean>();
  const undisplayed = (el: Element): boolean => {
    let hidden = seen.get(el);
    if (hidden === undefined) {
      const parent = el === root ? null : parentOf(el, frames);
      hidden = style(el)?.display === 'none' || (parent !== null && undisplayed(parent));
      seen.set(el, hidden);
    }
    return hidden;
  };
  const visible: number[] = [];
  for (let k = 0; k < blocks.length; k++) {
    // A style read costs about a microsecond, more for a block deep in a huge page.
    if (k > 0 && k % TURNS_PER_CHECKPOINT === 0) yield stage;
    const i = blocks[k]!;
    const el = pt.blocks[i]!.el;
    if (undisplayed(el)) continue;
    const visibility = style(el)?.visibility;
    if (visibility !== 'hidden' && visibility !== 'collapse') visible.push(i);
  }
  return visible;
}

/** `visibleBlocksSteps` in one go. */
export function visibleBlocks(pt: PageText, blocks: readonly number[], root: Element): number[] {
  return runSteps(visibleBlocksSteps(pt, blocks, root, 'match'));
}

function* regionOf(layout: Layout, root: Element): Steps<ArticleRegion> {
  const blocks = layout.blocksIn(root);
  const pt = layout.pt;
  const headline = (i: number) => pt.blocks[i]!.heading === 1;
  // The headline may sit above the container (e.g. in a hero banner). Both searches pause:
  // a huge page has a hundred thousand blocks.
  const first = blocks[0];
  let hasHeadline = false;
  for (let k = 0; k < blocks.length && !hasHeadline; k++) {
    if (k % BLOCKS_PER_CHECKPOINT === BLOCKS_PER_CHECKPOINT - 1) yield 'match';
    hasHeadline = headline(blocks[k]!);
  }
  if (first !== undefined && !hasHeadline) {
    for (let i = first - 1; i >= 0; i--) {
      if ((first - i) % BLOCKS_PER_CHECKPOINT === 0) yield 'match';
      if (layout.content[i] && headline(i)) {
        blocks.unshift(i);
        break;
      }
    }
  }
  const stories = (yield* layout.stories(root)).map((s) => layout.blocksIn(s));
  return { root, blocks, stories: stories.length >= 2 ? stories : [] };
}

/**
 * Candidate article regions, best first: the main one, then up to two other
 * substantial containers elsewhere on the page (for a matcher to fall back on
 * when the main one is not the story it looks for).
 */
export function* findArticleRegionsSteps(pt: PageText): Steps<ArticleRegion[]> {
  const layout = yield* Layout.build(pt);
  const ranked = yield* layout.ranked(ALTERNATE_SHARE);
  const [best, bestScore] = ranked[0] ?? [];
  if (best === undefined || bestScore === undefined) return [];
  const roots: Element[] = [yield* layout.climb(best, () => false)];
  for (const [el, score] of ranked.slice(1)) {
    if (roots.length >= 3 || score < ALTERNATE_SHARE * bestScore) break;
    yield 'match';
    const overlaps = (region: Element): boolean =>
      layout.chain(el).includes(region) || layout.chain(region).includes(el);
    if (roots.some(overlaps)) continue;
    const root = yield* layout.climb(el, (p) => roots.some((r) => layout.chain(r).includes(p)));
    roots.push(root);
  }
  const regions: ArticleRegion[] = [];
  for (const root of roots) {
    yield 'match';
    regions.push(yield* regionOf(layout, root));
  }
  return regions;
}

/** `findArticleRegionsSteps` in one go. */
export function findArticleRegions(pt: PageText): ArticleRegion[] {
  return runSteps(findArticleRegionsSteps(pt));
}

/** Spans of the page text covering the given blocks, neighbours merged; pauses (yielding
 *  `stage`) every few thousand blocks. */
export function* blocksToSpansSteps(
  pt: { blocks: readonly Span[] },
  indices: readonly number[],
  stage: string,
): Steps<Span[]> {
  const spans: Span[] = [];
  let prev = -2;
  for (const [k, i] of [...indices].sort((a, b) => a - b).entries()) {
    if (k > 0 && k % BLOCKS_PER_CHECKPOINT === 0) yield stage;
    const block = pt.blocks[i]!;
    const last = spans[spans.length - 1];
    if (last !== undefined && i === prev + 1) last.end = block.end;
    else spans.push({ start: block.start, end: block.end });
    prev = i;
  }
  return spans;
}

/** `blocksToSpansSteps` in one go. */
export function blocksToSpans(pt: { blocks: readonly Span[] }, indices: readonly number[]): Span[] {
  return runSteps(blocksToSpansSteps(pt, indices, 'match'));
}
