import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, writeFiles } from '../../src/data/build/build-data';
import { buildExtension } from '../../scripts/harness/build';

const repo = resolve(import.meta.dirname, '../..');
const storyDir = join(repo, 'test/fixtures/stories');
const story = join(storyDir, 'lake-vellmar-ferry-2024');

// A story is data: a second story built from a text file and a JSON of claims
// (test/fixtures/stories) is found by the unchanged code, through `analyze`.
describe('a second story, added as data only', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'crosscount-second-story-'));
  let extensionDir = '';
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    if (extensionDir) rmSync(dirname(extensionDir), { recursive: true, force: true });
  });

  it('is matched and highlighted by the built extension', () => {
    const built = buildData({
      storiesDirs: [storyDir],
      sharedDir: join(dataDir, 'unused'),
      outDir: dataDir,
      schemaModule: join(repo, 'src/data/schema.ts'),
    });
    expect(built.problems).toEqual([]);
    writeFiles(dataDir, built.files);
    extensionDir = buildExtension('chrome', { CROSSCOUNT_DATA_DIR: dataDir });

    const labels = JSON.parse(readFileSync(join(story, 'labels.json'), 'utf8'));
    const page = labels.pages[0];
    const run = spawnSync(
      'npm',
      ['run', '--silent', 'analyze', '--', '--extension', extensionDir, join(story, page.file)],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout.trim());
    expect(line.verdict).toBe(page.verdict);
    expect(line.story).toBe(labels.story);
    type Seen = { kind: string; text: string; source: string };
    const seen: Seen[] = line.highlights;
    expect(seen).toHaveLength(page.highlights.length);
    // Compared as the corpus scorer compares: same kind and source, and one text holds the other.
    page.highlights.forEach((wanted: Seen, i: number) => {
      const got = seen[i]!;
      expect([got.kind, got.source]).toEqual([wanted.kind, wanted.source]);
      expect(got.text.includes(wanted.text) || wanted.text.includes(got.text)).toBe(true);
    });
  });
});
