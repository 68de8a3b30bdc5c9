import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../../scripts/harness/build';
import { pageSize, scriptSize } from '../../scripts/harness/bundle-size';

// The content script loads on every page a reader opens; the popup on every click.
const CONTENT_GZIP_BUDGET = 25 * 1024;
const POPUP_GZIP_BUDGET = 40 * 1024;
// The reader loads only on pages that may carry a known story (they name its
// early-exit words); it holds the engine, the packs, the highlights and the card.
// The lexicons of the six languages, built out by category, are about 5 KB gzip
// each; loading only the page's language would bring the reader down further.
const READER_GZIP_BUDGET = 70 * 1024;
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

  it('reader ≤ 70 KB gzip', () => {
    const size = scriptSize(dir, 'reader.js');
    console.info(`${target} reader: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(READER_GZIP_BUDGET);
  });

  it('card ≤ 15 KB gzip, loaded apart from the reader', () => {
    const size = scriptSize(dir, 'card.js');
    console.info(`${target} card: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(CARD_GZIP_BUDGET);
    const reader = readFileSync(join(dir, 'reader.js'), 'utf8');
    expect(reader).not.toContain('cc-card');
    expect(reader).not.toContain('cc-ov-table');
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
