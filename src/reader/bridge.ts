import type { WorkLog } from '../highlight/timings';

// The content script that runs on every page (the sentinel) is small: it only
// decides whether a page may carry a known story. The reader (engine, story
// packs, highlights, card) is loaded from the extension's own files on those
// pages only, into the same isolated world, and handed this host.

export interface ReaderHost {
  /** False once the extension was reloaded or updated (stop all work). */
  isValid(): boolean;
  setTimeout(fn: () => void, ms: number): number;
  /** Re-check when this root (an open shadow root holding claims) changes. */
  observe(root: Node): void;
  /** The sentinel's log, so a page's timings cover both scripts. */
  work: WorkLog;
}

export interface Reader {
  /** Analyses the page, paints its claims and reports to the background. */
  check(): void;
  /** Removes everything the reader added to the page. */
  stop(): void;
}

export type CreateReader = (host: ReaderHost) => Reader;

/** Where the loaded reader leaves its factory; a registry symbol of the isolated world. */
export const READER_KEY = Symbol.for('crosscount.reader');

/** The reader's file, listed in web_accessible_resources so content scripts may import it. */
export const READER_FILE = '/reader.js';
