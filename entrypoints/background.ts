import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isCommandName } from '../src/contracts/commands';
import { MESSAGE, type Ping, type RunCommand } from '../src/contracts/messages';
import { parseToBackground } from '../src/messaging/receive';
import {
  forgetTab,
  loadTabClaims,
  loadTabResult,
  saveTabClaims,
  saveTabResult,
} from '../src/platform/tab-results';
import { showClaimCount } from '../src/platform/badge';
import { dataset } from '../src/data/dataset';
import { packs } from '../src/data/packs';
import { toClaimCard } from '../src/view-model/card-model';
import { buildClaimView } from '../src/view-model/claim-view';
import { browserLanguage } from '../src/ui/i18n/language';
import { overviewStrings } from '../src/ui/i18n/overview';
import { buildOverview } from '../src/view-model/overview';
import { overviewWords } from '../src/view-model/overview-words';
import { noteUpdate } from '../src/platform/update-notice';
import { answerMatch } from '../src/claims-service/answer-match';
import { replyOf, withRecords } from '../src/claims-service/claim-records';
import type { FoundClaim } from '../src/contracts/messages';

/** One of the extension's own files, as text. */
const readOwnFile = (path: string) =>
  fetch(browser.runtime.getURL(`/${path}` as PublicPath)).then((r) =>
    r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`)),
  );

export default defineBackground(() => {
  // Compiled once and warm for every page while the background lives (story identities
  // included); claims rules read on first use.
  const match = answerMatch(packs, readOwnFile);
  // Each tab's last answered claims, with the records its reader is not sent: until stored,
  // and while this background lives (storage holds them across its restarts).
  const found = new Map<number, Promise<FoundClaim[] | null>>();
  browser.runtime.onMessage.addListener((message, sender) => {
    const msg = parseToBackground(message, sender, browser.runtime.id);
    if (!msg) return undefined;
    switch (msg.type) {
      case MESSAGE.pageResult: {
        const tabId = sender.tab!.id!;
        return (found.get(tabId) ?? loadTabClaims(tabId))
          .then((claims) => saveTabResult(tabId, withRecords(msg.result, claims)))
          .then(() => showClaimCount(tabId, msg.result.highlights.length));
      }
      case MESSAGE.matchPage: {
        const tabId = sender.tab!.id!;
        const answer = match(msg);
        found.set(
          tabId,
          answer.then(
            ({ claims }) =>
              saveTabClaims(tabId, claims)
                .catch(() => undefined)
                .then(() => claims),
            () => null,
          ),
        );
        return answer.then(replyOf);
      }
      case MESSAGE.getTabResult:
        return loadTabResult(msg.tabId);
      case MESSAGE.getClaimCard:
        return loadTabResult(sender.tab!.id!).then((result) => {
          const view = result && buildClaimView(result.highlights, msg.index, dataset);
          if (!view) return null;
          const lang = browserLanguage();
          // Who counted what, scoped to the claim's metric: the popup's overview, in the card.
          const story = packs.find((p) => p.id === result.story) ?? null;
          const overview =
            view.kind === 'casualty'
              ? {
                  ...overviewWords(
                    buildOverview(result.highlights, dataset, story, { metric: view.metric }),
                    overviewStrings(lang),
                    lang,
                  ),
                  current: msg.index,
                }
              : null;
          return toClaimCard(view, lang, overview);
        });
    }
  });
  // Keyboard shortcuts act on the page in the active tab.
  browser.commands?.onCommand.addListener(async (name) => {
    if (!isCommandName(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const command: RunCommand = { type: MESSAGE.command, name };
    browser.tabs.sendMessage(tab.id, command).catch(() => {
      // No content script there (browser page, or the page does not match).
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    found.delete(tabId);
    void forgetTab(tabId);
  });
  // A tab that loaded a page no content script answers from (a browser page,
  // a PDF, a data: URL) has no result: the previous page's must not describe
  // it. Not on 'loading', which Chromium also sends for same-document
  // navigations, sometimes after the content script has re-reported.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    const ping: Ping = { type: MESSAGE.ping };
    browser.tabs.sendMessage(tabId, ping).catch(() => forgetTab(tabId));
  });
  // First run: say what Crosscount does, reads and never sends. After an
  // update, the next popup says once what changed.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: '/welcome.html' });
    void noteUpdate(details);
  });
});
