import { describe, expect, it } from 'vitest';
import { parseArgs, selected } from '../../../../scripts/bench/args';
import {
  DOCS_END,
  DOCS_START,
  markdownReport,
  ms,
  times,
  withReport,
  type BenchResults,
} from '../../../../scripts/bench/report';
import { pageRow, summarize } from '../../../../scripts/bench/stats';

describe('parseArgs', () => {
  it('defaults to 5 runs and 100 heap changes; --quick to 2 and 20', () => {
    expect(parseArgs([])).toMatchObject({ runs: 5, heapChanges: 100, quick: false, docs: false });
    expect(parseArgs(['--', '--quick'])).toMatchObject({ runs: 2, heapChanges: 20, quick: true });
    expect(parseArgs(['--quick', '--runs', '3'])).toMatchObject({ runs: 3 });
  });

  it('reads every option', () => {
    expect(
      parseArgs([
        '--only',
        'generated',
        '--extension',
        'dist/chrome-mv3',
        '--shared',
        '../s',
        '--heap-changes',
        '0',
        '--out',
        'r.json',
        '--docs',
      ]),
    ).toMatchObject({
      only: 'generated',
      extension: 'dist/chrome-mv3',
      shared: '../s',
      heapChanges: 0,
      out: 'r.json',
      docs: true,
    });
  });

  it('selects pages by any of the texts of --only', () => {
    expect(selected(null, 'article.html')).toBe(true);
    expect(selected('article', 'article.html')).toBe(true);
    expect(selected('fr-spa,article', 'article.html')).toBe(true);
    expect(selected('fr-spa,article', 'fr-spa-copy.html')).toBe(true);
    expect(selected('fr-spa,article', 'it-blog-same.html')).toBe(false);
    // An empty text between commas selects nothing (every name contains '').
    expect(selected('fr-spa,', 'it-blog-same.html')).toBe(false);
  });

  it('says what is wrong', () => {
    expect(parseArgs(['--runs', '0'])).toMatch(/--runs/);
    expect(parseArgs(['--heap-changes', 'many'])).toMatch(/--heap-changes/);
    expect(parseArgs(['--runs'])).toMatch(/needs a value/);
    expect(parseArgs(['--fast'])).toMatch(/unknown option --fast/);
  });
});

describe('formatting', () => {
  it('shows about three significant digits and dashes for unknowns', () => {
    expect(ms(0.01234)).toBe('0.012');
    expect(ms(3.14159)).toBe('3.14');
    expect(ms(42.42)).toBe('42.4');
    expect(ms(1234.5)).toBe('1235');
    expect(ms(null)).toBe('–');
    expect(times(1.234)).toBe('×1.23');
    expect(times(123.4)).toBe('×123');
    expect(times(0.0031)).toBe('×0.0031');
  });
});

describe('markdownReport', () => {
  const row = pageRow(
    {
      name: 'p.html',
      file: '/p.html',
      group: 'generated',
      bytes: 2048,
      expected: 'copy',
      scripted: false,
    },
    [
      {
        verdict: 'none',
        reports: 2,
        highlights: [],
        floorMs: 0.5,
        floorFirstMs: 0.9,
        floorContentWorldMs: 1.8,
        elements: 10,
        textChars: 100,
        timings: null,
        readabilityMs: 2,
        readabilityFirstMs: 4,
        markjs: null,
      },
    ],
    'no highlights',
  );
  const results: BenchResults = {
    browser: 'Chrome/156',
    machine: '2× CPU',
    date: '2026-11-27 03:00 UTC',
    settings: { runs: 1, quick: true, crossOriginIsolated: true },
    loadAverage: [0.5, 1.25],
    pages: [row],
    summary: summarize([row], null, () => false),
    heap: {
      changes: 100,
      reported: 100,
      growthKB: -3,
      objectsGrowthKB: 1.5,
      domNodesGrowth: 0,
      listenersGrowth: 2,
      control: { growthKB: 1, objectsGrowthKB: 0.5, domNodesGrowth: 0, listenersGrowth: 0 },
    },
    bundle: { contentGzipKB: 9.1, popupGzipKB: 30, backgroundGzipKB: 12 },
    notes: ['No timings.'],
  };
  const report = markdownReport(results);

  it('shows the run, a wrong verdict, what is missing, the heap and the bundles', () => {
    expect(report).toContain('(load average 0.5 → 1.3), Chrome/156');
    expect(report).toContain('| p.html | 2.0 | 10 | none ≠ copy | 2 | 0.500 (0.900 · 1.80) | – |');
    expect(report).toContain('no highlights');
    expect(report).toContain('| `nonMatchingVsFloor` | – | ≤ 1.5 | not measured |');
    expect(report).toContain(
      'objects +1.50 KB (whole heap, compiled code included, −3.00 KB), DOM nodes +0, listeners +2',
    );
    expect(report).toContain('| content script | 9.1 | ≤ 25 |');
    expect(report).toContain('- No timings.');
  });

  it('replaces only the text between the docs markers', () => {
    const doc = `# Bench\n\nintro\n\n${DOCS_START}\nold table\n${DOCS_END}\n\nafter\n`;
    const updated = withReport(doc, 'new table');
    expect(updated).toBe(
      `# Bench\n\nintro\n\n${DOCS_START}\n\nnew table\n\n${DOCS_END}\n\nafter\n`,
    );
    expect(withReport(updated, 'newer')).toContain(`${DOCS_START}\n\nnewer\n\n${DOCS_END}`);
    expect(() => withReport('# no markers', 'x')).toThrow(/markers/);
  });
});
