import { browser } from 'wxt/browser';
import { readSettings } from './read';
import { SETTINGS_KEY, type Settings } from '../contracts/settings';
import { isActiveOn } from './sites';

// For the content script: whether to read its page, following the reader's
// switches as they change. Reads storage itself, without zod (see ./read.ts).

export interface Activation {
  /** Whether the page may be read now; false until the settings are loaded. */
  isActive(): boolean;
  stop(): void;
}

/**
 * Calls `onChange` once the settings are loaded, then each time the reader's
 * switches change the answer for the page at `url()`. `api`: the extension API
 * to read storage with (the content script passes the browser's own).
 */
export function watchActivation(
  url: () => string,
  onChange: (active: boolean) => void,
  api: Pick<typeof browser, 'storage'> = browser,
): Activation {
  let settings: Settings | null = null;
  let active: boolean | null = null;
  let stopped = false;
  const apply = (next: Settings) => {
    if (stopped) return;
    settings = next;
    const now = isActiveOn(url(), next);
    if (now === active) return;
    active = now;
    onChange(now);
  };
  const onStored = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      apply(readSettings(changes[SETTINGS_KEY]!.newValue));
    }
  };
  api.storage.onChanged.addListener(onStored);
  // A change event that beats the first read already carries newer settings.
  api.storage.local
    .get(SETTINGS_KEY)
    .then(
      (stored) => stored[SETTINGS_KEY],
      () => undefined,
    )
    .then((raw) => settings === null && apply(readSettings(raw)));
  return {
    isActive: () => settings !== null && isActiveOn(url(), settings),
    stop: () => {
      stopped = true;
      api.storage.onChanged.removeListener(onStored);
    },
  };
}
