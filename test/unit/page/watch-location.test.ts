import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLocation } from '../../../src/page/watch-location';

// The content script reports again after a same-document navigation (pushState, #anchor).

type WithNavigation = { navigation?: EventTarget };

const navigate = (target: EventTarget, url: string) =>
  target.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));

afterEach(() => {
  delete (globalThis as WithNavigation).navigation;
  vi.useRealTimers();
});

describe('watchLocation', () => {
  it("follows the Navigation API's navigations to another address, until stopped", () => {
    const navigation = new EventTarget();
    (globalThis as WithNavigation).navigation = navigation;
    const stop = new AbortController();
    const onChange = vi.fn();
    watchLocation(onChange, stop.signal);
    navigate(navigation, location.href);
    expect(onChange).not.toHaveBeenCalled();
    navigate(navigation, new URL('?part=2', location.href).href);
    navigate(navigation, new URL('?part=2', location.href).href);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    navigate(navigation, new URL('#suite', location.href).href);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads the address only once a navigation comes', () => {
    const navigation = new EventTarget();
    (globalThis as WithNavigation).navigation = navigation;
    const reads = vi.spyOn(location, 'href', 'get');
    const onChange = vi.fn();
    watchLocation(onChange, new AbortController().signal);
    expect(reads).not.toHaveBeenCalled();
    navigate(navigation, new URL('?part=5', location.href).href);
    expect(onChange).toHaveBeenCalledTimes(1);
    reads.mockRestore();
  });

  it('compares the address once a second where the browser has no Navigation API', () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    const onChange = vi.fn();
    watchLocation(onChange, stop.signal);
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '?part=3');
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    history.pushState({}, '', '?part=4');
    vi.advanceTimersByTime(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
