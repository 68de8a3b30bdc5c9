import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseToBackground } from '../src/messaging/receive';
import { forgetTab, loadTabResult, saveTabResult } from '../src/platform/tab-results';
import { showClaimCount } from '../src/platform/badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const msg = parseToBackground(message, sender, browser.runtime.id);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'page-result': {
        const tabId = sender.tab!.id!;
        return saveTabResult(tabId, msg.result).then(() =>
          showClaimCount(tabId, msg.result.highlights.length),
        );
      }
      case 'get-tab-result':
        return loadTabResult(msg.tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
