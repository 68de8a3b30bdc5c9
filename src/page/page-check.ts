// One check of the page by the content script. The gate runs first and alone:
// nearly every page fails it, and a page that fails it holds no story whatever
// the reader's switches say, so those are read (and followed) only once a
// page has passed it. Reading them cost a page without a story more than the
// gate itself (the storage API is set up on first use).

/** What a check needs of the reader (see reader/bridge). */
interface Reader {
  check(options: { restyled: boolean }): Promise<void>;
  clear(): void;
  stop(): void;
}

/** What a check needs of the reader's switches (see settings/activation). */
interface Switches {
  isActive(): boolean;
  stop(): void;
}

export interface PageCheckParts {
  /** The gate's answer for the page now; undefined when the check was dropped. */
  mayMatch(): Promise<boolean | undefined>;
  /**
   * Starts following the reader's switches for the page: `onChange` is called
   * once they are read, then each time they change the answer for the page.
   */
  watchSwitches(onChange: () => void): Switches;
  /** Readies a page that may hold a story for a read (leftovers out, reveals watched). */
  prepare(): void;
  /** Takes out what an earlier Crosscount left on the page. */
  clearLeftovers(): void;
  /** The reader, once loaded, and loading it; `drop` stops it (it is loaded anew next time). */
  reader: {
    current(): Reader | null;
    load(): Promise<Reader | null>;
    drop(): void;
  };
  /** Whether a reveal signal came since the last read; resets it. */
  takeRestyled(): boolean;
  report(reason: string): Promise<void>;
  /** Asks for another check (the switches changed). */
  recheck(): void;
}

export interface PageCheck {
  run(): Promise<void>;
  stop(): void;
}

export function createPageCheck(parts: PageCheckParts): PageCheck {
  let switches: Switches | null = null;
  let read: Promise<void> | null = null;
  let switchedOff = false;
  const readSwitches = () =>
    (read ??= new Promise<void>((resolve) => {
      let first = true;
      switches = parts.watchSwitches(() => {
        if (!first) return parts.recheck();
        first = false;
        resolve();
      });
    }));
  const switchOff = async () => {
    if (switchedOff) return;
    switchedOff = true;
    parts.clearLeftovers();
    // Switched on again, the page gets a new reader.
    parts.reader.drop();
    await parts.report('switched off by the reader');
  };
  const run = async () => {
    // Switched off since a check that passed the gate: nothing to read.
    if (switches && !switches.isActive()) return switchOff();
    const mayMatch = await parts.mayMatch();
    if (mayMatch === undefined) return;
    if (!mayMatch) {
      parts.reader.current()?.clear();
      await parts.report('no story matched');
      return;
    }
    await readSwitches();
    if (!switches!.isActive()) return switchOff();
    switchedOff = false;
    parts.prepare();
    const reader = parts.reader.current() ?? (await parts.reader.load());
    const restyled = parts.takeRestyled();
    if (reader) await reader.check({ restyled });
    else await parts.report('the reader could not load');
  };
  return { run, stop: () => switches?.stop() };
}
