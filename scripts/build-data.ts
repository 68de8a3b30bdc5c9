// `npm run data:build`: generates src/data/dataset.json and src/data/packs/
// from the story folders and their fact sheets (format: docs/stories.md).
//
//   vite-node scripts/build-data.ts [--stories DIR]... [--out DIR] [--shared DIR] [--check]
//
// --stories  a folder of story folders; repeatable (default: stories)
// --out      where dataset.json and packs/ go (default: src/data)
// --shared   what `@shared/` in story.json means (default: ../shared next to the repo)
// --check    write nothing; fail when the committed output is not what the build makes
// Any problem is printed as `<record> <id>: <field>: <what>` and exits 1.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildData, outdatedFiles, writeFiles } from '../src/data/build/build-data';

const repo = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: string[]) {
  const storiesDirs: string[] = [];
  let outDir = resolve(repo, 'src/data');
  let sharedDir = process.env.CROSSCOUNT_SHARED ?? resolve(repo, '../shared');
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a folder`);
      return resolve(next);
    };
    if (arg === '--stories') storiesDirs.push(value());
    else if (arg === '--out') outDir = value();
    else if (arg === '--shared') sharedDir = value();
    else if (arg === '--check') check = true;
    else if (arg !== '--') throw new Error(`unknown argument ${arg}`);
  }
  if (!storiesDirs.length) storiesDirs.push(resolve(repo, 'stories'));
  return { storiesDirs, outDir, sharedDir, check };
}

function main(): number {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`build-data: ${(error as Error).message}`);
    return 2;
  }
  const result = buildData({ ...args, schemaModule: resolve(repo, 'src/data/schema.ts') });
  if (result.problems.length) {
    console.error(`build-data: ${result.problems.length} problem(s), nothing written:`);
    for (const problem of result.problems) console.error(`  ${problem}`);
    return 1;
  }
  if (args.check) {
    const outdated = outdatedFiles(args.outDir, result.files);
    for (const path of outdated) console.error(`build-data: out of date: ${path}`);
    if (outdated.length) return 1;
  } else {
    writeFiles(args.outDir, result.files);
  }
  const { sources, figures, statements, packs } = result.counts;
  console.error(
    `build-data: ${packs} pack(s), ${sources} sources, ${figures} figures, ${statements} statements` +
      (args.check ? ' (up to date)' : ` -> ${args.outDir}`),
  );
  return 0;
}

process.exitCode = main();
