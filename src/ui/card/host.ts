import cardCss from './card.css?inline';
import chartCss from './figure-chart.css?inline';
import { UI_HOST_TAG } from './host-tag';

export interface UiHost {
  /** The element added to the page; everything else is in its shadow root. */
  host: HTMLElement;
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
 * an open shadow root holding a live region and the card's mount point. Styles
 * are a constructed stylesheet (not a <style> element), which page CSP rules
 * for inline styles do not block.
 */
export function createUiHost(doc: Document): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${cardCss}\n${chartCss}`);
  root.adoptedStyleSheets = [sheet];

  const ui = doc.createElement('div');
  ui.className = 'cc-ui';
  const live = doc.createElement('div');
  live.className = 'cc-sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const cardMount = doc.createElement('div');
  ui.append(live, cardMount);
  root.append(ui);
  doc.documentElement.append(host);

  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    host,
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
