// The walk over a rendered page that extraction reads it by: elements skipped
// or hidden, blocks, links, furniture, frames, shadow roots and slots, with the
// text of each node handed to a TextWriter.
//
// The walk keeps its own stack (no recursion), so it can pause anywhere and no
// nesting can exhaust the call stack. Nodes to visit and the elements being read
// share it; an element's children are read one at a time from its entry, so a
// parent of thousands of children costs no more in one step than any other.

import { TURNS_PER_CHECKPOINT } from '../steps';
import { FURNITURE_TAGS, isBoilerplate } from './boilerplate';
import { elementsUpTo } from './element-count';
import { SHADOW_HOST_TAGS } from './shadow-hosts';
import { HUGE_ELEMENTS, StoryRuns, type ByRuns } from './story-runs';
import { TextWriter, type Enclosing } from './text-writer';

/** Nesting deeper than this is not read (see pushChildren). */
const MAX_DEPTH = 1000;
/** Same-origin frames read at most (see enterFrame). */
const MAX_FRAMES = 50;

const SKIP_TAGS = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'img',
  'picture',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'datalist',
  'output',
  'progress',
  'meter',
]);

const BLOCK_TAGS = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'iframe',
]);

const SHADOW_HOSTS = new Set(SHADOW_HOST_TAGS);

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

const NO_FURNITURE: readonly Element[] = [];

// Hidden by markup. (Stylesheet-hidden blocks are left to the article finder, which asks
// the computed style of the few blocks it keeps: far cheaper than asking for every element.)
// aria-hidden and inert are not checked: modals set them on visible page content.
function hidden(el: Element, tag: string): boolean {
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  // What a reader types (editors, inline ones included) is not the article.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** An element being read: its children not read yet, and what it changed in the walk's context. */
class Leave {
  /** Whether its content was pushed one level deeper (see pushChildren). */
  deeper = false;
  /** The next child to read, if its children are read from here. */
  next: Node | null = null;
  /** Its children's runs, when they are read by runs (see story-runs.ts). */
  runs: StoryRuns | null = null;
  /** Where the run being walked ends (null: at the last child). */
  runEnd: Node | null = null;
  /** Whether the run being walked is one large element, read by runs in its turn. */
  largeRun = false;
  constructor(
    readonly tag: string,
    readonly isBlock: boolean,
    readonly outerBlock: Element,
    readonly outerFurniture: readonly Element[],
  ) {}
}

export class PageWalk {
  readonly writer: TextWriter;
  /** Documents of the same-origin frames read, with their <iframe> elements. */
  readonly frames = new Map<Document, Element>();
  readonly shadowRoots: ShadowRoot[] = [];
  /** Where the publication date may be (scripts, <time>, <article>), met on the way: a
   *  search of the whole document for them took 40 ms in one go on a 250 000-element page. */
  readonly dated: Element[] = [];
  /** Work since the last pause (nodes visited and children read). */
  turns = 0;
  /** Nodes read one by one (each costs a wrapper in a content script's world). */
  nodesRead = 0;
  private readonly stack: (Node | Leave)[] = [];
  private readonly at: Enclosing;
  private depth = 0;
  private framesRead = 0;

  /** @param byRuns given, a huge document is read by runs (see story-runs.ts). */
  constructor(
    root: Document | Element,
    private readonly shadowOf: (el: Element) => ShadowRoot | null,
    private readonly byRuns?: ByRuns,
  ) {
    const isDocument = root.nodeType === 9;
    this.at = {
      blockEl: isDocument ? (root as Document).documentElement : (root as Element),
      furniture: NO_FURNITURE,
      linkDepth: 0,
      articleDepth: 0,
      preDepth: 0,
    };
    this.writer = new TextWriter(this.at);
    const start = isDocument ? (root as Document).body : (root as Element);
    if (start === null) return;
    this.stack.push(start);
    const huge = byRuns?.hugeElements ?? HUGE_ELEMENTS;
    if (byRuns !== undefined && elementsUpTo(start, huge) > huge) this.hugeStart = start;
  }

  /** Where the walk starts, when the document is huge: read by runs. */
  private hugeStart: Node | null = null;

  /** Visits the next node, or leaves the next element read; false once the walk is done. */
  step(): boolean {
    const item = this.stack.pop();
    if (item === undefined) return false;
    if (!(item instanceof Leave)) this.visit(item, item === this.hugeStart);
    else if (item.next !== item.runEnd) {
      const child = item.next!;
      // Each child read costs a wrapper: a turn of its own.
      item.next = child.nextSibling;
      this.turns++;
      this.stack.push(item);
      this.visit(child, item.largeRun);
    } else if (item.runs === null || !this.nextRun(item)) this.exit(item);
    return true;
  }

  /** Moves `leave` to its next run of children; false after the last. */
  private nextRun(leave: Leave): boolean {
    const run = leave.runs!.next();
    if (run === null) return false;
    this.stack.push(leave);
    // A native read of thousands of elements: a checkpoint's worth of work.
    if (run === 'read') this.turns += TURNS_PER_CHECKPOINT;
    else if (run.walk) {
      leave.next = run.first;
      leave.runEnd = run.end;
      leave.largeRun = run.large;
    } else {
      // What is not read still separates what is.
      this.writer.lineBreak(2);
      leave.next = leave.runEnd = run.end;
    }
    return true;
  }

  /** Reads a node; `large`: an element whose children are read by runs. */
  private visit(node: Node, large = false): void {
    this.nodesRead++;
    const type = node.nodeType;
    if (type === 3) {
      this.writer.text(node as Text);
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'script' || tag === 'time' || tag === 'article') this.dated.push(el);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') this.writer.br();
    else this.enter(el, tag, large);
  }

  /** Reads an element: its context until its end, then its content. */
  private enter(el: Element, tag: string, large: boolean): void {
    const custom = tag.includes('-');
    const isBlock = custom || BLOCK_TAGS.has(tag);
    if (hidden(el, tag)) return;
    const { at } = this;
    const leave = new Leave(tag, isBlock, at.blockEl, at.furniture);
    if (isBlock) {
      this.writer.lineBreak(2);
      at.blockEl = el;
      if (FURNITURE_TAGS.has(tag) || el.hasAttributes()) {
        if (isBoilerplate(el, tag, at.articleDepth > 0)) at.furniture = [...at.furniture, el];
      }
      if (tag === 'article') at.articleDepth++;
      if (tag === 'pre') at.preDepth++;
    } else if (tag === 'a') {
      at.linkDepth++;
    }
    this.stack.push(leave);
    leave.deeper = this.pushContent(el, tag, custom, leave, large);
  }

  /** Pushes what of an element is read: a frame's body, a closed <details>' summaries, a
   *  slot's assigned nodes, a shadow root, or its children (the last three read from
   *  `leave`). True when one level deeper. */
  private pushContent(
    el: Element,
    tag: string,
    custom: boolean,
    leave: Leave,
    large: boolean,
  ): boolean {
    if (tag === 'iframe') return this.enterFrame(el as HTMLIFrameElement, leave);
    if (tag === 'details' && !el.hasAttribute('open')) {
      const summaries: Node[] = [];
      for (let child = el.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 1 && (child as Element).localName === 'summary')
          summaries.push(child);
      }
      this.pushAll(summaries);
      return false;
    }
    if (tag === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length === 0) return this.pushChildren(el, leave);
      this.pushAll(assigned);
      return false;
    }
    const shadow = custom || SHADOW_HOSTS.has(tag) ? this.shadowOf(el) : null;
    if (shadow !== null) this.shadowRoots.push(shadow);
    // A shadow root's children are not the ones counted: read one by one.
    return this.pushChildren(shadow ?? el, leave, large && shadow === null);
  }

  /** After an element's content: closes its block and restores what it changed. */
  private exit(leave: Leave): void {
    if (leave.deeper) this.depth--;
    const { at } = this;
    const tag = leave.tag;
    if (leave.isBlock) {
      this.writer.lineBreak(2);
      at.blockEl = leave.outerBlock;
      at.furniture = leave.outerFurniture;
      if (tag === 'article') at.articleDepth--;
      if (tag === 'pre') at.preDepth--;
    } else if (tag === 'a') {
      at.linkDepth--;
    }
  }

  /** Has `leave` read the children of `parent`, one level deeper; false past MAX_DEPTH. */
  private pushChildren(parent: Node, leave: Leave, large = false): boolean {
    // Hostile pages nest elements thousands deep; no article does.
    if (this.depth >= MAX_DEPTH) return false;
    this.depth++;
    if (large) leave.runs = new StoryRuns(parent, this.byRuns!);
    else leave.next = parent.firstChild;
    return true;
  }

  private pushAll(nodes: readonly Node[]): void {
    for (let k = nodes.length - 1; k >= 0; k--) this.stack.push(nodes[k]!);
    this.turns += nodes.length;
  }

  private enterFrame(frame: HTMLIFrameElement, leave: Leave): boolean {
    // Reading a frame's document is slow; pages with thousands of frames are ads or
    // widgets, and an article is in one of the first few.
    if (this.framesRead++ >= MAX_FRAMES) return false;
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null;
    } catch {
      body = null; // cross-origin: not readable
    }
    if (body === null) return false;
    this.frames.set(body.ownerDocument, frame);
    return this.pushChildren(body, leave);
  }
}
