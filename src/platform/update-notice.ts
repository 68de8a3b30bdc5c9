import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

// After an update the popup says once what changed: the background notes the
// new version when the browser reports an update (never on install or on an
// ordinary start), and the popup shows the notes the next time it opens, then
// forgets them.

const KEY = 'updateNotice';
const noticeSchema = z.object({ version: z.string(), previous: z.optional(z.string()) });
export type UpdateNotice = z.infer<typeof noticeSchema>;

/** runtime.onInstalled's details, as far as the notice cares. */
export async function noteUpdate(details: {
  reason: string;
  previousVersion?: string | undefined;
}): Promise<void> {
  if (details.reason !== 'update') return;
  const version = browser.runtime.getManifest().version;
  const notice: UpdateNotice = { version };
  if (details.previousVersion) notice.previous = details.previousVersion;
  await browser.storage.local.set({ [KEY]: notice });
}

/** The pending notice, removed as it is read: the popup shows it once. */
export async function takeUpdateNotice(): Promise<UpdateNotice | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  if (stored === undefined) return null;
  await browser.storage.local.remove(KEY);
  const parsed = noticeSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
