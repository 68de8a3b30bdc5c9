import type { GateWords } from '../engine/match/gate-words';
import type { Steps } from '../engine/steps';
import type { WorkLog } from '../page/work-log';

// The content script that runs on every page (the sentinel) is small: it only
// decides whether a page may carry a known story. The reader (engine, story
// packs, highlights, card) is loaded from the extension's own files on those
// pages only, into the same isolated world, and handed this host.

export interface ReaderHost {
  /** False once the extension was reloaded or updated (stop all work). */
  isValid(): boolean;
  /** Runs long work in slices that give the page its main thread back between them;
   *  undefined when the work was abandoned (extension stopped). */
  run<T>(steps: Steps<T>): Promise<T | undefined>;
  /** Re-check when this root (an open shadow root the engine read) changes. */
  observe(root: Node): void;
  /** The sentinel's log, so a page's timings cover both scripts. */
  work: WorkLog;
  /** The stories' gate words, where the walk of a huge page reads node by node (see
   *  story-runs.ts); the sentinel holds them, so the reader holds no story's identity. */
  storyWords?: GateWords;
}

export interface Reader {
  /**
   * Analyses the page (its gate already passed), paints its claims and reports to the
   * background. `restyled`: the page's styles may have changed since the last check (a
   * hidden body revealed), so text read before is matched again even when unchanged.
   */
  check(options?: { restyled?: boolean }): Promise<void>;
  /** Removes the highlights: the page can no longer hold a story. */
  clear(): void;
  /** Removes everything the reader added to the page. */
  stop(): void;
}

export type CreateReader = (host: ReaderHost) => Reader;

/** What the reader module leaves for the sentinel once it has run. */
export interface LoadedReader {
  createReader: CreateReader;
  /** How long running the module took (one uninterrupted task). */
  evaluationMs: number;
}

/** Where the loaded reader leaves its factory; a registry symbol of the isolated world. */
export const READER_KEY = Symbol.for('crosscount.reader');

/** The reader's file, listed in web_accessible_resources so content scripts may import it. */
export const READER_FILE = '/reader.js';
