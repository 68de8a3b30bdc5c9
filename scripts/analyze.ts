// `npm run --silent analyze -- FILE...`: what the built extension finds on
// saved pages, one NDJSON line per file (format: corpus FORMAT.md). The pages
// are served from 127.0.0.1 to the real extension in headless Chromium, so the
// answer is the content script's own, once the page and the extension have
// settled (scripts/harness/settle.ts): scripts run, late articles inserted,
// hidden bodies revealed, and the extension's last check stored.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import * as z from 'zod/mini';
import { buildExtension } from './harness/build';
import { launchChromium } from './harness/browsers';
import { chromiumBackground, extensionProbe } from './harness/extension';
import { readPages } from './harness/settle';
import { serveStatic } from './harness/static-server';

const argsSchema = z.object({
  files: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  extension: z.optional(z.string()),
});

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let extension: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--extension') extension = argv[++i];
    else if (argv[i] !== '--') files.push(argv[i]!);
  }
  return argsSchema.safeParse({ files, extension });
}

/** Why a file cannot be analysed, or null when it can. */
function unreadable(file: string): string | null {
  if (!existsSync(file)) return 'file not found';
  if (!statSync(file).isFile()) return 'not a file';
  const head = readFileSync(file).subarray(0, 2048).toString('utf8').trimStart().toLowerCase();
  if (!/^(<!doctype html|<html|<head|<body|<!--|<meta|<title|<div|<p|<article|<main)/.test(head)) {
    return 'not an HTML file';
  }
  return null;
}

type Line = Record<string, unknown> & { file: string };

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.success) {
    process.stderr.write('usage: npm run --silent analyze -- [--extension DIR] FILE.html...\n');
    return 2;
  }
  const { files } = args.data;
  const ownBuild = args.data.extension === undefined;
  const extensionDir = args.data.extension ?? buildExtension('chrome');
  const routes = new Map<string, string>();
  const lines: Line[] = files.map((file) => ({ file }));
  files.forEach((file, i) => {
    const problem = unreadable(file);
    if (problem) lines[i] = { file, error: problem, highlights: [] };
    else routes.set(`/${i}/${encodeURIComponent(basename(file))}`, resolve(file));
  });

  const server = await serveStatic('/nonexistent', routes);
  const browser = await launchChromium({ extensionDir });
  try {
    const { worker } = await chromiumBackground(browser);
    const paths = [...routes.keys()];
    const readings = await readPages(
      browser,
      extensionProbe(worker),
      paths.map((path) => server.origin + path),
    );
    readings.forEach(({ result, error }, k) => {
      const index = Number(paths[k]!.split('/')[1]);
      const file = files[index]!;
      if (error) lines[index] = { file, error, highlights: [] };
      else if (result) lines[index] = { file, ...withoutUrl(result) };
      else
        lines[index] = {
          file,
          error: 'the extension reported nothing for this page',
          highlights: [],
        };
    });
  } finally {
    await browser.close();
    await server.close();
    if (ownBuild) rmSync(dirname(extensionDir), { recursive: true, force: true });
  }
  // Written in one piece and flushed before exiting: on a pipe, process.exit would drop what
  // is still buffered (the last pages of a long run).
  const out = lines.map((line) => JSON.stringify(line) + '\n').join('');
  await new Promise<void>((done) => process.stdout.write(out, () => done()));
  return lines.some((l) => 'error' in l) ? 1 : 0;
}

function withoutUrl<T extends { url: string }>({ url: _url, ...rest }: T) {
  return rest;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`analyze: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
