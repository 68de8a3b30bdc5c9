import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, type Target } from '../e2e/harness/build';
import { pageSize, scriptSize } from './bundle-size';

// The content script loads on every page a reader opens; the popup on every click.
const CONTENT_GZIP_BUDGET = 25 * 1024;
const POPUP_GZIP_BUDGET = 40 * 1024;
// The reader loads only on pages that may carry a known story (they name its
// early-exit words); it holds the engine, the packs, the highlights and the card.
// 80 KB since the lexicons of the six languages were built out by category
// (about 5 KB gzip each); loading only the page's language would bring it back.
const READER_GZIP_BUDGET = 80 * 1024;

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

  it('reader ≤ 80 KB gzip', () => {
    const size = scriptSize(dir, 'reader.js');
    console.info(`${target} reader: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip`);
    expect(size.gzipBytes).toBeLessThanOrEqual(READER_GZIP_BUDGET);
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
