import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../../scripts/harness/build';
import { CHROME_MIN, PROJECT_URL, REPORT_FORM_URL } from '../../src/project';

// A new permission must be a deliberate change: update this list, the README
// and PRIVACY.md together.
const ALLOWED_PERMISSIONS = ['storage', 'activeTab'];
const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];

// Every top-level key each build may carry. A key outside its browser's list is
// what the browser reports as an "Unrecognized manifest key" (Chrome on Load
// unpacked, Firefox's web-ext lint / about:debugging). Adding one is deliberate.
const COMMON_KEYS = [
  'action',
  'background',
  'commands',
  'content_scripts',
  'default_locale',
  'description',
  'homepage_url',
  'icons',
  'manifest_version',
  'name',
  'options_ui',
  'permissions',
  'version',
  'web_accessible_resources',
];
const ALLOWED_KEYS: Record<Target, string[]> = {
  chrome: [...COMMON_KEYS, 'minimum_chrome_version'].sort(),
  firefox: [...COMMON_KEYS, 'browser_specific_settings'].sort(),
};

const builds = new Map<Target, string>();
/** A manifest string as the browser shows it in English (`__MSG_key__` resolved). */
const shown = (target: Target, value: string) => {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!key) return value;
  const messages = JSON.parse(
    readFileSync(join(builds.get(target)!, '_locales/en/messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return messages[key]!.message;
};
/** The manifest keys these tests read. */
interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  icons: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts: { matches: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  homepage_url?: string;
  minimum_chrome_version?: string;
  commands: Record<string, { suggested_key?: { default?: string }; description?: string }>;
  action: { default_title: string; default_popup: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown };
  };
}
const manifest = (target: Target) =>
  JSON.parse(readFileSync(join(builds.get(target)!, 'manifest.json'), 'utf8')) as BuiltManifest;

beforeAll(() => {
  for (const target of ['chrome', 'firefox'] as const) builds.set(target, buildExtension(target));
});
afterAll(() => builds.forEach((dir) => rmSync(dirname(dir), { recursive: true, force: true })));

describe.each<Target>(['chrome', 'firefox'])('%s manifest', (target) => {
  it('names the extension, takes its version from package.json and has every icon size', () => {
    const m = manifest(target);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(shown(target, m.name)).toBe('Crosscount');
    expect(m.version).toBe(pkg.version);
    expect(shown(target, m.description).length).toBeGreaterThan(20);
    expect(Object.keys(m.icons).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('asks for no permission beyond the allow-list', () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions ?? []).toEqual(ALLOWED_PERMISSIONS);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.flatMap((c) => c.matches)).toEqual(CONTENT_MATCHES);
    // Only the reader, which the content script imports on candidate pages, and
    // the card's code, which the reader imports when a card first opens.
    expect(m.web_accessible_resources).toEqual([
      { resources: ['reader.js', 'card.js'], matches: CONTENT_MATCHES },
    ]);
  });
  it('carries only the keys its browser knows', () => {
    expect(Object.keys(manifest(target)).sort()).toEqual(ALLOWED_KEYS[target]);
  });

  it('links to the project, one address with the report form, and has a key for the popup', () => {
    const m = manifest(target);
    expect(m.homepage_url).toBe(PROJECT_URL);
    expect(REPORT_FORM_URL.startsWith(`${PROJECT_URL}/`)).toBe(true);
    const open = m.commands._execute_action!;
    expect(open.suggested_key?.default).toMatch(/^Alt\+Shift\+\w$/);
    expect(shown(target, open.description!).length).toBeGreaterThan(5);
    // Chrome takes at most four suggested keys, and no two commands may share one.
    const keys = Object.values(m.commands).flatMap((c) => c.suggested_key?.default ?? []);
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    expect(shown(target, m.action.default_title)).toMatch(/Crosscount/);
  });
});

describe('chrome build', () => {
  it('names the oldest Chrome in the README’s table, and no Firefox key', () => {
    const m = manifest('chrome');
    expect(m.minimum_chrome_version).toBe(CHROME_MIN);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`Chrome / Edge ${CHROME_MIN}–`);
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.background).toEqual({ service_worker: 'background.js' });
  });
});

describe('firefox build', () => {
  it('has no Chrome-only key', () => {
    const m = manifest('firefox');
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.background).toEqual({ scripts: ['background.js'] });
  });

  it('declares its add-on id, a minimum version and that it collects no data', () => {
    const gecko = manifest('firefox').browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('passes web-ext lint with no error and no warning but Preact’s known one', () => {
    const run = spawnSync(
      'npx',
      [
        'web-ext',
        'lint',
        '--source-dir',
        builds.get('firefox')!,
        '--output',
        'json',
        '--no-config-discovery',
      ],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      errors: { code: string }[];
      warnings: { code: string; file: string }[];
    };
    expect(report.errors).toEqual([]);
    const unexplained = report.warnings.filter((w) => w.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(unexplained).toEqual([]);
  });
});
