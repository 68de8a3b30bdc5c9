import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../../entrypoints/background';
import { isClaimCard } from '../../../src/contracts/claim-card';
import { MESSAGE, type MatchReply } from '../../../src/contracts/messages';
import type { PageResult } from '../../../src/contracts/page-result';
import { dataset } from '../../../src/data/dataset';
import { packs } from '../../../src/data/packs';
import { rulesChunks } from '../../../src/engine/claims/rules-chunks';
import { analyzeDocument } from '../../../src/engine/analyze-page';
import { readPageSteps } from '../../../src/engine/read-page';
import { runSteps } from '../../../src/engine/steps';
import { matchRequest } from '../../../src/reader/request-match';
import { loadPage } from '../../fixtures/pages/load';

// The background's own wiring, run against WXT's in-memory browser: what it
// does on install, with a page's report and the requests that follow, and
// when a tab closes.

const figure = dataset.figures.find((f) => f.metric === 'civilians-killed')!;

const result: PageResult = {
  url: 'https://news.example/article',
  verdict: 'same-story',
  score: 0.9,
  story: 'syria-russia-amnesty-2015',
  reason: 'test',
  highlights: [
    {
      kind: 'casualty',
      text: 'at least 200 civilians',
      source: figure.source,
      metric: figure.metric,
      min: 200,
      refs: [figure.id],
    },
  ],
};

/** What the background answers to `message` from `sender` (undefined: it does not answer). */
async function send(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies[0];
}

let tabId: number;
let fromTab: object;

beforeEach(async () => {
  fakeBrowser.reset();
  // The fake browser has no keyboard commands to listen to.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
  background.main();
  tabId = (await fakeBrowser.tabs.create({ url: result.url })).id!;
  fromTab = { id: fakeBrowser.runtime.id, tab: { id: tabId } };
});

afterEach(() => vi.restoreAllMocks());

describe('the background', () => {
  it('opens the welcome page on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContainEqual(expect.stringMatching(/\/welcome\.html$/));
  });

  it("stores a page's result, counts its claims on the badge and gives it to the popup", async () => {
    await send({ type: MESSAGE.pageResult, result }, fromTab);
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('1');
    const popup = { id: fakeBrowser.runtime.id };
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toEqual(result);
  });

  it('answers a claim card request with the card of that claim of the tab', async () => {
    await send({ type: MESSAGE.pageResult, result }, fromTab);
    const card = await send({ type: MESSAGE.getClaimCard, index: 0 }, fromTab);
    expect(isClaimCard(card)).toBe(true);
    expect(card).toMatchObject({ kind: 'casualty', text: 'at least 200 civilians' });
    expect(card).toHaveProperty('overview.current', 0);
    expect(await send({ type: MESSAGE.getClaimCard, index: 1 }, fromTab)).toBeNull();
  });

  it('ignores messages from elsewhere or of the wrong shape', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const other = { id: 'another-extension', tab: { id: tabId } };
    expect(await send({ type: MESSAGE.pageResult, result }, other)).toBeUndefined();
    expect(await send({ type: MESSAGE.pageResult }, fromTab)).toBeUndefined();
    const popup = { id: fakeBrowser.runtime.id };
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toBeNull();
  });

  it("answers a reader's page with its match and the claims of its article, reading the build's rules once", async () => {
    // The extension's rules files, as the build writes them.
    const files = new Map(
      rulesChunks(packs).map((c) => [fakeBrowser.runtime.getURL(`/${c.relativeDest}`), c.contents]),
    );
    const read: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      read.push(url);
      const text = files.get(url);
      return Promise.resolve(new Response(text ?? '', { status: text ? 200 : 404 }));
    });
    // What the reader sends of the demo page (a copy of the source article).
    const doc = await loadPage(
      readFileSync(resolve(import.meta.dirname, '../../../demo/article.html'), 'utf8'),
    );
    const reading = runSteps(readPageSteps(doc, {}));
    const request = matchRequest(reading.input!, reading.lang);
    const reply = (await send(request, fromTab)) as MatchReply;
    // What the whole engine finds on the page, in one place, with the rules compiled at hand.
    const expected = analyzeDocument(doc, { packs, gate: false });
    const { regions: _regions, ...verdict } = expected.match;
    expect(reply.match).toEqual(verdict);
    expect(reply.match.verdict).toBe('copy');
    // Spans and kinds only; each span is its claim's text.
    expect(reply.claims).toEqual(
      expected.claims.flatMap((c) => [c.start, c.end, c.kind === 'casualty' ? 0 : 1]),
    );
    expect(expected.claims.every((c) => reading.text!.slice(c.start, c.end) === c.text)).toBe(true);
    expect(reply.claims.length).toBeGreaterThan(0);
    expect(reply.ms).toBeGreaterThan(0);
    // A second page finds the rules loaded.
    const before = read.length;
    await send(request, fromTab);
    expect(read.length).toBe(before);
    // Only a content script in a tab may ask.
    expect(await send(request, { id: fakeBrowser.runtime.id })).toBeUndefined();
    // The reader reports each claim's kind and text; the stored result has their records, also
    // once the background has restarted (its memory gone).
    const reported: PageResult = {
      ...result,
      verdict: 'copy',
      highlights: expected.claims.map(({ kind, text }) => ({ kind, text, refs: [] })),
    };
    const records = expected.claims.map(({ start: _s, end: _e, ...record }) => record);
    const popup = { id: fakeBrowser.runtime.id };
    await send({ type: MESSAGE.pageResult, result: reported }, fromTab);
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toEqual({
      ...reported,
      highlights: records,
    });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    background.main();
    await send({ type: MESSAGE.pageResult, result: reported }, fromTab);
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toEqual({
      ...reported,
      highlights: records,
    });
    // A report that is not of that answer is stored as it comes.
    const other = { ...reported, highlights: reported.highlights.slice(1) };
    await send({ type: MESSAGE.pageResult, result: other }, fromTab);
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toEqual(other);
    vi.unstubAllGlobals();
    // The engine runs twice on a whole page: slow on a loaded machine.
  }, 30_000);

  it("forgets a tab's result when the tab closes", async () => {
    await send({ type: MESSAGE.pageResult, result }, fromTab);
    // As the browser says it (the fake's tabs.remove looks the tab up as a window).
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 1 });
    // The background does not wait for the removal: let it land.
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    const popup = { id: fakeBrowser.runtime.id };
    expect(await send({ type: MESSAGE.getTabResult, tabId }, popup)).toBeNull();
  });
});
