import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { generatedPages } from './generate-pages';
import type { PageSpec } from './stats';

// The pages the bench loads: the shared corpus (when present), the demo page
// and the generated big pages, each served at /<group>/<name>.

const labelsSchema = z.object({
  pages: z.array(z.object({ file: z.string(), verdict: z.string() })),
});

const hasScript = (html: string) => /<script\b/i.test(html);

export const routeOf = (spec: PageSpec) => `/${spec.group}/${spec.name}`;

function corpusPages(sharedDir: string): PageSpec[] {
  const dir = join(sharedDir, 'corpus');
  const labels = labelsSchema.safeParse(
    JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as unknown,
  );
  const expected = new Map(
    labels.success ? labels.data.pages.map((p) => [basename(p.file), p.verdict]) : [],
  );
  return readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = join(dir, 'pages', name);
      return {
        name,
        file,
        group: 'corpus',
        bytes: statSync(file).size,
        expected: expected.get(name) ?? null,
        scripted: hasScript(readFileSync(file, 'utf8')),
      };
    });
}

export interface PageSet {
  specs: PageSpec[];
  /** URL path -> file, for the static server (includes the demo's stylesheet). */
  routes: Map<string, string>;
  notes: string[];
}

export function benchPages(opts: {
  repoRoot: string;
  sharedDir: string;
  /** Where the generated pages are written. */
  outDir: string;
  sizesMB: readonly number[];
}): PageSet {
  const notes: string[] = [];
  const specs: PageSpec[] = [];
  if (existsSync(join(opts.sharedDir, 'corpus', 'pages')))
    specs.push(...corpusPages(opts.sharedDir));
  else
    notes.push(
      `No shared corpus at ${opts.sharedDir}: only the demo and generated pages were measured.`,
    );

  const demoFile = join(opts.repoRoot, 'demo', 'article.html');
  const demoHtml = readFileSync(demoFile, 'utf8');
  specs.push({
    name: 'article.html',
    file: demoFile,
    group: 'demo',
    bytes: statSync(demoFile).size,
    expected: 'copy',
    scripted: hasScript(demoHtml),
  });

  for (const page of generatedPages(demoHtml, opts.sizesMB)) {
    const file = join(opts.outDir, page.name);
    writeFileSync(file, page.html);
    specs.push({
      name: page.name,
      file,
      group: 'generated',
      bytes: Buffer.byteLength(page.html),
      expected: page.matching ? 'copy' : 'none',
      scripted: false,
    });
  }
  const routes = new Map(specs.map((s) => [routeOf(s), s.file]));
  routes.set('/demo/demo.css', join(dirname(demoFile), 'demo.css'));
  return { specs, routes, notes };
}
