import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/engine/claims/rules';
import {
  DETECTION_CHUNK,
  rulesChunkFile,
  storyChunk,
} from '../../src/engine/claims/rules-chunk-names';
import { packs } from '../../src/data/packs/index';
import { EAGER_COMPILE_HINT } from '../../scripts/build/eager-compile';
import { buildExtension, type Target } from '../../scripts/harness/build';
import { pageSize, scriptSize } from '../../scripts/harness/bundle-size';

// The content script loads on every page a reader opens; the popup on every click.
const CONTENT_GZIP_BUDGET = 25 * 1024;
const POPUP_GZIP_BUDGET = 40 * 1024;
// The reader loads only on pages that may carry a known story (they name its
// early-exit words); it holds extraction, the article finder and the highlights
// (matching's judgement and the claims are found in the background). Raised
// from 45 KB when reading real articles' phrasings took new claim modules.
const READER_GZIP_BUDGET = 50 * 1024;
// The claims rules of one language, compiled at build time: read once per lifetime by the
// background (which finds a matching page's claims), never by the page. The budget guards against
// a compiled form that blows up, not against lexicons growing by category: raised from 25 KB to
// 32 KB when they grew in six languages, and to 48 KB when the rules left the page (French 32 KB).
const RULES_GZIP_BUDGET = 48 * 1024;
// The card (Preact, the card and overview components, their styles) loads only
// when a card first opens: none of it is in the reader.
const CARD_GZIP_BUDGET = 15 * 1024;

describe.each<Target>(['chrome', 'firefox'])('%s build stays within its size budgets', (target) => {
  let dir = '';
  beforeAll(() => {
    dir = buildExtension(target);
  });
  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('content script ≤ 25 KB gzip', () => {
    const size = scriptSize(dir, 'content-scripts/content.js');
    console.info(`${target} content script: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
  });

  it('reader ≤ 50 KB gzip', () => {
    const size = scriptSize(dir, 'reader.js');
    console.info(`${target} reader: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(READER_GZIP_BUDGET);
  });

  it("the reader holds no story's identity, not even the gate's words", () => {
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    for (const { identity } of packs) {
      expect(reader).not.toContain(identity.fingerprint.slice(0, 32));
      // The gate's pattern is built from these words by the content script, never by the reader.
      for (const word of identity.gate)
        expect(reader.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it("the sentinel and the reader call the browser's own API, not the polyfill", () => {
    // Evaluating webextension-polyfill (a wrapper per API namespace) cost every matching page
    // part of loading the reader, and its wrapped sendMessage part of every message.
    for (const file of ['content-scripts/content.js', 'reader.js']) {
      const script = readFileSync(join(dir, file), 'utf8');
      expect(script, file).not.toContain('This script should only be loaded in a browser');
    }
  });

  it("the reader checks the background's answers by hand: no zod in it", () => {
    // Building zod's schemas and running them cold cost every matching page's load and
    // message stages; the answer the reader gets is small (spans and kinds).
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    expect(reader).not.toContain('$ZodType');
  });

  it('the reader asks V8 to compile all its functions while it streams (it all runs cold)', () => {
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    expect(reader.startsWith(`${EAGER_COMPILE_HINT}\n`)).toBe(true);
    // Only the reader: the sentinel runs on every page and exits early on most.
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(content).not.toContain(EAGER_COMPILE_HINT);
  });

  it("the sentinel holds none of extraction's furniture lists", () => {
    // The gate needs the shadow hosts' tags only; taking them from the walk's module bundled
    // the furniture lists and their module-level work (two patterns built) into every page.
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(content).not.toContain('outbrain');
    expect(content).not.toContain('mehr-zum-thema');
  });

  it('card ≤ 15 KB gzip, loaded apart from the reader', () => {
    const size = scriptSize(dir, 'card.js');
    console.info(`${target} card: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(CARD_GZIP_BUDGET);
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    expect(reader).not.toContain('cc-card');
    expect(reader).not.toContain('cc-ov-table');
  });

  it('claims rules ≤ 48 KB gzip per language and story, none of them in the reader', () => {
    const stories = packs.map((pack) => storyChunk(pack.id));
    for (const code of [...Object.keys(LANGUAGES), DETECTION_CHUNK, ...stories]) {
      const size = scriptSize(dir, rulesChunkFile(code));
      console.info(`${target} rules ${code}: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
      expect(size.gzipBytes).toBeLessThanOrEqual(RULES_GZIP_BUDGET);
    }
    // The rules' longer phrases are in the reader only where its story packs quote them too.
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    const phrases = Object.values(LANGUAGES)
      .flatMap((rules) => Object.values(rules).filter(Array.isArray).flat())
      .filter((p): p is string => typeof p === 'string' && p.length > 12);
    const inReader = phrases.filter((p) => reader.includes(p));
    expect(inReader.length).toBeLessThan(phrases.length / 20);
  });

  it('popup ≤ 40 KB gzip', () => {
    const size = pageSize(dir, 'popup.html');
    console.info(
      `${target} popup (${size.files.join(', ')}): ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`,
    );
    expect(size.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(size.gzipBytes).toBeLessThanOrEqual(POPUP_GZIP_BUDGET);
  });
});
