import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import content from '../../../entrypoints/content';
import { MESSAGE } from '../../../src/contracts/messages';

// The content script's own set-up on a page, against WXT's in-memory browser: what it arms on
// every page and what only once a check has passed the gate.

type WithNavigation = { navigation?: EventTarget };

/** The reasons of the reports the script sent, in order. */
function reports(send: { mock: { calls: unknown[][] } }): string[] {
  return send.mock.calls
    .map(([message]) => message as { type?: string; result?: { reason?: string } })
    .filter((m) => m.type === MESSAGE.pageResult)
    .map((m) => m.result?.reason ?? '');
}

/** Waits until `ready` holds (the script works in tasks and debounces changes). */
async function until(ready: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

let stop: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  delete (globalThis as WithNavigation).navigation;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** What the script needs of WXT's context, alive until the test ends. */
const context = () =>
  ({
    isValid: true,
    signal: stop.signal,
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: object) =>
      target.addEventListener(type, fn, { ...options, signal: stop.signal }),
    onInvalidated: (fn: () => void) => stop.signal.addEventListener('abort', fn),
  }) as unknown as ContentScriptContext;

describe('the content script', () => {
  it('follows same-document navigations only once a check has passed the gate', async () => {
    const navigation = new EventTarget();
    (globalThis as WithNavigation).navigation = navigation;
    const follows = vi.spyOn(navigation, 'addEventListener');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const scores = document.createElement('p');
    scores.textContent = 'The home side won the derby by two goals to one.';
    document.body.append(scores);

    void content.main(context());
    await until(() => reports(send).length === 1);
    expect(reports(send)).toEqual(['no story matched']);
    expect(follows).not.toHaveBeenCalled();

    // The story arrives later (the observer asks again): from then on navigations are followed.
    const story = document.createElement('p');
    story.textContent = 'Amnesty International said the air strikes killed hundreds of civilians.';
    document.body.append(story);
    await until(() => reports(send).length === 2);
    expect(reports(send)[1]).not.toBe('no story matched');
    expect(follows).toHaveBeenCalledWith('navigate', expect.any(Function), expect.anything());
  });

  it('counts the set-up of a page that passed the gate in its start: switches and reveal watch', async () => {
    // A clock that jumps while the storage API and the reveal watch are set up, as their first
    // uses cost a real page: time outside the log's slices would be in no stage and no busy time.
    const realNow = performance.now.bind(performance);
    let jumped = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => realNow() + jumped);
    const listen = fakeBrowser.storage.onChanged.addListener.bind(fakeBrowser.storage.onChanged);
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation((fn) => {
      jumped += 40;
      listen(fn);
    });
    const addListener = document.addEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type, fn, options) => {
      if (type === 'animationend') jumped += 60;
      addListener(type, fn, options);
    });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const story = document.createElement('p');
    story.textContent = 'Amnesty International said the air strikes killed hundreds of civilians.';
    document.body.append(story);

    void content.main(context());
    await until(() => reports(send).length === 1);
    const [message] = send.mock.calls[0]!;
    const { timings } = (
      message as { result: { timings: { stagesMs: Record<string, number>; busyMs: number } } }
    ).result;
    expect(timings.stagesMs.start).toBeGreaterThanOrEqual(100);
    expect(timings.busyMs).toBeGreaterThanOrEqual(100);
  });
});
