import { render } from 'preact';
import type { PageStrings } from '../i18n/page';
import { Card, type CardState } from './Card';
import type { UiHost } from './host';
import { isInView, placeCard, type Box } from './position';

export interface AnchoredCard {
  update(state: CardState): void;
  /** Moves the card to where its anchor is now (after the page re-rendered it). */
  reposition(): void;
  close(restoreFocus: boolean): void;
}

export interface OpenCardOptions {
  ui: UiHost;
  t: PageStrings;
  state: CardState;
  /** Where the claim is now, in viewport coordinates; null once it is gone. */
  anchor(): Box | null;
  /** Move keyboard focus into the card (and back to where it was on close). */
  focus: boolean;
  onCopy(text: string): Promise<boolean>;
  onClosed(): void;
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * Shows the card next to its claim and keeps it there while the page scrolls
 * or resizes. It closes on Escape, on a click outside it, and when its claim
 * scrolls out of view. Listens only while open.
 */
export function openCard(opts: OpenCardOptions): AnchoredCard {
  const { ui } = opts;
  const doc = ui.host.ownerDocument;
  const win = doc.defaultView!;
  const before = deepActiveElement(doc);
  const listeners = new AbortController();
  let frame = 0;
  let open = true;
  let state = opts.state;
  let copied: string | null = null;
  let blocked: string | null = null;

  const cardEl = () => ui.cardMount.firstElementChild as HTMLElement | null;

  const position = () => {
    frame = 0;
    const el = cardEl();
    const box = opts.anchor();
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    if (!el) return;
    if (!box || !isInView(box, viewport)) {
      close(false);
      return;
    }
    el.style.maxHeight = ''; // measure at full height
    const at = placeCard(box, el.getBoundingClientRect(), viewport);
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
    if (at.maxHeight !== undefined) el.style.maxHeight = `${at.maxHeight}px`;
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(position);
  };

  const draw = () => {
    render(
      <Card
        t={opts.t}
        state={state}
        copied={copied}
        blocked={blocked}
        onClose={() => close(true)}
        onCopy={(citation) =>
          void opts.onCopy(citation).then((ok) => {
            copied = ok ? citation : null;
            blocked = ok ? null : citation;
            if (open) draw();
          })
        }
      />,
      ui.cardMount,
    );
    position();
  };

  function close(restoreFocus: boolean) {
    if (!open) return;
    open = false;
    listeners.abort();
    if (frame) win.cancelAnimationFrame(frame);
    const hadFocus = doc.activeElement === ui.host;
    render(null, ui.cardMount);
    if (restoreFocus && hadFocus && before?.isConnected) before.focus({ preventScroll: true });
    opts.onClosed();
  }

  const signal = listeners.signal;
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') close(true);
    },
    { signal },
  );
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (!ui.owns(e)) close(false);
    },
    { signal, capture: true, passive: true },
  );
  win.addEventListener('scroll', schedule, { signal, capture: true, passive: true });
  win.addEventListener('resize', schedule, { signal, passive: true });

  draw();
  if (open && opts.focus) cardEl()?.focus({ preventScroll: true });
  return {
    update(next) {
      state = next;
      if (open) draw();
    },
    reposition: () => open && schedule(),
    close,
  };
}
