// Writes the page text as the walk meets its text nodes: visible characters
// copied, spaces collapsed, invisible characters dropped, blocks separated, and
// every copied stretch recorded as a run back to its text node.

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

/** What encloses the node being read: kept by the walk, read when text is written. */
export interface Enclosing {
  /** Nearest block-level element. */
  blockEl: Element;
  /** Furniture elements around it, outermost first. */
  furniture: readonly Element[];
  /** Open <a>, <article> and <pre> elements around it. */
  linkDepth: number;
  articleDepth: number;
  preDepth: number;
}

/** Text pieces joined into one string at a time (see compact). */
const PARTS_PER_JOIN = 4096;

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Collapsible or non-breaking spaces, all read as ' '. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Characters that render as nothing: soft hyphen, zero-width spaces and joiners, BOM. */
function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    code === 0x180e
  );
}

/** Any invisible character (see isInvisible). */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060\ufeff]/;
/**
 * Words separated by single plain spaces: what copyVisible copies as one run from a node
 * without invisible characters. `\s` is isSpace's set (U+FEFF aside, invisible here).
 */
const VISIBLE_RUN =
  /[^\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+(?: [^\s\u00ad\u180e\u200b-\u200d\u2060\ufeff]+)*/g;

function seq(from: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = from + k;
  return out;
}

export class TextWriter {
  readonly runs: TextRun[] = [];
  readonly blocks: Block[] = [];
  private readonly parts: string[] = [];
  /** The text so far, joined in pieces of PARTS_PER_JOIN parts. */
  private readonly joined: string[] = [];
  private pos = 0;
  // Pending separators: they are written only when visible text follows.
  private pendingBreak = 0;
  private spaceNode: Text | null = null;
  private spaceOffset = 0;
  private spaceInLink = false;
  /** The block being written. */
  private block: Block | null = null;

  constructor(private readonly at: Enclosing) {}

  /** A break of `n` lines (1: a new line, 2: a new block) before the next visible text. */
  lineBreak(count: number): void {
    if (count > this.pendingBreak) this.pendingBreak = count;
    this.spaceNode = null;
  }

  /** A <br>: one more line break, up to a blank line, inside a block only. */
  br(): void {
    if (this.block !== null) this.pendingBreak = Math.min(2, this.pendingBreak + 1);
    this.spaceNode = null;
  }

  text(node: Text): void {
    const data = node.data;
    if (this.at.preDepth === 0 && !INVISIBLE.test(data)) {
      // Nothing to drop (most text nodes): the runs are found natively. A loop over every
      // character runs cold on most pages, in the interpreter, and was most of the walk.
      let end = 0;
      VISIBLE_RUN.lastIndex = 0;
      for (let found = VISIBLE_RUN.exec(data); found !== null; found = VISIBLE_RUN.exec(data)) {
        // Only the first space of a gap counts (see space); outside <pre> its code does not.
        if (found.index > end) this.space(node, end, 0x20);
        const block = this.blockForText();
        const run = found[0];
        this.runs.push({
          start: this.pos,
          length: run.length,
          node,
          offset: found.index,
          map: null,
        });
        this.parts.push(run);
        this.pos += run.length;
        if (this.at.linkDepth > 0) block.linkChars += run.length;
        end = found.index + run.length;
      }
      if (end < data.length) this.space(node, end, 0x20);
      return;
    }
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) {
        this.space(node, i, code);
        i++;
      } else if (isInvisible(code)) i++;
      else i = this.copyVisible(node, i, this.blockForText());
    }
  }

  /** Joins the pieces written so far when they are many: one join of a 5 MB page's half a
   *  million pieces took 25 ms, so the text is joined as it goes. */
  compact(): void {
    if (this.parts.length >= PARTS_PER_JOIN) this.joined.push(this.parts.splice(0).join(''));
  }

  /** Ends the last block; the text, its blocks and runs. */
  finish(): { text: string; blocks: Block[]; runs: TextRun[] } {
    if (this.block !== null) {
      this.block.end = this.pos;
      this.blocks.push(this.block);
    }
    this.joined.push(this.parts.join(''));
    return { text: this.joined.join(''), blocks: this.blocks, runs: this.runs };
  }

  /** A space character at `i` of a node: a line break inside <pre>, else a pending space. */
  private space(node: Text, i: number, code: number): void {
    if (this.at.preDepth > 0 && code === 0x0a) this.lineBreak(1);
    else if (this.spaceNode === null && this.block !== null && this.pendingBreak === 0) {
      this.spaceNode = node;
      this.spaceOffset = i;
      this.spaceInLink = this.at.linkDepth > 0;
    }
  }

  /** The block visible text goes to, once the pending separator is written. */
  private blockForText(): Block {
    const block = this.block === null || this.pendingBreak > 0 ? this.openBlock() : this.block;
    this.writeSpace(block);
    return block;
  }

  /** Ends the current block (if any) with its pending break and starts a new one. */
  private openBlock(): Block {
    if (this.block !== null) {
      this.block.end = this.pos;
      this.blocks.push(this.block);
      const sep = this.pendingBreak === 1 ? '\n' : '\n\n';
      this.parts.push(sep);
      this.pos += sep.length;
    }
    this.pendingBreak = 0;
    this.spaceNode = null;
    const el = this.at.blockEl;
    this.block = {
      start: this.pos,
      end: this.pos,
      el,
      heading: HEADINGS[el.localName] ?? 0,
      linkChars: 0,
      furniture: this.at.furniture,
    };
    return this.block;
  }

  private writeSpace(block: Block): void {
    if (this.spaceNode === null) return;
    this.runs.push({
      start: this.pos,
      length: 1,
      node: this.spaceNode,
      offset: this.spaceOffset,
      map: null,
    });
    this.parts.push(' ');
    this.pos += 1;
    if (this.spaceInLink) block.linkChars += 1;
    this.spaceNode = null;
  }

  /** Copies a node's visible text from `first` up to the next space that is not a single
   *  plain one between words, as one run; the offset where it stopped. */
  private copyVisible(node: Text, first: number, block: Block): number {
    const data = node.data;
    const dataLength = data.length;
    const runStart = this.pos;
    let map: number[] | null = null;
    let segStart = first;
    let written = 0;
    let i = first;
    while (i < dataLength) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) {
        if (i > segStart) this.parts.push(data.slice(segStart, i));
        map ??= seq(first, written);
        i++;
        segStart = i;
        continue;
      }
      if (isSpace(code)) {
        // A single plain space between words is copied as is; anything else ends the run.
        if (
          code === 0x20 &&
          i + 1 < dataLength &&
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
    if (i > segStart) this.parts.push(data.slice(segStart, i));
    this.pos += written;
    if (this.at.linkDepth > 0) block.linkChars += written;
    this.runs.push({ start: runStart, length: written, node, offset: first, map });
    return i;
  }
}
