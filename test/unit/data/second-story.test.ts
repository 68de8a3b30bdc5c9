// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, writeFiles } from '../../../src/data/build/build-data';
import { comparableFigures } from '../../../src/data/compare';
import type { Dataset, StoryPack } from '../../../src/data/schema';
import { checkData } from '../../../src/data/validate';
import { hasShared, sharedDir } from '../../shared-corpus';

// A second story, built from its own folder with no code of its own: the
// fictional ferry accident in test/fixtures/stories.
const repo = resolve(__dirname, '../../..');
const fixtures = resolve(repo, 'test/fixtures/stories');
const storyDir = join(fixtures, 'lake-vellmar-ferry-2024');
const out = mkdtempSync(join(tmpdir(), 'crosscount-second-story-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const result = buildData({
  storiesDirs: [fixtures],
  // Never used: this story's paths are all inside its own folder.
  sharedDir: join(out, 'no-shared'),
  outDir: out,
  schemaModule: resolve(repo, 'src/data/schema.ts'),
});
writeFiles(out, result.files);
const read = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8'));
const dataset = read('dataset.json') as Dataset;
const pack = read('packs/lake-vellmar-ferry-2024.json') as StoryPack;

/** Visible text of a saved page, roughly: no head, no tags, entities left alone. */
const pageText = readFileSync(join(storyDir, 'pages/lake-vellmar-ferry-copy.html'), 'utf8')
  .replace(/<head>[\s\S]*<\/head>/, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');

describe('a second story from a text file and a JSON of claims', () => {
  it('builds without problems from its own fact sheet', () => {
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ sources: 3, figures: 5, statements: 1, packs: 1 });
    expect(result.noteOnly).toEqual(['vellmar-rescue-2024-05-22-people-killed.value']);
  });

  it('writes a pack that validates against its dataset', () => {
    expect(checkData(dataset, [pack])).toEqual([]);
    expect(pack.id).toBe('lake-vellmar-ferry-2024');
    expect(pack.title).toBe('Ferry capsizes on Lake Vellmar: at least 14 dead, rescuers say');
    expect(readFileSync(join(out, 'packs/index.ts'), 'utf8')).toContain(
      "import pack0 from './lake-vellmar-ferry-2024.json';",
    );
  });

  it('indexes its death counts, not its other counts', () => {
    const indexed = pack.figureIndex.map((f) => f.id);
    expect(indexed).toContain('brenholm-herald-2024-05-19-children-killed');
    expect(indexed).not.toContain('vellmar-rescue-2024-05-19-rescued');
  });

  it('has a fixture page that carries its claims, labelled like the corpus', () => {
    const labels = JSON.parse(readFileSync(join(storyDir, 'labels.json'), 'utf8'));
    const [page] = labels.pages;
    expect(labels.story).toBe(pack.id);
    expect(page.verdict).toBe('copy');
    for (const claim of pack.claims) expect(pageText).toContain(claim.text);
    const claimed = pack.claims.map(({ kind, text, source }) => ({ kind, text, source }));
    for (const { kind, text, source } of page.highlights) {
      expect(claimed).toContainEqual({ kind, text, source });
    }
  });

  it('compares its claims with rival counts of the same incident', () => {
    const herald = pack.claims.find((c) => c.text === '17 dead')!;
    const rivals = comparableFigures(dataset, {
      source: herald.source,
      metric: 'people-killed',
      refs: herald.refs,
    });
    expect(rivals.map((r) => [r.figure.id, r.differences])).toEqual([
      ['vellmar-rescue-2024-05-19-people-killed', ['place']],
      ['vellmar-rescue-2024-05-22-people-killed', ['place', 'later']],
    ]);
  });

  it.skipIf(!hasShared)('builds together with the first story into one dataset', () => {
    const both = buildData({
      storiesDirs: [resolve(repo, 'stories'), fixtures],
      sharedDir,
      outDir: out,
      schemaModule: resolve(repo, 'src/data/schema.ts'),
    });
    expect(both.problems).toEqual([]);
    expect(both.counts).toEqual({ sources: 22, figures: 95, statements: 30, packs: 2 });
  });
});
