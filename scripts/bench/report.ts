import { GOALS, goalMet, ratio, PAINT_STAGE, type PageRow, type Summary } from './stats';

// The bench's output: bench-results.json and the Markdown tables printed to
// the terminal and written into docs/benchmarks.md.

export interface Bundle {
  contentGzipKB: number;
  popupGzipKB: number;
  backgroundGzipKB: number;
}

export interface HeapGrowth {
  growthKB: number;
  /** Growth without compiled code (optimised functions), i.e. retained objects. */
  objectsGrowthKB: number;
  domNodesGrowth: number;
  listenersGrowth: number;
}

export interface HeapReport extends HeapGrowth {
  changes: number;
  /** Changes after which the content script reported for the new URL. */
  reported: number;
  /** The same page and changes in a browser without the extension. */
  control: HeapGrowth | null;
}

export interface BenchResults {
  browser: string;
  machine: string;
  date: string;
  settings: { runs: number; quick: boolean; crossOriginIsolated: boolean };
  /** The machine's 1-minute load average when the bench started and ended (other work adds noise). */
  loadAverage: [number, number];
  pages: PageRow[];
  summary: Summary;
  heap: HeapReport | null;
  bundle: Bundle;
  notes: string[];
}

/** Milliseconds with about three significant digits. */
export function ms(value: number | null): string {
  if (value === null) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function times(value: number | null): string {
  if (value === null) return '–';
  if (value < 1) return `×${value.toPrecision(2)}`;
  return value < 10 ? `×${value.toFixed(2)}` : `×${value.toFixed(0)}`;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0);

function verdictCell(row: PageRow): string {
  const seen = row.verdictsSeen.length ? ` (runs: ${row.verdictsSeen.join('/')})` : '';
  const verdict = row.verdict ?? '–';
  const wrong = row.expected !== null && row.verdict !== null && row.verdict !== row.expected;
  return `${verdict}${wrong ? ` ≠ ${row.expected}` : ''}${seen}`;
}

function stagesCell(row: PageRow): string {
  if (!row.stagesMs) return '–';
  return Object.entries(row.stagesMs)
    .map(([stage, value]) => `${stage} ${ms(value)}`)
    .join(' · ');
}

function markjsCell(row: PageRow): [string, string] {
  if (row.markjsMs === null) return [row.markjsSkipped ?? '–', '–'];
  const marks = row.markjsMarks === null ? '' : ` (${row.markjsMarks} marks)`;
  return [
    `${ms(row.markjsMs)}${marks}`,
    times(ratio(row.markjsMs, row.stagesMs?.[PAINT_STAGE] ?? null)),
  ];
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function pagesTable(rows: readonly PageRow[]): string {
  const head = [
    'page',
    'KB',
    'elements',
    'verdict',
    'checks',
    'floor ms (first pass · content world)',
    'Crosscount ms',
    'off-thread ms',
    '÷ floor',
    'stages ms',
    'longest slice ms (worst run)',
    'first highlight ms',
    'to last paint ms',
    'Readability ms (first, cold)',
    '÷ Crosscount',
    'mark.js ms',
    '÷ paint',
  ];
  const body = rows.map((r) =>
    line([
      r.page,
      kb(r.bytes),
      String(r.elements),
      verdictCell(r),
      String(r.checks),
      `${ms(r.floorMs)} (${ms(r.floorFirstMs)} · ${ms(r.floorContentWorldMs)})`,
      ms(r.crosscountMs),
      ms(r.offThreadMs),
      times(ratio(r.crosscountMs, r.floorMs)),
      stagesCell(r),
      `${ms(r.longestSliceMs)} (${ms(r.longestSliceMaxMs)})`,
      ms(r.firstHighlightMs),
      ms(r.wallMs),
      `${ms(r.readabilityMs)} (${ms(r.readabilityFirstMs)})`,
      times(ratio(r.readabilityMs, r.crosscountMs)),
      ...markjsCell(r),
    ]),
  );
  return [line(head), line(head.map(() => '---')), ...body].join('\n');
}

export function summaryTable(summary: Summary): string {
  const rows = GOALS.map((goal) => {
    const value = summary[goal.key];
    const met = goalMet(goal, value);
    const bound = goal.max !== undefined ? `≤ ${goal.max}` : `≥ ${goal.min}`;
    const shown = /(KB|Ms5MB|MsMax)$/.test(goal.key) ? ms(value) : times(value);
    return line([
      goal.label,
      `\`${goal.key}\``,
      shown,
      bound,
      met === null ? 'not measured' : met ? 'met' : 'NOT met',
    ]);
  });
  const context = (label: string, key: keyof Summary) =>
    line([label, `\`${key}\``, times(summary[key]), '–', 'context']);
  return [
    line(['measure', 'key', 'value', 'goal', '']),
    line(['---', '---', '---', '---', '---']),
    ...rows,
    context('non-matching pages, Crosscount ÷ first floor pass', 'nonMatchingVsFirstFloor'),
    context('matching pages, Crosscount ÷ first floor pass', 'matchingVsFirstFloor'),
    context(
      'matching pages, Crosscount ÷ first floor pass in a content world',
      'matchingVsContentWorldFloor',
    ),
    line([
      'matching pages, first highlight (ms, median)',
      '`firstHighlightMsMedian`',
      ms(summary.firstHighlightMsMedian),
      '–',
      'context',
    ]),
  ].join('\n');
}

export function bundleTable(bundle: Bundle): string {
  return [
    line(['bundle', 'gzip KB', 'budget']),
    line(['---', '---', '---']),
    line(['content script', bundle.contentGzipKB.toFixed(1), '≤ 25']),
    line(['popup (page + scripts + styles)', bundle.popupGzipKB.toFixed(1), '≤ 40']),
    line(['background', bundle.backgroundGzipKB.toFixed(1), '–']),
  ].join('\n');
}

const signed = (n: number, text = String(Math.abs(n))) => `${n < 0 ? '−' : '+'}${text}`;

const growth = (g: HeapGrowth) =>
  `objects ${signed(g.objectsGrowthKB, ms(Math.abs(g.objectsGrowthKB)))} KB ` +
  `(whole heap, compiled code included, ${signed(g.growthKB, ms(Math.abs(g.growthKB)))} KB), ` +
  `DOM nodes ${signed(g.domNodesGrowth)}, ` +
  `listeners ${signed(g.listenersGrowth)}`;

export function heapLine(heap: HeapReport | null): string {
  if (!heap) return 'Heap test not run.';
  const control = heap.control ? `; without the extension: ${growth(heap.control)}` : '';
  return (
    `After ${heap.changes} in-place article changes (${heap.reported} reported re-checks), ` +
    `with the extension: ${growth(heap)}${control}.`
  );
}

/** Everything a reader needs to judge one run, as Markdown. */
export function markdownReport(results: BenchResults): string {
  const notes = results.notes.length
    ? `\n\nNotes:\n${results.notes.map((n) => `- ${n}`).join('\n')}`
    : '';
  return (
    [
      `Run of ${results.date} on ${results.machine} (load average ${results.loadAverage.map((l) => l.toFixed(1)).join(' → ')}), ` +
        `${results.browser}, ${results.settings.runs} run(s) per page${results.settings.quick ? ' (--quick)' : ''}. ` +
        'Times are medians over the runs.',
      summaryTable(results.summary),
      pagesTable(results.pages),
      heapLine(results.heap),
      bundleTable(results.bundle),
    ].join('\n\n') + notes
  );
}

export const DOCS_START = '<!-- bench:results:start -->';
export const DOCS_END = '<!-- bench:results:end -->';

/** `doc` with the text between the bench markers replaced by `report`. */
export function withReport(doc: string, report: string): string {
  const start = doc.indexOf(DOCS_START);
  const end = doc.indexOf(DOCS_END);
  if (start < 0 || end < start)
    throw new Error(`docs/benchmarks.md lacks the ${DOCS_START} … ${DOCS_END} markers`);
  return `${doc.slice(0, start + DOCS_START.length)}\n\n${report}\n\n${doc.slice(end)}`;
}
