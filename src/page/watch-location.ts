// Same-document navigations (history.pushState, #anchors) change the page's address
// without loading another page: the content script then reports again, for the new
// address. WXT's `wxt:locationchange` does the same through the polyfill, with a URL
// object per navigation and a unique event name; the browser's Navigation API alone is
// cheaper to set up on every page. Where it is missing, the address is compared once a
// second (as WXT does).

interface NavigateEvent extends Event {
  destination: { url: string };
}

/** Calls `onChange` when the page's address changes, until `signal` aborts. */
export function watchLocation(onChange: () => void, signal: AbortSignal, pollMs = 1000): void {
  let last: string | undefined;
  const changed = (url: string) => {
    if (url === last) return;
    last = url;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // The address is read when the first navigation comes, before it moves: the page's
    // first read of `location` costs every page 0.04-0.08 ms, and most never navigate.
    navigation.addEventListener(
      'navigate',
      (e) => {
        last ??= location.href;
        changed((e as NavigateEvent).destination.url);
      },
      { signal },
    );
    return;
  }
  last = location.href;
  const timer = setInterval(() => changed(location.href), pollMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}
