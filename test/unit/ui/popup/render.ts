import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container attached to the document. */
export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
}

export function unmountAll() {
  for (const root of [...document.body.children]) {
    act(() => render(null, root));
    root.remove();
  }
}

// Captured before any test installs fake timers, so polling still runs.
const realSetTimeout = globalThis.setTimeout;

/** Polls `check` (letting promises and effects run) until it stops throwing. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await act(() => new Promise((r) => realSetTimeout(r, 10)));
    }
  }
}

export const $ = (root: ParentNode, selector: string) => {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
