import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The project's read-only research folder (`../shared`, or $CROSSCOUNT_SHARED):
 * the fact sheet, the source article and the labelled corpus. It is not part of
 * the repository, so tests that need it announce loudly when it is absent.
 */
export const sharedDir =
  process.env.CROSSCOUNT_SHARED ?? resolve(import.meta.dirname, '../../shared');
export const hasShared = existsSync(resolve(sharedDir, 'research/figures.json'));

export function announceMissingShared(what: string): void {
  if (!hasShared) {
    console.warn(`SKIPPED: ${what} — needs the shared research folder, absent at ${sharedDir}`);
  }
}
