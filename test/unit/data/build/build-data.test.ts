// @vitest-environment node
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, outdatedFiles } from '../../../../src/data/build/build-data';
import { announceMissingShared, hasShared, sharedDir } from '../../../shared-corpus';

const repo = resolve(__dirname, '../../../..');
const shared = sharedDir;
announceMissingShared('build-data tests that rebuild the pack from the fact sheet');
const schemaModule = resolve(repo, 'src/data/schema.ts');
const srcData = resolve(repo, 'src/data');
const temp = mkdtempSync(join(tmpdir(), 'crosscount-build-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const build = (overrides: { sharedDir?: string; storiesDirs?: string[]; outDir?: string } = {}) =>
  buildData({
    storiesDirs: [resolve(repo, 'stories')],
    sharedDir: shared,
    outDir: srcData,
    schemaModule,
    ...overrides,
  });

/** A copy of the shared folder whose fact sheet has one figure changed. */
function corruptedShared(id: string, change: (figure: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(temp, 'shared-'));
  cpSync(resolve(shared, 'source'), join(dir, 'source'), { recursive: true });
  mkdirSync(join(dir, 'research'));
  const sheet = JSON.parse(readFileSync(resolve(shared, 'research/figures.json'), 'utf8'));
  change(sheet.figures.find((f: { id: string }) => f.id === id));
  writeFileSync(join(dir, 'research/figures.json'), JSON.stringify(sheet));
  return dir;
}

describe.skipIf(!hasShared)('build-data', () => {
  it('reproduces the committed dataset and pack byte for byte', () => {
    const first = build();
    expect(first.problems).toEqual([]);
    expect(first.counts).toEqual({ sources: 19, figures: 90, statements: 29, packs: 1 });
    expect(outdatedFiles(srcData, first.files)).toEqual([]);
    expect(build().files).toEqual(first.files);
  });

  it('fails naming the figure and the field when the fact sheet is broken', () => {
    const id = 'snhr-2015-12-28-russian-forces-civilians';
    const result = build({
      sharedDir: corruptedShared(id, (f) => (f.url = 'ftp://example.org/x')),
    });
    expect(result.problems).toEqual([`figure ${id}: url: expected an http(s) URL`]);
    expect(result.files.size).toBe(0);
  });

  it('fails when a figure number is not in its quote', () => {
    const id = 'vdc-2015-11-15-russian-strikes-children';
    const result = build({ sharedDir: corruptedShared(id, (f) => (f.value = 138)) });
    expect(result.problems).toEqual([
      `figure ${id}: value: 138 is in neither the quote nor the notes`,
    ]);
  });

  it('says where the shared folder was expected when it is missing', () => {
    const result = build({ sharedDir: join(temp, 'nowhere') });
    expect(result.problems[0]).toMatch(/shared folder .*nowhere not found \(pass --shared DIR\)/);
  });

  it('fails when a claim is not in the article', () => {
    const stories = join(temp, 'stories-bad-claim');
    cpSync(resolve(repo, 'test/fixtures/stories'), stories, { recursive: true });
    const file = join(stories, 'lake-vellmar-ferry-2024/story.json');
    const story = JSON.parse(readFileSync(file, 'utf8'));
    story.claims[2].text = '18 dead';
    story.claims[2].value = 18;
    writeFileSync(file, JSON.stringify(story));
    const result = build({ storiesDirs: [stories], outDir: join(temp, 'out-bad') });
    expect(result.problems).toEqual([
      'story lake-vellmar-ferry-2024: claim "18 dead": text: not found in the article',
    ]);
  });

  it("validates a story's identity hints, inline or from a file beside story.json", () => {
    const stories = join(temp, 'stories-bad-identity');
    cpSync(resolve(repo, 'test/fixtures/stories'), stories, { recursive: true });
    const file = join(stories, 'lake-vellmar-ferry-2024/story.json');
    const story = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...story, identity: { concepts: {} } }));
    const inline = build({ storiesDirs: [stories], outDir: join(temp, 'out-identity') });
    expect(inline.problems[0]).toMatch(/story\.json: identity\.required: /);

    writeFileSync(file, JSON.stringify({ ...story, identity: 'hints.json' }));
    const missing = build({ storiesDirs: [stories], outDir: join(temp, 'out-identity') });
    expect(missing.problems).toEqual([
      expect.stringMatching(/story\.json: identity: .*hints\.json not found$/),
    ]);

    writeFileSync(
      join(stories, 'lake-vellmar-ferry-2024/hints.json'),
      JSON.stringify(story.identity),
    );
    const fromFile = build({ storiesDirs: [stories], outDir: join(temp, 'out-identity') });
    expect(fromFile.problems).toEqual([]);
  });

  // A fresh vite-node process: its start-up alone can pass vitest's 5 s default on a busy machine.
  it('exits non-zero from the command line and writes nothing', () => {
    const id = 'airwars-2015-12-31-civilians-killed';
    const out = join(temp, 'cli-out');
    const run = spawnSync(
      resolve(repo, 'node_modules/.bin/vite-node'),
      [
        'scripts/build-data.ts',
        '--shared',
        corruptedShared(id, (f) => (f.quote = '')),
        '--out',
        out,
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`figure ${id}: quote: must not be empty`);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
