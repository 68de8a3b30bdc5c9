import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { checkBundledData } from './src/data/check';

// Firefox 140 is the first release with the CSS Custom Highlight API and the
// first desktop release where `data_collection_permissions` is understood.
const FIREFOX_MIN = '140.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Tools that build their own copy (analyze, bench) pass a private output dir.
  outDir: process.env.CROSSCOUNT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // A broken dataset or story pack fails the build, not only a test.
    'build:before': () => {
      const problems = checkBundledData();
      if (problems.length) throw new Error(`Bundled data is broken:\n${problems.join('\n')}`);
    },
  },
  manifest: {
    name: 'Crosscount',
    description:
      'See who counted what: highlights casualty claims and official denials in news articles, with their sources next to competing figures.',
    default_locale: 'en',
    permissions: ['storage'],
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
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['demo-output/**', 'bench-results.json', '.output/**'],
  },
});
