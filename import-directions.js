// Import directions, as "A may import B": each folder of src/, each entrypoint
// and scripts/ lists what it may import besides itself. Everything else is an
// error of `npm run lint` (ESLint's no-restricted-imports, one block a folder).
// Imports stay relative (no path aliases), so these patterns see every one.

/** Folders of src/, named from src/. A folder's sub-folders count as part of it. */
const SRC = [
  'engine',
  'contracts',
  'data',
  'messaging',
  'settings',
  'platform',
  'page',
  'highlight',
  'reader',
  'claims-service',
  'view-model',
  'ui/card',
  'ui/i18n',
  'ui/popup',
  'ui/options',
  'ui/welcome',
  'ui',
  'project',
];

/** What each part of src/ may import, besides itself and src/project.ts. */
const SRC_MAY_IMPORT = {
  // Pure text analysis: no browser API, nothing of the extension.
  engine: [],
  // The vocabulary every bundle shares: no code of ours, no zod.
  contracts: [],
  // The dataset, story packs and their schemas, checked with the engine's rules.
  data: ['engine'],
  // The zod schemas of what crosses a boundary, derived from the contracts.
  messaging: ['contracts'],
  settings: ['contracts'],
  // The browser's storage and toolbar, for the background and the popup.
  platform: ['contracts', 'messaging'],
  // What the content scripts do in any page: timing, watching, reporting.
  page: ['contracts', 'highlight'],
  // Paints claims and hit-tests them: opens nothing (the reader opens cards).
  highlight: ['engine', 'contracts'],
  // The content script's part on candidate pages: analyses (with the bundled story
  // packs), paints, opens cards.
  reader: ['engine', 'contracts', 'data', 'highlight', 'page', 'ui/card', 'ui/i18n'],
  // The claims of a matching page, found in the background (off the page's main thread).
  'claims-service': ['engine', 'contracts'],
  // What the popup and the card show, as data and then words (the string tables
  // in ui/i18n until they are replaced).
  'view-model': ['contracts', 'data', 'engine', 'ui/i18n'],
  // The card, laid out in the page from the background's ClaimCard.
  'ui/card': ['contracts', 'engine', 'page', 'ui/i18n'],
  'ui/i18n': ['data', 'engine'],
  'ui/popup': [
    'contracts',
    'data',
    'engine',
    'messaging',
    'platform',
    'settings',
    'view-model',
    'ui/card',
    'ui/i18n',
    'ui',
  ],
  'ui/options': ['contracts', 'data', 'settings', 'ui/i18n', 'ui/popup'],
  'ui/welcome': ['ui/i18n', 'ui'],
  ui: ['ui/i18n'],
  project: [],
};

/** What each entrypoint (and scripts/) may import from src/. */
const ENTRY_MAY_IMPORT = {
  // The service worker: the dataset, the card's words, storage. No Preact
  // component (none is in these folders) and nothing of the popup.
  'entrypoints/background.ts': [
    'claims-service',
    'contracts',
    'data',
    'messaging',
    'platform',
    'view-model',
    'ui/i18n',
  ],
  // The sentinel on every page: the gate, then the reader's bridge.
  'entrypoints/content.ts': ['contracts', 'data', 'engine', 'page', 'reader', 'settings'],
  'entrypoints/reader.ts': ['reader'],
  'entrypoints/card.ts': ['ui/card'],
  // Extension pages: their component, and the stylesheets they share.
  'entrypoints/popup/**': ['ui/popup', 'ui/card', 'ui/i18n'],
  'entrypoints/options/**': ['ui/options', 'ui/popup', 'ui/card', 'ui/i18n'],
  'entrypoints/welcome/**': ['ui/welcome', 'ui/popup', 'ui/i18n'],
  // Tools may use anything of the extension, but no test code.
  'scripts/**': SRC,
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of an import of `folder` (from src/) by a relative path that climbs
 * out to src/ (`prefix` ''), or to the repository (`prefix` 'src/'). A folder with
 * named sub-folders of its own (ui) leaves those to their own patterns.
 */
function importOf(folder, prefix) {
  const subs = SRC.filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1));
  const notSub = subs.length ? `(?!(${subs.map(escape).join('|')})(/|$))` : '';
  return `^(\\.\\./)+${escape(prefix + folder)}(/|$)${notSub}`;
}

const common = {
  paths: [{ name: 'zod', message: "Use 'zod/mini': classic zod adds ~27 kB gzip per bundle." }],
};

function block(files, allowed, prefix, extra = []) {
  const denied = SRC.filter((f) => !allowed.includes(f));
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...common,
          patterns: [
            ...denied.map((f) => ({
              regex: importOf(f, prefix),
              caseSensitive: true,
              message: `${files[0]} may import only ${allowed.join(', ') || 'itself'} (import-directions.js).`,
            })),
            { regex: '^(\\.\\./)+entrypoints(/|$)', message: 'Nothing imports an entrypoint.' },
            ...extra,
          ],
        },
      ],
    },
  };
}

const browserApi = {
  group: ['wxt/*', 'webextension-polyfill', 'preact', 'preact/*'],
  message: 'The engine is pure: no browser extension API, no UI.',
};
const preact = {
  group: ['preact', 'preact/*'],
  message: 'The background renders no Preact component.',
};
const testCode = { regex: '^(\\.\\./)+test(/|$)', message: 'scripts/ import no test code.' };

const srcFiles = (folder) => {
  if (folder === 'project') return ['src/project.ts'];
  const subs = SRC.filter((f) => f.startsWith(`${folder}/`));
  return { files: [`src/${folder}/**`], ignores: subs.map((f) => `src/${f}/**`) };
};

export const importDirections = [
  ...SRC.map((folder) => {
    const where = srcFiles(folder);
    const files = Array.isArray(where) ? where : where.files;
    const mayImport = [folder, 'project', ...SRC_MAY_IMPORT[folder]];
    const b = block(files, mayImport, '', folder === 'engine' ? [browserApi] : []);
    return Array.isArray(where) ? b : { ...b, ignores: where.ignores };
  }),
  ...Object.entries(ENTRY_MAY_IMPORT).map(([files, allowed]) =>
    block(
      [files],
      [...allowed, 'project'],
      'src/',
      files === 'entrypoints/background.ts' ? [preact] : files === 'scripts/**' ? [testCode] : [],
    ),
  ),
];
