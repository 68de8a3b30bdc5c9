import { nativeApi } from '../../page/native-api';
import { CARD_FILE, CARD_KEY, type OpenCard } from './bridge';

let loading: Promise<OpenCard> | null = null;

/** The card's code, imported from the extension's own files on first use (once). */
export function loadCard(): Promise<OpenCard> {
  loading ??= import(/* @vite-ignore */ nativeApi.runtime.getURL(CARD_FILE))
    .then(() => {
      const open = (globalThis as Record<symbol, OpenCard | undefined>)[CARD_KEY];
      if (!open) throw new Error('the card did not load');
      return open;
    })
    .catch((error: unknown) => {
      loading = null; // the next card tries again
      throw error;
    });
  return loading;
}
