// One pass over the rendered page: the visible text as a string, blocks
// (paragraph-like runs of text with the element that holds them) and a map
// from every text offset back to a DOM text node, so that any span of the text
// can become a Range again.

import { runSteps, TURNS_PER_CHECKPOINT, type Steps } from '../steps';
import { FURNITURE_TAGS, isBoilerplate } from './boilerplate';

/** A stretch of the page text copied from one DOM text node. */
export interface TextRun {
  /** Where the run starts in the page text. */
  start: number;
  /** Its length in the page text. */
  length: number;
  node: Text;
  /** Node offset of the run's first character (used when `map` is null). */
  offset: number;
  /** Node offset of each character, when characters were dropped or collapsed. */
  map: number[] | null;
}

/** Text between two line breaks, with what encloses it. */
export interface Block {
  start: number;
  end: number;
  /** Nearest block-level element around the text. */
  el: Element;
  /** 1..6 inside <h1>..<h6>, else 0. */
  heading: number;
  /** Characters of the block inside links. */
  linkChars: number;
  /** Furniture elements (nav, rails, comments, ads...) around the block, outermost first. */
  furniture: readonly Element[];
}

export interface PageText {
  /** Visible text: spaces collapsed, NBSP-like spaces as ' ', invisible characters dropped,
   *  '\n' for a line break and '\n\n' between blocks. */
  text: string;
  blocks: Block[];
  /** Sorted by start, non-overlapping. */
  runs: TextRun[];
  /** The document's language (<html lang>), lower-cased, if any. */
  lang: string | null;
  /** Publication date the page declares (ISO 8601 text), if any. */
  published: string | null;
  /** Documents of the same-origin frames read, with their <iframe> elements. */
  frames: Map<Document, Element>;
  /** Shadow roots read (changes inside them do not reach an observer of the document). */
  shadowRoots: ShadowRoot[];
}

export interface ExtractOptions {
  /** Shadow root of an element; defaults to `el.shadowRoot` (open roots only). A content
   *  script may pass a function that also opens closed roots. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
}

/** Nesting deeper than this is not read (see pushChildren). */
const MAX_DEPTH = 1000;
/** Text pieces joined into one string at a time (see extractSteps). */
const PARTS_PER_JOIN = 4096;
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

/** Standard elements that may host a shadow root (besides custom elements), per the DOM spec. */
export const SHADOW_HOST_TAGS = [
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
];
const SHADOW_HOSTS = new Set(SHADOW_HOST_TAGS);

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/** Collapsible or non-breaking spaces, all read as ' '. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Characters that render as nothing: soft hyphen, zero-width spaces and joiners, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

/** Text made of words separated by single plain spaces, nothing to collapse or drop. */
const SIMPLE_TEXT =
  /^[^\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+(?: [^\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+)*$/;

const NO_FURNITURE: readonly Element[] = [];

/**
 * The visible text of a document, or of an element's subtree, in one pass that
 * may pause (see steps.ts).
 */
export function* extractSteps(
  root: Document | Element,
  options: ExtractOptions = {},
): Steps<PageText> {
  const shadowOf = options.shadowRoot ?? ((el: Element) => el.shadowRoot);

  const parts: string[] = [];
  /** The text so far, joined in pieces of PARTS_PER_JOIN parts. */
  const joined: string[] = [];
  const runs: TextRun[] = [];
  const blocks: Block[] = [];
  const frames = new Map<Document, Element>();
  const shadowRoots: ShadowRoot[] = [];
  let pos = 0;

  // Pending separators: they are written only when visible text follows.
  let pendingBreak = 0;
  let spaceNode: Text | null = null;
  let spaceOffset = 0;
  let spaceInLink = false;

  // Enclosing context.
  let blockEl: Element =
    root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  let linkDepth = 0;
  let articleDepth = 0;
  let preDepth = 0;
  let furniture: readonly Element[] = NO_FURNITURE;

  // The block being written.
  let block: Block | null = null;

  function lineBreak(n: number): void {
    if (n > pendingBreak) pendingBreak = n;
    spaceNode = null;
  }

  /** Ends the current block (if any) with its pending break and starts a new one. */
  function openBlock(): void {
    if (block !== null) {
      block.end = pos;
      blocks.push(block);
      const sep = pendingBreak === 1 ? '\n' : '\n\n';
      parts.push(sep);
      pos += sep.length;
    }
    pendingBreak = 0;
    spaceNode = null;
    const tag = blockEl.localName;
    block = {
      start: pos,
      end: pos,
      el: blockEl,
      heading: HEADINGS[tag] ?? 0,
      linkChars: 0,
      furniture,
    };
  }

  function writeSpace(): void {
    if (spaceNode === null) return;
    runs.push({ start: pos, length: 1, node: spaceNode, offset: spaceOffset, map: null });
    parts.push(' ');
    pos += 1;
    if (spaceInLink) block!.linkChars += 1;
    spaceNode = null;
  }

  function emitText(node: Text): void {
    const data = node.data;
    const n = data.length;
    if (preDepth === 0 && SIMPLE_TEXT.test(data)) {
      // Words and single spaces only (most text nodes): copied whole.
      if (block === null || pendingBreak > 0) openBlock();
      writeSpace();
      runs.push({ start: pos, length: n, node, offset: 0, map: null });
      parts.push(data);
      pos += n;
      if (linkDepth > 0) block!.linkChars += n;
      return;
    }
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        if (preDepth > 0 && c === 0x0a) lineBreak(1);
        else if (spaceNode === null && block !== null && pendingBreak === 0) {
          spaceNode = node;
          spaceOffset = i;
          spaceInLink = linkDepth > 0;
        }
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      // Visible text: write the pending separator, then copy up to the next special character.
      if (block === null || pendingBreak > 0) openBlock();
      writeSpace();
      const runStart = pos;
      const first = i;
      let map: number[] | null = null;
      let segStart = i;
      let written = 0;
      while (i < n) {
        const d = data.charCodeAt(i);
        if (isInvisible(d)) {
          if (i > segStart) parts.push(data.slice(segStart, i));
          map ??= seq(first, written);
          i++;
          segStart = i;
          continue;
        }
        if (isSpace(d)) {
          // A single plain space between words is copied as is; anything else ends the run.
          if (
            d === 0x20 &&
            i + 1 < n &&
            !isSpace(data.charCodeAt(i + 1)) &&
            !isInvisible(data.charCodeAt(i + 1))
          ) {
            if (map !== null) map.push(i);
            written++;
            i++;
            continue;
          }
          break;
        }
        if (map !== null) map.push(i);
        written++;
        i++;
      }
      if (i > segStart) parts.push(data.slice(segStart, i));
      pos += written;
      if (linkDepth > 0) block!.linkChars += written;
      runs.push({ start: runStart, length: written, node, offset: first, map });
    }
  }

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
    const ce = el.getAttribute('contenteditable');
    return ce !== null && ce !== 'false';
  }

  // The walk keeps its own stack (no recursion), so it can pause anywhere and no
  // nesting can exhaust the call stack. Nodes to visit and the ends of the elements
  // being read share it; children are pushed last first so they pop in order.
  const stack: (Node | Leave)[] = [];
  // Where the publication date may be (scripts, <time>, <article>), met on the way: a
  // search of the whole document for them took 40 ms in one go on a 250 000-element page.
  const dated: Element[] = [];
  let depth = 0;
  /** Work since the last pause (nodes visited and children read). */
  let turns = 0;
  let framesRead = 0;

  /** Pushes the children of `parent` one level deeper; false past MAX_DEPTH. */
  function pushChildren(parent: Node): boolean {
    // Hostile pages nest elements thousands deep; no article does.
    if (depth >= MAX_DEPTH) return false;
    depth++;
    for (let c = parent.lastChild; c !== null; c = c.previousSibling) {
      stack.push(c);
      // Each child read costs a wrapper: a parent of thousands is several turns' work.
      turns++;
    }
    return true;
  }

  function pushAll(nodes: readonly Node[]): void {
    for (let k = nodes.length - 1; k >= 0; k--) stack.push(nodes[k]!);
    turns += nodes.length;
  }

  function visit(node: Node): void {
    const type = node.nodeType;
    if (type === 3) {
      emitText(node as Text);
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'script' || tag === 'time' || tag === 'article') dated.push(el);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      if (block !== null) pendingBreak = Math.min(2, pendingBreak + 1);
      spaceNode = null;
      return;
    }
    const custom = tag.includes('-');
    const isBlock = custom || BLOCK_TAGS.has(tag);
    if (hidden(el, tag)) return;

    const leave = new Leave(tag, isBlock, blockEl, furniture);
    if (isBlock) {
      lineBreak(2);
      blockEl = el;
      if (FURNITURE_TAGS.has(tag) || el.hasAttributes()) {
        if (isBoilerplate(el, tag, articleDepth > 0)) furniture = [...furniture, el];
      }
      if (tag === 'article') articleDepth++;
      if (tag === 'pre') preDepth++;
    } else if (tag === 'a') {
      linkDepth++;
    }
    stack.push(leave);

    if (tag === 'iframe') leave.deeper = enterFrame(el as HTMLIFrameElement);
    else if (tag === 'details' && !el.hasAttribute('open')) {
      const summaries: Node[] = [];
      for (let c = el.firstChild; c !== null; c = c.nextSibling) {
        if (c.nodeType === 1 && (c as Element).localName === 'summary') summaries.push(c);
      }
      pushAll(summaries);
    } else if (tag === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) pushAll(assigned);
      else leave.deeper = pushChildren(el);
    } else {
      const shadow = custom || SHADOW_HOSTS.has(tag) ? shadowOf(el) : null;
      if (shadow !== null) shadowRoots.push(shadow);
      leave.deeper = pushChildren(shadow ?? el);
    }
  }

  /** After an element's content: closes its block and restores what it changed. */
  function exit(leave: Leave): void {
    if (leave.deeper) depth--;
    const tag = leave.tag;
    if (leave.isBlock) {
      lineBreak(2);
      blockEl = leave.outerBlock;
      furniture = leave.outerFurniture;
      if (tag === 'article') articleDepth--;
      if (tag === 'pre') preDepth--;
    } else if (tag === 'a') {
      linkDepth--;
    }
  }

  function enterFrame(frame: HTMLIFrameElement): boolean {
    // Reading a frame's document is slow; pages with thousands of frames are ads or
    // widgets, and an article is in one of the first few.
    if (framesRead++ >= MAX_FRAMES) return false;
    let body: HTMLElement | null = null;
    try {
      body = frame.contentDocument?.body ?? null;
    } catch {
      body = null; // cross-origin: not readable
    }
    if (body === null) return false;
    frames.set(body.ownerDocument, frame);
    return pushChildren(body);
  }

  yield 'extract';
  const start = root.nodeType === 9 ? (root as Document).body : (root as Element);
  if (start !== null) stack.push(start);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Leave) exit(item);
    else visit(item);
    if (++turns >= TURNS_PER_CHECKPOINT) {
      turns = 0;
      // Joined as it goes: one join of a 5 MB page's half a million pieces took 25 ms.
      if (parts.length >= PARTS_PER_JOIN) joined.push(parts.splice(0).join(''));
      yield 'extract';
    }
  }
  if (block !== null) {
    (block as Block).end = pos;
    blocks.push(block);
  }
  joined.push(parts.join(''));

  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  yield 'extract';
  const published = root.nodeType === 9 ? readPublished(doc, dated) : null;
  yield 'extract';
  return {
    text: joined.join(''),
    blocks,
    runs,
    lang: doc.documentElement?.getAttribute('lang')?.toLowerCase() ?? null,
    published,
    frames,
    shadowRoots,
  };
}

/** The visible text of a document, or of an element's subtree, in one pass. */
export function extractPageText(root: Document | Element, options: ExtractOptions = {}): PageText {
  return runSteps(extractSteps(root, options));
}

/** The end of an element being read, and what it changed in the walk's context. */
class Leave {
  /** Whether its content was pushed one level deeper (see pushChildren). */
  deeper = false;
  constructor(
    readonly tag: string,
    readonly isBlock: boolean,
    readonly outerBlock: Element,
    readonly outerFurniture: readonly Element[],
  ) {}
}

function seq(from: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = from + k;
  return out;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
].join(',');

const validDate = (s: string | null | undefined): s is string =>
  !!s && !Number.isNaN(Date.parse(s));

/**
 * The publication date a page declares in its metadata, structured data or <time>.
 * Looks only where dates live: the head, and the scripts, <time> and <article>
 * elements of the document's body the walk met (`dated`, in document order).
 */
function readPublished(doc: Document, dated: readonly Element[]): string | null {
  const head = doc.head;
  const fromMeta = head?.querySelector(DATE_META)?.getAttribute('content');
  if (validDate(fromMeta)) return fromMeta;
  // The walk also enters frames and shadow roots: only the document's own elements count.
  const own = (el: Element) => el.ownerDocument === doc && el.getRootNode() === doc;
  const scripts = [...(head?.getElementsByTagName('script') ?? []), ...dated];
  for (const s of scripts) {
    if (s.localName !== 'script' || s.getAttribute('type') !== 'application/ld+json') continue;
    if (!own(s)) continue;
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (validDate(m?.[1])) return m[1];
  }
  for (const t of dated) {
    if (t.localName !== 'time') continue;
    if (t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished') {
      const d = t.getAttribute('datetime');
      if (validDate(d) && own(t)) return d;
    }
  }
  const first = dated
    .find((el) => el.localName === 'article' && own(el))
    ?.getElementsByTagName('time')
    .item(0)
    ?.getAttribute('datetime');
  return validDate(first) ? first : null;
}

function nodeOffset(run: TextRun, at: number): number {
  const k = at - run.start;
  return run.map !== null ? run.map[k]! : run.offset + k;
}

/** Index of the last run that starts at or before `at`, or -1. */
function runAtOrBefore(runs: readonly TextRun[], at: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A DOM Range covering the page text [start, end): its ends are moved inwards
 * past separators that no text node holds. Null when the span holds no text or
 * crosses a shadow-root or frame boundary (a Range cannot).
 */
export function spanToRange(pt: PageText, start: number, end: number, doc: Document): Range | null {
  const runs = pt.runs;
  if (runs.length === 0 || end <= start) return null;
  // First character of the span held by a run.
  let r1 = runAtOrBefore(runs, start);
  let from = start;
  if (r1 < 0 || runs[r1]!.start + runs[r1]!.length <= start) {
    r1++;
    if (r1 >= runs.length) return null;
    from = runs[r1]!.start;
  }
  // Last character of the span held by a run.
  const r2 = runAtOrBefore(runs, end - 1);
  if (r2 < r1) return null;
  const run2 = runs[r2]!;
  const last = Math.min(end - 1, run2.start + run2.length - 1);
  if (last < from) return null;
  const a = runs[r1]!;
  if (a.node.getRootNode() !== run2.node.getRootNode()) return null;
  const owner = a.node.ownerDocument ?? doc;
  const range = owner.createRange();
  try {
    range.setStart(a.node, nodeOffset(a, from));
    range.setEnd(run2.node, nodeOffset(run2, last) + 1);
  } catch {
    return null; // the page changed its text since it was read: the next check maps it again
  }
  return range;
}
