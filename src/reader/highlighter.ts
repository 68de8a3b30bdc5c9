import type { ClaimKind } from '../engine/types';
import type { ClaimCard } from '../contracts/claim-card';
import type { AnchoredCard, OpenCardOptions } from '../ui/card/anchored-card';
import type { OpenCard } from '../ui/card/bridge';
import { createUiHost, type UiHost } from '../ui/card/host';
import { loadCard } from '../ui/card/load-card';
import type { Box } from '../ui/card/position';
import type { UiLanguage } from '../ui/i18n/language';
import { pageStrings, type PageStrings } from '../ui/i18n/page';
import { COMMAND, type CommandName } from '../contracts/commands';
import { claimAtPoint, isPlainClick } from '../highlight/hit-test';
import { stepClaim } from '../highlight/navigation';
import { createPainter } from '../highlight/painter';

// Everything the reader does in a matching page: has the claims painted (../highlight),
// opens the card on a click on one, answers the keyboard commands and the popup's
// "show on page". Created only once a page matches; until then the page gets
// nothing from the content script, and until a card or an announcement is
// needed, nothing but highlights and their stylesheet.

export interface ClaimOnPage {
  kind: ClaimKind;
  text: string;
  /** Where the claim is; null when the engine could not map it back to the page. */
  range: Range | null;
}

export interface HighlighterOptions {
  doc: Document;
  /** The UI language, asked when a card or an announcement first needs its strings. */
  lang(): UiLanguage;
  /** The card of claim `index` (the background builds it from the dataset). */
  fetchCard(index: number): Promise<ClaimCard | null>;
  /** Puts text on the clipboard; false when the page does not allow it. */
  copy(text: string): Promise<boolean>;
  /** The card's code, loaded when the first card opens (default: its own file of the extension). */
  loadCard?: () => Promise<OpenCard>;
}

export interface Highlighter {
  /** Paints the latest claims of the page, replacing the previous ones. */
  update(claims: readonly ClaimOnPage[]): void;
  /** Scrolls to claim `index`, opens its card, moves focus into it and announces it. */
  reveal(index: number): void;
  command(name: CommandName): void;
  /** Crosscount's own element in the page, once added: the engine must not read it. */
  readonly host: HTMLElement | null;
  destroy(): void;
}

interface OpenClaim {
  index: number;
  text: string;
  range: Range;
  /** Which of the claim's line boxes the card hangs from. */
  line: number;
  card: AnchoredCard;
}

/**
 * A card whose code may still be loading: it opens once loaded, unless closed
 * first; what it should show meanwhile is kept for then.
 */
function lazyCard(load: Promise<OpenCard>, opts: OpenCardOptions): AnchoredCard {
  let card: AnchoredCard | null = null;
  let closed = false;
  let state = opts.state;
  load.then(
    (open) => {
      if (!closed) card = open({ ...opts, state });
    },
    () => {
      // No card code, no card: the highlight stays, the page is left as it is.
      if (!closed) {
        closed = true;
        opts.onClosed();
      }
    },
  );
  return {
    update(next) {
      state = next;
      card?.update(next);
    },
    reposition: () => card?.reposition(),
    close(restoreFocus) {
      if (closed) return;
      closed = true;
      if (card) card.close(restoreFocus);
      else opts.onClosed();
    },
  };
}

function lineBox(range: Range, line: number): Box | null {
  const rects = range.getClientRects();
  return rects[Math.min(line, rects.length - 1)] ?? null;
}

export function createHighlighter(opts: HighlighterOptions): Highlighter {
  const { doc } = opts;
  const win = doc.defaultView!;
  // Read once a card or an announcement needs them: the browser's i18n calls (the UI
  // language too) cost a matching page's painting cold work, and most pages open no card.
  let strings: PageStrings | null = null;
  const t = () => (strings ??= pageStrings(opts.lang()));
  const painter = createPainter(doc);
  // The card's host joins the page only when first needed (a card, an
  // announcement): painting alone adds no element.
  let uiHost: UiHost | null = null;
  // A page may remove the host (cleaning up unknown nodes): a new one replaces it.
  const ui = () => (uiHost?.host.isConnected ? uiHost : (uiHost = createUiHost(doc)));
  const listeners = new AbortController();
  let claims: readonly ClaimOnPage[] = [];
  let open: OpenClaim | null = null;
  let current = -1;
  let visible = true;

  const targets = () =>
    claims.flatMap((c, index) => (c.range ? [{ index, kind: c.kind, range: c.range }] : []));

  function show(index: number, focus: boolean, point?: { x: number; y: number }) {
    const claim = claims[index];
    if (!claim?.range) return;
    open?.card.close(false);
    current = index;
    const rects = Array.from(claim.range.getClientRects());
    const line = point
      ? Math.max(
          0,
          rects.findIndex((r) => point.y >= r.top && point.y <= r.bottom),
        )
      : 0;
    const entry: OpenClaim = { index, text: claim.text, range: claim.range, line, card: null! };
    open = entry;
    painter.setActive(claim.range);
    entry.card = lazyCard((opts.loadCard ?? loadCard)(), {
      ui: ui(),
      t: t(),
      state: { status: 'loading', kind: claim.kind, text: claim.text },
      anchor: () => lineBox(entry.range, entry.line),
      focus,
      onCopy: (text) =>
        opts.copy(text).then((ok) => {
          if (ok) ui().announce(t().copied);
          return ok;
        }),
      onClosed: () => {
        if (open !== entry) return;
        open = null;
        painter.setActive(null);
      },
    });
    const missing = { status: 'missing', kind: claim.kind, text: claim.text } as const;
    opts.fetchCard(index).then(
      // The card is of the page as last reported: it must still be this claim.
      (card) =>
        entry.card.update(card && card.text === claim.text ? { status: 'ready', card } : missing),
      () => entry.card.update(missing),
    );
  }

  function reveal(index: number) {
    const range = claims[index]?.range;
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > win.innerHeight) {
      win.scrollBy({ top: box.top - win.innerHeight / 3, behavior: 'instant' });
    }
    show(index, true);
    ui().announce(
      t().claimOf(index + 1, claims.length, t().kind[claims[index]!.kind], claims[index]!.text),
    );
  }

  doc.addEventListener(
    'click',
    (e) => {
      // Nothing painted (hidden, or no Highlight API): plain text stays plain.
      if (!visible || !painter.supported) return;
      if (uiHost?.owns(e) || !isPlainClick(e, doc.getSelection())) return;
      const index = claimAtPoint(doc, e.clientX, e.clientY, targets(), painter);
      if (index !== null) show(index, true, { x: e.clientX, y: e.clientY });
    },
    { signal: listeners.signal },
  );

  return {
    get host() {
      return uiHost?.host ?? null;
    },
    update(next) {
      claims = next;
      painter.paint(targets());
      if (current >= claims.length) current = -1;
      if (!open) return;
      // A re-rendered page keeps the card on the same claim; a changed one closes it.
      const same = claims[open.index];
      if (same?.range && same.text === open.text) {
        open.range = same.range;
        painter.setActive(same.range);
        open.card.reposition();
      } else {
        open.card.close(false);
      }
    },
    reveal,
    command(name) {
      if (name === COMMAND.toggleHighlights) {
        visible = !visible;
        painter.setVisible(visible);
        ui().announce(visible ? t().highlightsShown : t().highlightsHidden);
        return;
      }
      const next = stepClaim(
        current,
        claims.map((c) => c.range !== null),
        name === COMMAND.nextClaim ? 1 : -1,
      );
      if (next !== null) reveal(next);
    },
    destroy() {
      listeners.abort();
      open?.card.close(false);
      painter.destroy();
      uiHost?.remove();
    },
  };
}
