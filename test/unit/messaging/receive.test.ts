import { describe, expect, it, vi } from 'vitest';
import { parseToBackground } from '../../../src/messaging/receive';

const OWN = 'own-extension-id';
const fromTab = { id: OWN, tab: { id: 7 } } as Parameters<typeof parseToBackground>[1];
const valid = {
  type: 'page-result',
  result: {
    url: 'https://news.example/a',
    verdict: 'none',
    score: 0,
    story: null,
    reason: 'r',
    highlights: [],
  },
};

describe('messages reaching the background', () => {
  it('accepts a well-formed message from its own content script', () => {
    expect(parseToBackground(valid, fromTab, OWN)).toEqual(valid);
  });

  it('ignores messages from another extension or a web page', () => {
    expect(parseToBackground(valid, { ...fromTab, id: 'other-extension' }, OWN)).toBeNull();
    expect(parseToBackground(valid, { url: 'https://evil.example/' }, OWN)).toBeNull();
  });

  it('drops a page result that does not come from a tab', () => {
    expect(parseToBackground(valid, { id: OWN }, OWN)).toBeNull();
  });

  it.each([
    null,
    'page-result',
    { type: 'page-result' },
    { type: 'unknown', result: valid.result },
    { ...valid, result: { ...valid.result, verdict: 'maybe' } },
    { ...valid, result: { ...valid.result, highlights: [{ kind: 'casualty' }] } },
    { type: 'get-tab-result', tabId: -1 },
    { type: 'get-tab-result', tabId: 1.5 },
    { ...valid, result: { ...valid.result, reason: 'x'.repeat(100_000) } },
  ])('logs and drops a malformed message without throwing: %j', (message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseToBackground(message, fromTab, OWN)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
