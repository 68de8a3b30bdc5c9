// On huge documents the walk does not read every node: each node it reads
// costs a wrapper object in a content script's world, and past some hundred
// thousand of them the wrapper table's growth and the garbage collection it
// brings take more than a frame in one step, which no pause can divide. The
// children of a large element are read here instead in runs of sibling
// subtrees, one native text read per subtree (no wrapper per descendant), and
// only the runs whose text holds one of the stories' words, or that neighbour
// one, are walked node by node. A page without them holds no story's article.

import type { GateWords } from '../match/gate-words';
import { elementsUpTo } from './element-count';

/** Elements a run of sibling subtrees covers at most (as the gate reads them). */
const RUN_ELEMENTS = 3_000;
/** Documents with more elements than this are read by runs; all others node by node. Far
 *  below where the walk's wrappers passed 131 072 (12-14 ms in one step). */
export const HUGE_ELEMENTS = 20_000;

export interface ByRuns {
  /** Any of the stories' words (the gate's). */
  storyWords: GateWords;
  /** Documents of more elements are read by runs (default HUGE_ELEMENTS; tests pass less). */
  hugeElements?: number;
  /** Elements one run covers at most (default RUN_ELEMENTS; tests pass less). */
  runElements?: number;
}

/** Consecutive children of one parent: `first` up to `end` (excluded; null: the last child). */
export interface Run {
  first: Node;
  end: Node | null;
  /** One element of more than `runElements` elements, which is read by runs in its turn. */
  large: boolean;
  /** Whether its text holds a story word. */
  holds: boolean;
  /** Whether it holds a frame, whose text a native read does not see. */
  frame: boolean;
}

export interface RunToRead extends Run {
  /** Walked node by node; otherwise not read. */
  walk: boolean;
}

/**
 * The runs of a large element's children, in order. A run is walked when it or the
 * run on either side holds a story word (a headline or a dateline may hold none), or
 * holds a frame (whose text a native read does not see); large children are
 * always entered.
 */
export class StoryRuns {
  /** The first child not in a run yet. */
  private from: Node | null;
  /** Runs read, not handed out yet. */
  private readonly ahead: Run[] = [];
  private lastHeld = false;

  private readonly storyWords: GateWords;
  private readonly runElements: number;

  constructor(parent: Node, options: ByRuns) {
    this.from = parent.firstChild;
    this.storyWords = options.storyWords;
    this.runElements = options.runElements ?? RUN_ELEMENTS;
  }

  /**
   * The next run, 'read' when this call read one (a step's worth of work: call
   * again), or null after the last.
   */
  next(): RunToRead | 'read' | null {
    const run = this.ahead[0];
    if (run === undefined) {
      if (this.from === null) return null;
      this.ahead.push(this.read(this.from));
      return 'read';
    }
    if (run.large) {
      this.ahead.shift();
      this.lastHeld = false;
      return { ...run, walk: true };
    }
    // Whether the next run holds a story word decides this one too.
    if (this.ahead.length < 2 && this.from !== null) {
      this.ahead.push(this.read(this.from));
      return 'read';
    }
    const after = this.ahead[1];
    const walk =
      run.holds ||
      run.frame ||
      this.lastHeld ||
      (after !== undefined && !after.large && after.holds);
    this.ahead.shift();
    this.lastHeld = run.holds;
    return { ...run, walk };
  }

  /** The run that starts at `first`: up to `runElements` elements, or one large element. */
  private read(first: Node): Run {
    const texts: string[] = [];
    const read: Element[] = [];
    let elements = 0;
    let node: Node | null = first;
    for (; node !== null; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3 || type === 4) texts.push((node as CharacterData).data);
      if (type !== 1) continue;
      const el = node as Element;
      const count = elementsUpTo(el, this.runElements);
      if (count > this.runElements && node === first) {
        this.from = el.nextSibling;
        return { first, end: this.from, large: true, holds: false, frame: false };
      }
      if (elements + count > this.runElements) break;
      elements += count;
      texts.push(el.textContent ?? '');
      read.push(el);
    }
    this.from = node;
    const holds = this.storyWords.holds(texts.join(''));
    // Another native walk, needed only where the text decides nothing.
    const frame =
      !holds && read.some((el) => el.localName === 'iframe' || el.querySelector('iframe') !== null);
    return { first, end: node, large: false, holds, frame };
  }
}
