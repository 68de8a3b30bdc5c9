import type { Runtime } from 'webextension-polyfill';
import { FROM_TAB, type ToBackground } from '../contracts/messages';
import { toBackground } from './protocol';

/**
 * Accepts a message only when it comes from this extension and matches the
 * protocol. Anything else (forged, malformed, from another extension) is
 * logged once and dropped: it never throws into the receiving context.
 */
export function parseToBackground(
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
): ToBackground | null {
  if (sender.id !== ownId) return null;
  const parsed = toBackground.safeParse(message);
  if (!parsed.success) {
    console.warn('Crosscount: dropped a malformed message');
    return null;
  }
  // Messages about "my page" must come from a content script in a tab.
  if (FROM_TAB.includes(parsed.data.type) && sender.tab?.id === undefined) return null;
  return parsed.data;
}
