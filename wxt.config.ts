import preact from '@preact/preset-vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { eagerCompile } from './scripts/build/eager-compile';
import { READER_FILE } from './src/reader/bridge';
import { manifestCommands } from './src/contracts/commands';
import { checkBundledData } from './src/data/check';
import { rulesChunks } from './src/engine/claims/rules-chunks';
import type { StoryRules } from './src/engine/claims/story-rules';
import type { StoryPack } from './src/engine/story-pack';
import { CHROME_MIN, FIREFOX_MIN, PROJECT_URL } from './src/project';

const DATA_DIR = resolve(import.meta.dirname, 'src/data');

/**
 * Builds with the story packs and dataset of another folder (written by
 * `npm run data:build -- --out DIR`), so tests can prove that a new story
 * needs data only: CROSSCOUNT_DATA_DIR=DIR npm run build.
 */
function dataFrom(dir: string): Plugin {
  return {
    name: 'crosscount-data-dir',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!found) return null;
      const [path, query] = found.id.split('?');
      const rel = relative(DATA_DIR, path!);
      if (rel !== 'dataset.json' && !rel.startsWith('packs/')) return null;
      const replacement = join(resolve(dir), rel);
      // Files the other folder lacks (a story it does not hold) keep their own.
      return existsSync(replacement) ? replacement + (query ? `?${query}` : '') : null;
    },
  };
}

/** The story packs the bundle gets (another folder's first, as `dataFrom` resolves them). */
function bundledStories(): { id: string; attribution: StoryRules }[] {
  const dirs = [process.env.CROSSCOUNT_DATA_DIR, DATA_DIR].filter((d) => d !== undefined);
  const byFile = new Map<string, string>();
  for (const dir of dirs.reverse()) {
    const packs = join(resolve(dir), 'packs');
    if (!existsSync(packs)) continue;
    for (const file of readdirSync(packs).filter((f) => f.endsWith('.json')))
      byFile.set(file, join(packs, file));
  }
  return [...byFile.values()]
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as Partial<StoryPack>)
    .filter((pack): pack is StoryPack => !!pack.id && !!pack.attribution);
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Tools that build their own copy (analyze, bench) pass a private output dir.
  outDir: process.env.CROSSCOUNT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  vite: () => ({
    // CROSSCOUNT_MINIFY=false: readable function names in CPU profiles (npm run bench -- --profile).
    ...(process.env.CROSSCOUNT_MINIFY === 'false' ? { build: { minify: false } } : {}),
    plugins: [
      preact(),
      // The reader runs once per matching page, all of it cold (see eager-compile.ts).
      eagerCompile([READER_FILE.slice(1)]),
      ...(process.env.CROSSCOUNT_DATA_DIR ? [dataFrom(process.env.CROSSCOUNT_DATA_DIR)] : []),
    ],
  }),
  hooks: {
    // The content script, which runs on every page, uses the browser's own API (promises
    // in Manifest V3, in both browsers), not the polyfill: evaluating the polyfill was
    // most of what loading the script cost a page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      } else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
    // A broken dataset or story pack fails the build, not only a test.
    'build:before': () => {
      const problems = checkBundledData();
      if (problems.length) throw new Error(`Bundled data is broken:\n${problems.join('\n')}`);
    },
    // The claims rules, compiled here: one chunk per language and per story, read by the
    // background as needed.
    'build:publicAssets': (_wxt, files) => {
      files.push(...rulesChunks(bundledStories()));
    },
    // WXT takes the toolbar button's tooltip from the popup's <title>; it is
    // shown in the browser's language instead.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
    },
  },
  // One manifest per browser: each gets only the keys it knows, so neither
  // lists an "unrecognized manifest key" (test/build/manifest.test.ts holds the
  // allow-list of keys for each).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: PROJECT_URL,
    // activeTab: opened from the toolbar, the popup may see the page's address,
    // to name the site when the browser withholds access to it.
    permissions: ['storage', 'activeTab'],
    // The reader (extraction, matching, story packs, highlights) is imported by the
    // content script only on pages that may carry a known story; the card's code by
    // the reader only when a card first opens. The claims rules are read by the
    // background only, so no page may fetch them.
    web_accessible_resources: [
      {
        resources: ['reader.js', 'card.js'],
        matches: ['http://*/*', 'https://*/*'],
      },
    ],
    // Keyboard shortcuts (src/contracts/commands.ts); readers can change them.
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscount@crosscount.org',
              strict_min_version: FIREFOX_MIN,
              // Nothing leaves the browser: declared for Firefox's add-on store.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: CHROME_MIN }),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'bench-results.json', '.output/**'],
  },
});
