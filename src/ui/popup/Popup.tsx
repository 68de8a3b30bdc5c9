import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageResult } from '../../messaging/protocol';
import { pageResultSchema } from '../../messaging/protocol';

type State = { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'ready'; result: PageResult };

/** The tab to describe: `?tab=ID` (tests, debugging) or the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadState(): Promise<State> {
  const tabId = await targetTabId();
  if (tabId === null) return { kind: 'unreadable' };
  const reply: unknown = await browser.runtime.sendMessage({ type: 'get-tab-result', tabId });
  const parsed = pageResultSchema.safeParse(reply);
  return parsed.success ? { kind: 'ready', result: parsed.data } : { kind: 'unreadable' };
}

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    loadState().then(setState, () => setState({ kind: 'unreadable' }));
  }, []);
  return (
    <main data-state={state.kind}>
      <h1>Crosscount</h1>
      {state.kind === 'loading' && <p>Analysing…</p>}
      {state.kind === 'unreadable' && <p>Crosscount cannot read this page.</p>}
      {state.kind === 'ready' && (
        <p data-verdict={state.result.verdict}>
          {state.result.verdict === 'none' ? 'No matching article' : state.result.reason}
        </p>
      )}
    </main>
  );
}
