import type { Page } from 'puppeteer-core';

/**
 * Records, in the page's own world, when its DOM last changed, so a tool can
 * wait until a script-built article has settled. Install before navigation.
 */
export async function trackMutations(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __ccLastMutation: number };
    w.__ccLastMutation = performance.now();
    new MutationObserver(() => (w.__ccLastMutation = performance.now())).observe(document, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

/** Waits until the DOM has been quiet for `quietMs`, or `maxMs` after load. */
export async function waitForQuiet(page: Page, quietMs = 1000, maxMs = 5000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < maxMs) {
    const quietFor = await page.evaluate(
      () =>
        performance.now() - (window as unknown as { __ccLastMutation: number }).__ccLastMutation,
    );
    if (quietFor >= quietMs) return;
    await new Promise((r) => setTimeout(r, Math.min(250, quietMs - quietFor + 10)));
  }
}
