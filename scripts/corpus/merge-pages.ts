// `npm run pages:corpus -- OUT_DIR`: merges the fixture pages of `test/pages/`
// (one folder per page: `<slug>/<slug>.html` and a one-page `labels.json`) into
// one corpus in the shared format (`OUT_DIR/labels.json`, `OUT_DIR/pages/*.html`),
// which `../shared/tools/score-corpus.mjs` and `check_labels.py` read. Adding a
// case is adding a folder.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readFixturePages } from './fixture-pages';

function main(argv: string[]): number {
  const out = argv.find((a) => a !== '--');
  if (!out) {
    process.stderr.write('usage: npm run pages:corpus -- OUT_DIR\n');
    return 2;
  }
  const pages = readFixturePages(resolve('test/pages'));
  const stories = new Set(pages.map((p) => p.story));
  if (stories.size !== 1)
    throw new Error(`fixture pages name ${stories.size} stories; one corpus holds one`);
  mkdirSync(join(out, 'pages'), { recursive: true });
  for (const p of pages) copyFileSync(p.html, join(out, 'pages', p.page.file));
  const labels = {
    story: [...stories][0],
    pages: pages.map((p) => ({ ...p.page, file: `pages/${p.page.file}` })),
  };
  writeFileSync(join(out, 'labels.json'), JSON.stringify(labels, null, 2) + '\n');
  process.stderr.write(`${pages.length} fixture pages merged into ${out}\n`);
  return 0;
}

// Always the entry point: under vite-node, process.argv[1] is vite-node itself, so
// a check of the script's own name never let main() run.
process.exit(main(process.argv.slice(2)));
