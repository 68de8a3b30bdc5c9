import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { join, relative, resolve } from 'node:path';
import * as z from 'zod/mini';
import { storyRulesSchema } from '../../engine/claims/story-rules';
import { identityHintsSchema } from '../../engine/match/identity';
import { datasetSchema, type Dataset } from '../schema';
import { checkDataset, checkPack, issuesOf } from '../validate';
import { buildPack } from './build-pack';
import { factSheetSchema, fromFactSheet } from './fact-sheet';
import { storyInputSchema, type StoryInput } from './story-input';

// Node-only, run at build time by scripts/build-data.ts and by tests; the
// extension never imports it.

export interface BuildOptions {
  /** Folders holding one sub-folder per story, each with a story.json. */
  storiesDirs: readonly string[];
  /** Where `@shared/...` paths in story.json point. */
  sharedDir: string;
  /** Output folder: dataset.json and packs/ are written under it. */
  outDir: string;
  /** The schema module the generated packs/index.ts imports its type from. */
  schemaModule: string;
}

export interface BuildResult {
  problems: string[];
  /** Output file path -> content; empty when there are problems. */
  files: Map<string, string>;
  /** `figure-id.field` for numbers only a figure's notes explain. */
  noteOnly: string[];
  counts: { sources: number; figures: number; statements: number; packs: number };
}

const SHARED = '@shared/';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

interface LoadedStory {
  story: StoryInput;
  articleText: string;
  factSheetPath: string;
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message}`);
    return undefined;
  }
}

function loadStory(dir: string, sharedDir: string, allProblems: string[]): LoadedStory | null {
  const problems: string[] = [];
  const story = readStory(dir, sharedDir, problems);
  allProblems.push(...problems);
  return problems.length ? null : story;
}

function readStory(dir: string, sharedDir: string, problems: string[]): LoadedStory | null {
  const file = join(dir, 'story.json');
  const raw = readJson(file, problems);
  if (raw === undefined) return null;
  const parsed = storyInputSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...issuesOf(file, storyInputSchema, raw));
    return null;
  }
  const identity = section(
    file,
    dir,
    'identity',
    parsed.data.identity,
    identityHintsSchema,
    problems,
  );
  const attribution = section(
    file,
    dir,
    'attribution',
    parsed.data.attribution,
    storyRulesSchema,
    problems,
  );
  if (identity === undefined || attribution === undefined) return null;
  const story: StoryInput = { ...parsed.data, identity, attribution };
  const folder = dir.split(/[\\/]/).pop();
  if (story.id !== folder)
    problems.push(`${file}: id: "${story.id}" differs from its folder "${folder}"`);

  const locate = (path: string): string | null => {
    if (!path.startsWith(SHARED)) return resolve(dir, path);
    if (!existsSync(sharedDir)) {
      problems.push(`${file}: ${path}: shared folder ${sharedDir} not found (pass --shared DIR)`);
      return null;
    }
    return resolve(sharedDir, path.slice(SHARED.length));
  };
  const articlePath = locate(story.article);
  const factSheetPath = locate(story.factSheet);
  if (!articlePath || !factSheetPath) return null;
  const missing = [articlePath, factSheetPath].filter((path) => !existsSync(path));
  for (const path of missing) problems.push(`${file}: ${path}: file not found`);
  if (missing.length) return null;
  return { story, articleText: readFileSync(articlePath, 'utf8'), factSheetPath };
}

/** A section of story.json given inline, or as the name of a JSON file beside it. */
function section<T>(
  storyFile: string,
  dir: string,
  name: string,
  value: unknown,
  schema: z.ZodMiniType<T>,
  problems: string[],
): T | undefined {
  if (typeof value !== 'string') {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      problems.push(...issuesOf(storyFile, z.object({ [name]: schema }), { [name]: value }));
    return parsed.data;
  }
  const path = join(dir, value);
  if (!existsSync(path)) {
    problems.push(`${storyFile}: ${name}: ${path} not found`);
    return undefined;
  }
  const raw = readJson(path, problems);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) problems.push(...issuesOf(path, schema, raw));
  return parsed.data;
}

function storyDirs(storiesDir: string, problems: string[]): string[] {
  if (!existsSync(storiesDir)) {
    problems.push(`${storiesDir}: stories folder not found`);
    return [];
  }
  const dirs = readdirSync(storiesDir)
    .sort()
    .map((name) => join(storiesDir, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'story.json')));
  if (!dirs.length) problems.push(`${storiesDir}: no <id>/story.json inside`);
  return dirs;
}

type Row = Record<string, unknown>;

/** Adds rows by id; the same id twice must mean the same record. */
function mergeInto(target: Map<string, Row>, rows: Row[], kind: string, problems: string[]) {
  for (const row of rows) {
    const id = String(row.id);
    const known = target.get(id);
    if (known && json(known) !== json(row)) {
      problems.push(`${kind} ${id}: id: defined differently by two fact sheets or stories`);
    }
    target.set(id, row);
  }
}

const byId = (rows: Map<string, Row>) => [...rows.keys()].sort().map((id) => rows.get(id)!);

/** The generated packs/index.ts: imports every pack so the bundler can inline them. */
function packIndex(ids: string[], outDir: string, schemaModule: string): string {
  const schema = relative(join(outDir, 'packs'), schemaModule)
    .replace(/\\/g, '/')
    .replace(/\.ts$/, '');
  const imports = ids.map((id, i) => `import pack${i} from './${id}.json';`);
  const list = ids.map((_, i) => `pack${i}`).join(', ');
  return [
    '// Generated by scripts/build-data.ts from the story folders: do not edit.',
    `import type { StoryPack } from '${schema.startsWith('.') ? schema : `./${schema}`}';`,
    ...imports,
    '',
    '/** Every bundled story pack; validated at build time by src/data/check.ts. */',
    `export const packs = [${list}] as unknown as readonly StoryPack[];`,
    '',
  ].join('\n');
}

/** Reads every story and its fact sheet; validates; returns the files to write. */
export function buildData(options: BuildOptions): BuildResult {
  const problems: string[] = [];
  const files = new Map<string, string>();
  const counts = { sources: 0, figures: 0, statements: 0, packs: 0 };
  const dirs = options.storiesDirs.flatMap((dir) => storyDirs(resolve(dir), problems));
  const stories = dirs
    .map((dir) => loadStory(dir, options.sharedDir, problems))
    .filter((s): s is LoadedStory => s !== null);
  if (problems.length) return { problems, files, noteOnly: [], counts };

  const shortNames: Record<string, string> = {};
  for (const { story } of stories) {
    for (const [id, name] of Object.entries(story.sourceShortNames ?? {})) {
      if (shortNames[id] !== undefined && shortNames[id] !== name) {
        problems.push(`story ${story.id}: sourceShortNames.${id}: differs from another story's`);
      }
      shortNames[id] = name;
    }
  }

  const sources = new Map<string, Row>();
  const figures = new Map<string, Row>();
  const statements = new Map<string, Row>();
  const figureIdsBySheet = new Map<string, Set<string>>();
  for (const path of new Set(stories.map((s) => s.factSheetPath))) {
    const sheet = factSheetSchema.safeParse(readJson(path, problems));
    if (!sheet.success) {
      problems.push(`${path}: expected { sources: [], figures: [], denials: [] } of records`);
      continue;
    }
    const converted = fromFactSheet(sheet.data, shortNames);
    problems.push(...converted.problems);
    mergeInto(sources, converted.sources, 'source', problems);
    mergeInto(figures, converted.figures, 'figure', problems);
    mergeInto(statements, converted.statements, 'statement', problems);
    figureIdsBySheet.set(path, new Set(converted.figures.map((f) => String(f.id))));
  }
  const rawDataset = {
    sources: byId(sources),
    figures: byId(figures),
    statements: byId(statements),
  };
  const report = checkDataset(rawDataset);
  problems.push(...report.problems);
  const parsed = datasetSchema.safeParse(rawDataset);
  if (problems.length || !parsed.success) {
    return { problems, files, noteOnly: report.noteOnly, counts };
  }
  const dataset: Dataset = parsed.data;

  const ids: string[] = [];
  const gates: { id: string; identity: { gate: string[] } }[] = [];
  for (const { story, articleText, factSheetPath } of stories) {
    const built = buildPack(story, articleText, dataset, figureIdsBySheet.get(factSheetPath)!);
    problems.push(...built.problems, ...checkPack(built.pack, dataset));
    if (ids.includes(story.id)) problems.push(`story ${story.id}: id: used by two story folders`);
    ids.push(story.id);
    gates.push({ id: story.id, identity: { gate: built.pack.identity.gate } });
    files.set(join(options.outDir, 'packs', `${story.id}.json`), json(built.pack));
  }
  if (problems.length) return { problems, files: new Map(), noteOnly: report.noteOnly, counts };

  files.set(join(options.outDir, 'dataset.json'), json(rawDataset));
  // What the content script loads on every page: only each story's early-exit fragments.
  files.set(join(options.outDir, 'packs', 'gates.json'), json(gates));
  files.set(
    join(options.outDir, 'packs', 'index.ts'),
    packIndex(ids, options.outDir, options.schemaModule),
  );
  return {
    problems,
    files,
    noteOnly: report.noteOnly,
    counts: {
      sources: dataset.sources.length,
      figures: dataset.figures.length,
      statements: dataset.statements.length,
      packs: ids.length,
    },
  };
}

/** Writes the files, and removes packs that no story produces any more. */
export function writeFiles(outDir: string, files: ReadonlyMap<string, string>): void {
  const packsDir = join(outDir, 'packs');
  if (existsSync(packsDir)) {
    for (const name of readdirSync(packsDir)) {
      if (name.endsWith('.json') && !files.has(join(packsDir, name))) rmSync(join(packsDir, name));
    }
  }
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Output files whose content on disk is not what the build produces. */
export function outdatedFiles(outDir: string, files: ReadonlyMap<string, string>): string[] {
  const packsDir = join(outDir, 'packs');
  const extra = existsSync(packsDir)
    ? readdirSync(packsDir)
        .map((name) => join(packsDir, name))
        .filter((path) => path.endsWith('.json') && !files.has(path))
    : [];
  const changed = [...files].filter(
    ([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content,
  );
  return [...changed.map(([path]) => path), ...extra].sort();
}
