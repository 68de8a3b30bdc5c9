import { UI_HOST_TAG } from '../../page/ui-host-tag';

export interface UiHost {
  /** The element added to the page; everything else is in its shadow root. */
  host: HTMLElement;
  /** The host's shadow root: the card's styles join it when the first card opens. */
  root: ShadowRoot;
  /** Where the card renders. */
  cardMount: HTMLElement;
  /** Says `text` to screen readers (polite live region). */
  announce(text: string): void;
  /** Whether an event happened inside Crosscount's UI. */
  owns(event: Event): boolean;
  remove(): void;
}

/**
 * Adds Crosscount's UI host to the page: one custom element after <body>, with
 * an open shadow root holding a live region and the card's mount point. The
 * card's styles come with its code (./card-module.ts), on the first card.
 */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });

  const ui = doc.createElement('div');
  ui.className = 'cc-ui';
  const live = doc.createElement('div');
  // Visually hidden without a stylesheet: announcements need no card.
  live.style.cssText =
    'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const cardMount = doc.createElement('div');
  ui.append(live, cardMount);
  root.append(ui);
  doc.documentElement.append(host);

  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    host,
    root,
    cardMount,
    announce(text) {
      // Emptied first, then filled: a repeated message is announced again.
      live.textContent = '';
      clearTimeout(pending);
      pending = setTimeout(() => (live.textContent = text), 50);
    },
    owns: (event) => event.composedPath().includes(host),
    remove() {
      clearTimeout(pending);
      host.remove();
    },
  };
}
