// `npm run bench`: what the content script costs readers, in headless
// Chromium with the built extension, as ratios against baselines measured in
// the same run — the floor (one TreeWalker pass over the page's text),
// Readability's article extraction and mark.js highlighting the same spans.
// See docs/benchmarks.md.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as prettier from 'prettier';
import { launchChromium } from '../harness/browsers';
import { buildExtension } from '../harness/build';
import { chromiumBackground } from '../harness/extension';
import { serveStatic } from '../harness/static-server';
import { pageSize, scriptSize } from '../harness/bundle-size';
import { parseArgs, selected, USAGE } from './args';
import { heapGrowth, heapPage, type HeapResult } from './heap';
import { measureRun, type MeasureContext } from './measure';
import { benchPages, routeOf } from './pages';
import { contentScriptSelfTime, type CpuProfile } from './profile';
import {
  markdownReport,
  withReport,
  type BenchResults,
  type Bundle,
  type HeapReport,
} from './report';
import { pageRow, summarize, type PageRow, type RunSample } from './stats';

const repoRoot = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** mark.js grows super-linearly with the page (seconds at 88 000 characters): small pages only. */
const MARKJS_MAX_BYTES = 200 * 1024;
/**
 * Article changes before the heap's first reading: the engine's type feedback
 * and compiled code fill in over the first dozens of checks. Afterwards
 * object growth is what the checks retain (see docs/benchmarks.md).
 */
const HEAP_WARMUP = 60;
/** Pages this large count for `longestTaskMs5MB`. */
const HUGE_BYTES = 4_000_000;
/** Readability takes seconds there and varies little: measured in the first runs only. */
const HUGE_READABILITY_RUNS = 2;
/**
 * Served with cross-origin isolation so that performance.now() — in the page
 * and in the content script's world alike — ticks every 5 µs instead of 100 µs.
 */
const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

const log = (message: string) => process.stderr.write(`${message}\n`);

function bundleOf(dir: string): Bundle {
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    contentGzipKB: kb(scriptSize(dir, 'content-scripts/content.js').gzipBytes),
    popupGzipKB: kb(pageSize(dir, 'popup.html').gzipBytes),
    backgroundGzipKB: kb(scriptSize(dir, 'background.js').gzipBytes),
  };
}

function heapReport(heap: HeapResult, control: HeapResult | null): HeapReport {
  const grown = (h: HeapResult) => ({
    growthKB: h.growthKB,
    objectsGrowthKB: h.objectsGrowthKB,
    domNodesGrowth: h.after.nodes - h.before.nodes,
    listenersGrowth: h.after.listeners - h.before.listeners,
  });
  return {
    changes: heap.changes,
    reported: heap.reported,
    ...grown(heap),
    control: control && grown(control),
  };
}

function saveProfile(dir: string, page: string, profile: CpuProfile): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${page}.cpuprofile`), JSON.stringify(profile));
  const top = [...contentScriptSelfTime(profile)].sort((a, b) => b[1] - a[1]).slice(0, 8);
  log(`${page}: content script's heaviest functions (self ms, profiled run)`);
  for (const [fn, ms] of top) log(`  ${ms.toFixed(1).padStart(8)}  ${fn}`);
}

/** A run's stages, and what of its busy time they leave out (builds that do not name it). */
function stagesLine(stagesMs: Record<string, number>, busyMs: number): string {
  const named = Object.entries(stagesMs).sort(([a], [b]) => a.localeCompare(b));
  const rest = busyMs - named.reduce((sum, [, ms]) => sum + ms, 0);
  return [...named, ...(Math.abs(rest) >= 0.005 ? [['in no stage', rest] as const] : [])]
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(' · ');
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length}× ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${type()} ${release()}`;
}

function notesFor(rows: PageRow[], heap: HeapResult | null): string[] {
  const notes: string[] = [];
  const untimed = rows.filter((r) => r.crosscountMs === null);
  if (untimed.length) {
    notes.push(
      `The content script reported no timings on ${untimed.length} of ${rows.length} pages, so their Crosscount ` +
        'columns and the ratios built on them are empty (this build does not report `timings`).',
    );
  }
  const silent = rows.filter((r) => r.verdict === null);
  if (silent.length)
    notes.push(`The content script reported nothing on: ${silent.map((r) => r.page).join(', ')}.`);
  const wrong = rows.filter(
    (r) => r.expected !== null && r.verdict !== null && r.verdict !== r.expected,
  );
  if (wrong.length) {
    notes.push(
      `Verdicts differ from the page's label on ${wrong.length} pages (${wrong.map((r) => r.page).join(', ')}); ` +
        'pages count as matching or not by the verdict the extension gave.',
    );
  }
  if (!rows.some((r) => r.verdict === 'copy' || r.verdict === 'same-story')) {
    notes.push(
      'No page was found matching: matchingVsFloor and the mark.js comparison are not measured.',
    );
  }
  if (rows.some((r) => r.markjsSkipped === 'no highlights')) {
    notes.push(
      'mark.js highlights the texts Crosscount highlighted on the same page; pages where Crosscount highlighted nothing ' +
        'have nothing to compare and are skipped.',
    );
  }
  if (heap && heap.reported < heap.changes) {
    notes.push(
      `Heap test: the content script reported after only ${heap.reported} of ${heap.changes} changes.`,
    );
  }
  return notes;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    log(`${args}\n${USAGE}`);
    return 2;
  }
  const sharedDir = args.shared ? resolve(args.shared) : resolve(repoRoot, '../shared');
  const workDir = mkdtempSync(join(tmpdir(), 'crosscount-bench-'));
  const ownBuild = args.extension === null;
  let extensionDir = args.extension ? resolve(args.extension) : '';
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;
  try {
    const pages = benchPages({
      repoRoot,
      sharedDir,
      outDir: workDir,
      sizesMB: args.quick ? [1] : [1, 5],
    });
    const specs = pages.specs.filter((s) => selected(args.only, s.name));
    if (specs.length === 0) throw new Error(`no page name contains "${args.only}"`);
    const demoHtml = readFileSync(join(repoRoot, 'demo', 'article.html'), 'utf8');
    writeFileSync(join(workDir, 'heap.html'), heapPage(demoHtml));
    pages.routes.set('/heap/heap.html', join(workDir, 'heap.html'));

    if (ownBuild) {
      log('Building the extension…');
      extensionDir = buildExtension('chrome');
    }
    const bundle = bundleOf(extensionDir);
    const server = await serveStatic(workDir, pages.routes, ISOLATION);
    const browser = await launchChromium({ extensionDir, args: ['--enable-precise-memory-info'] });
    let heap: HeapResult | null = null;
    let control: HeapResult | null = null;
    const samples = new Map<string, RunSample[]>(specs.map((s) => [s.name, []]));
    let browserName = '';
    try {
      browserName = await browser.version();
      const { worker } = await chromiumBackground(browser);
      // The first-run welcome tab would share the cores with the pages measured.
      for (const tab of await browser.pages())
        if (tab.url().includes('welcome.html')) await tab.close();
      const ctx: MeasureContext = {
        browser,
        worker,
        readabilitySource: readFileSync(
          require.resolve('@mozilla/readability/Readability.js'),
          'utf8',
        ),
        markjsSource: readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'),
        settleMs: 400,
        // A script-built article may appear a second after load (as in the corpus).
        scriptedSettleMs: 1200,
        maxWaitMs: 20_000,
        minTotalMs: 25,
      };
      // Profiling slows the page down: an extra run per page, not counted.
      for (const spec of args.profile === null ? [] : specs) {
        const url = `${server.origin}${routeOf(spec)}?run=profile`;
        const opts = { markjs: false, readability: false, profile: true };
        const { profile } = await measureRun(ctx, url, spec, opts);
        if (profile) saveProfile(args.profile!, spec.name, profile);
      }
      // Runs go round the pages so that background noise spreads over all of them.
      for (let run = 1; run <= args.runs; run++) {
        for (const spec of specs) {
          const url = `${server.origin}${routeOf(spec)}?run=${run}`;
          const start = Date.now();
          const { sample } = await measureRun(ctx, url, spec, {
            markjs: spec.bytes < MARKJS_MAX_BYTES,
            readability: spec.bytes < HUGE_BYTES || run <= HUGE_READABILITY_RUNS,
            profile: false,
          });
          samples.get(spec.name)!.push(sample);
          const { timings } = sample;
          const busy = timings
            ? `, ${timings.busyMs.toFixed(2)} ms busy, longest slice ${timings.longestSliceMs.toFixed(2)} ms` +
              (timings.nodesRead !== undefined ? `, ${timings.nodesRead} nodes read` : '') +
              `; ${stagesLine(timings.stagesMs, timings.busyMs)}`
            : '';
          log(
            `run ${run}/${args.runs} ${spec.name}: ${sample.verdict ?? 'no report'}${busy} (${Date.now() - start} ms)`,
          );
        }
      }
      if (args.heapChanges > 0) {
        log(`Heap test: ${args.heapChanges} article changes…`);
        heap = await heapGrowth(browser, worker, `${server.origin}/heap/heap.html`, {
          changes: args.heapChanges,
          warmup: HEAP_WARMUP,
          spacingMs: 350,
        });
      }
    } finally {
      await browser.close();
    }
    if (heap) {
      // The page's own growth for the same changes, without the extension.
      const plain = await launchChromium({ args: ['--enable-precise-memory-info'] });
      try {
        control = await heapGrowth(plain, null, `${server.origin}/heap/heap.html`, {
          changes: args.heapChanges,
          warmup: HEAP_WARMUP,
          spacingMs: 30,
        });
      } finally {
        await plain.close();
      }
    }
    await server.close();

    const rows = specs.map((spec) => {
      const runs = samples.get(spec.name)!;
      const skipped =
        spec.bytes >= MARKJS_MAX_BYTES
          ? '≥ 200 KB'
          : runs.every((r) => r.highlights.length === 0)
            ? 'no highlights'
            : null;
      return pageRow(spec, runs, skipped);
    });
    const results: BenchResults = {
      browser: browserName,
      machine: machine(),
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      settings: { runs: args.runs, quick: args.quick, crossOriginIsolated: true },
      loadAverage: [loadAtStart, loadavg()[0]!],
      pages: rows,
      summary: summarize(rows, heap?.objectsGrowthKB ?? null, (r) => r.bytes >= HUGE_BYTES),
      heap: heap && heapReport(heap, control),
      bundle,
      notes: [...pages.notes, ...notesFor(rows, heap)],
    };
    writeFileSync(resolve(args.out), JSON.stringify(results, null, 2) + '\n');
    const report = markdownReport(results);
    process.stdout.write(`${report}\n`);
    if (args.docs) {
      const docs = join(repoRoot, 'docs', 'benchmarks.md');
      const updated = withReport(readFileSync(docs, 'utf8'), report);
      // Formatted as the repository's lint expects.
      const options = (await prettier.resolveConfig(docs)) ?? {};
      writeFileSync(docs, await prettier.format(updated, { ...options, filepath: docs }));
      log(`Wrote ${docs}`);
    }
    log(`Wrote ${resolve(args.out)} in ${Math.round((Date.now() - started) / 1000)} s.`);
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (ownBuild && extensionDir) rmSync(dirname(extensionDir), { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
