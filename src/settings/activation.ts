// For the content script: whether to read its page, following the reader's switches as
// they change. The background answers from its storage (MESSAGE.getSwitches) and says when
// they change (MESSAGE.switchesChanged): the page's world never sets up the storage API,
// whose first use there cost a page that passed the gate 1-2 ms, and checking the site's
// address against the switches (a URL, the world's first pattern) 1-4 ms more.

export interface Activation {
  /** Whether the page may be read now; false until the first answer. */
  isActive(): boolean;
  /** The switches changed: asks again, and calls `onChange` if the answer did. */
  changed(): void;
  stop(): void;
}

/**
 * Calls `onChange` once the first answer comes, then each time the answer changes after
 * `changed()`. `ask`: the background's answer for the page (true: read it). No answer, or
 * not a boolean, counts as off: a background that cannot answer this cannot answer the
 * reader either, and a page never paints unless the switches said on.
 */
export function watchActivation(
  ask: () => Promise<unknown>,
  onChange: (active: boolean) => void,
): Activation {
  let active: boolean | null = null;
  // Only the latest question's answer counts: an earlier one may predate the change.
  let asked = 0;
  let stopped = false;
  const read = () => {
    const question = ++asked;
    void ask()
      .then(
        (answer) => answer === true,
        () => false,
      )
      .then((now) => {
        if (stopped || question !== asked || now === active) return;
        active = now;
        onChange(now);
      });
  };
  read();
  return {
    isActive: () => active === true,
    changed: () => {
      if (!stopped) read();
    },
    stop: () => {
      stopped = true;
    },
  };
}
