// One pass over the rendered page: the visible text as a string, blocks
// (paragraph-like runs of text with the element that holds them) and a map
// from every text offset back to a DOM text node, so that any span of the text
// can become a Range again.

import { runSteps, TURNS_PER_CHECKPOINT, type Steps } from '../steps';
import { PageWalk } from './page-walk';
import type { ByRuns } from './story-runs';
import type { Block, TextRun } from './text-writer';
import { firstWhere } from '../first-where';

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
  /** Nodes the walk read one by one. */
  nodesRead: number;
}

export interface ExtractOptions {
  /** Shadow root of an element; defaults to `el.shadowRoot` (open roots only). A content
   *  script may pass a function that also opens closed roots. */
  shadowRoot?: (el: Element) => ShadowRoot | null;
  /** Given, a huge document is walked node by node only where the stories' words are
   *  (see story-runs.ts). */
  byRuns?: ByRuns;
}

/**
 * The visible text of a document, or of an element's subtree, in one pass that
 * may pause (see steps.ts).
 */
export function* extractSteps(
  root: Document | Element,
  options: ExtractOptions = {},
): Steps<PageText> {
  yield 'extract';
  const walk = new PageWalk(
    root,
    options.shadowRoot ?? ((el: Element) => el.shadowRoot),
    options.byRuns,
  );
  while (walk.step()) {
    if (++walk.turns >= TURNS_PER_CHECKPOINT) {
      walk.turns = 0;
      walk.writer.compact();
      yield 'extract';
    }
  }
  const { text, blocks, runs } = walk.writer.finish();

  const doc = root.nodeType === 9 ? (root as Document) : (root as Element).ownerDocument;
  yield 'extract';
  const published = root.nodeType === 9 ? yield* readPublished(doc, walk.dated) : null;
  yield 'extract';
  return {
    text,
    blocks,
    runs,
    lang: doc.documentElement?.getAttribute('lang')?.toLowerCase() ?? null,
    published,
    frames: walk.frames,
    shadowRoots: walk.shadowRoots,
    nodesRead: walk.nodesRead,
  };
}

/** The visible text of a document, or of an element's subtree, in one pass. */
export function extractPageText(root: Document | Element, options: ExtractOptions = {}): PageText {
  return runSteps(extractSteps(root, options));
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

const validDate = (date: string | null | undefined): date is string =>
  !!date && !Number.isNaN(Date.parse(date));

/**
 * The publication date a page declares in its metadata, structured data or <time>.
 * Looks only where dates live: the head, and the scripts, <time> and <article>
 * elements of the document's body the walk met (`dated`, in document order), with pauses
 * (a live blog has thousands of <time> elements).
 */
function* readPublished(doc: Document, dated: readonly Element[]): Steps<string | null> {
  const head = doc.head;
  const fromMeta = head?.querySelector(DATE_META)?.getAttribute('content');
  if (validDate(fromMeta)) return fromMeta;
  // The walk also enters frames and shadow roots: only the document's own elements count.
  const own = (el: Element) => el.ownerDocument === doc && el.getRootNode() === doc;
  const scripts = [...(head?.getElementsByTagName('script') ?? []), ...dated];
  let turns = 0;
  for (const script of scripts) {
    if (++turns % TURNS_PER_CHECKPOINT === 0) yield 'extract';
    if (script.localName !== 'script' || script.getAttribute('type') !== 'application/ld+json')
      continue;
    if (!own(script)) continue;
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (validDate(match?.[1])) return match[1];
  }
  for (const element of dated) {
    if (++turns % TURNS_PER_CHECKPOINT === 0) yield 'extract';
    if (element.localName !== 'time') continue;
    if (element.hasAttribute('pubdate') || element.getAttribute('itemprop') === 'datePublished') {
      const datetime = element.getAttribute('datetime');
      if (validDate(datetime) && own(element)) return datetime;
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
  return firstWhere(runs.length, (k) => runs[k]!.start > at) - 1;
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
  const run1 = runs[r1]!;
  if (run1.node.getRootNode() !== run2.node.getRootNode()) return null;
  const owner = run1.node.ownerDocument ?? doc;
  const range = owner.createRange();
  try {
    range.setStart(run1.node, nodeOffset(run1, from));
    range.setEnd(run2.node, nodeOffset(run2, last) + 1);
  } catch {
    return null; // the page changed its text since it was read: the next check maps it again
  }
  return range;
}
