import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHighlighter,
  type ClaimOnPage,
  type Highlighter,
} from '../../../src/reader/highlighter';
import { HIGHLIGHT_NAMES } from '../../../src/highlight/styles';
import type { ClaimCard } from '../../../src/contracts/claim-card';
import { openStyledCard } from '../../../src/ui/card/card-module';
import { installHighlightApi, rangeOver, type FakeRegistry } from '../highlight/fake-highlight-api';
import { setMessageLookup } from '../../../src/ui/i18n/messages';
import { lookupFor } from '../ui/locale-files';

const cardFor = (text: string): ClaimCard => ({ kind: 'casualty', text, sections: [] });
const settle = () => new Promise((r) => setTimeout(r, 80));

describe('the highlighter in a page', () => {
  let registry: FakeRegistry;
  let hl: Highlighter;
  let paras: HTMLElement[];
  const fetchCard = vi.fn(async (index: number) =>
    cardFor(['first claim', 'a denial', 'third one'][index]!),
  );
  // The card's code, as the reader imports it from its own file when a card first opens.
  const loadCard = vi.fn(async () => openStyledCard);

  const claims = (): ClaimOnPage[] => [
    { kind: 'casualty', text: 'first claim', range: rangeOver(paras[0]!) },
    { kind: 'denial', text: 'a denial', range: rangeOver(paras[1]!) },
    { kind: 'casualty', text: 'third one', range: null },
  ];
  const shadow = () => document.querySelector('crosscount-ui')!.shadowRoot!;
  const cardEl = () => shadow().querySelector<HTMLElement>('.cc-card');
  const live = () => shadow().querySelector('[aria-live]')!.textContent;

  beforeEach(() => {
    registry = installHighlightApi();
    // happy-dom lays nothing out: every claim gets one line box, in view.
    const box = { left: 10, top: 10, width: 50, height: 20, right: 60, bottom: 30 } as DOMRect;
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([box] as unknown as DOMRectList);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(box);
    paras = ['first claim', 'a denial'].map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      return p;
    });
    document.body.append(...paras);
    fetchCard.mockClear();
    loadCard.mockClear();
    hl = createHighlighter({
      doc: document,
      lang: () => 'en',
      fetchCard,
      copy: async () => true,
      loadCard,
    });
    hl.update(claims());
  });
  afterEach(() => {
    hl.destroy();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('paints the claims the page holds, adding no element until a card is needed', async () => {
    const texts = (n: string) => [...registry.get(n)!].map((r) => (r as Range).toString());
    expect(texts(HIGHLIGHT_NAMES.casualty)).toEqual(['first claim']);
    expect(texts(HIGHLIGHT_NAMES.denial)).toEqual(['a denial']);
    expect(hl.host).toBeNull();
    expect(document.querySelector('crosscount-ui')).toBeNull();
    hl.reveal(0);
    expect(hl.host).toBe(document.querySelector('crosscount-ui'));
  });

  it('reads none of its strings to paint: only a card or an announcement needs them', () => {
    const read = vi.fn(lookupFor('en'));
    setMessageLookup(read);
    // Asking the browser its UI language is cold i18n work too.
    const lang = vi.fn(() => 'en' as const);
    const painting = createHighlighter({
      doc: document,
      lang,
      fetchCard,
      copy: async () => true,
      loadCard,
    });
    painting.update(claims());
    expect(read).not.toHaveBeenCalled();
    expect(lang).not.toHaveBeenCalled();
    painting.reveal(0);
    expect(read).toHaveBeenCalled();
    expect(lang).toHaveBeenCalled();
    painting.destroy();
  });

  it('loads the card’s code only when a card opens, and styles the card with it', async () => {
    expect(loadCard).not.toHaveBeenCalled();
    hl.command('toggle-highlights');
    hl.command('toggle-highlights');
    await settle();
    // Announcing needs the host, not the card.
    expect(loadCard).not.toHaveBeenCalled();
    expect(shadow().adoptedStyleSheets).toHaveLength(0);
    hl.reveal(0);
    expect(loadCard).toHaveBeenCalledTimes(1);
    await settle();
    expect(cardEl()!.getAttribute('data-status')).toBe('ready');
    expect(shadow().adoptedStyleSheets).toHaveLength(1);
  });

  it('opens no card when its code cannot load, and leaves the claim inactive', async () => {
    loadCard.mockRejectedValueOnce(new Error('blocked'));
    hl.reveal(0);
    await settle();
    expect(cardEl()).toBeNull();
    expect([...(registry.get(HIGHLIGHT_NAMES.active) ?? [])]).toEqual([]);
  });

  it('opens the card of the claim under a plain click, then fills it in', async () => {
    registry.highlightsFromPoint = () => [
      {
        highlight: registry.get(HIGHLIGHT_NAMES.denial)!,
        ranges: [...registry.get(HIGHLIGHT_NAMES.denial)!],
      },
    ];
    let fill: (card: ClaimCard) => void = () => {};
    fetchCard.mockImplementationOnce(() => new Promise((resolve) => (fill = resolve)));
    paras[1]!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, detail: 1 }),
    );
    await settle();
    expect(cardEl()!.getAttribute('data-status')).toBe('loading');
    fill(cardFor('a denial'));
    await settle();
    expect(fetchCard).toHaveBeenCalledWith(1);
    expect(cardEl()!.getAttribute('data-status')).toBe('ready');
    expect([...registry.get(HIGHLIGHT_NAMES.active)!].map((r) => (r as Range).toString())).toEqual([
      'a denial',
    ]);
  });

  it('does not show a card built for other text (the page changed meanwhile)', async () => {
    fetchCard.mockResolvedValueOnce(cardFor('something else'));
    hl.reveal(0);
    await settle();
    expect(cardEl()!.getAttribute('data-status')).toBe('missing');
  });

  it('steps through the claims on the page from the keyboard, announcing each', async () => {
    hl.command('next-claim');
    await settle();
    expect(cardEl()!.textContent).toContain('first claim');
    expect(live()).toBe('Claim 1 of 3, casualty claim: “first claim”');
    hl.command('next-claim');
    await settle();
    expect(live()).toBe('Claim 2 of 3, denial: “a denial”');
    // The third claim could not be mapped to the page: skipped.
    hl.command('next-claim');
    await settle();
    expect(live()).toBe('Claim 1 of 3, casualty claim: “first claim”');
    hl.command('previous-claim');
    await settle();
    expect(live()).toBe('Claim 2 of 3, denial: “a denial”');
  });

  it('hides and shows all highlights', async () => {
    hl.command('toggle-highlights');
    expect([...registry.keys()]).toEqual([]);
    await settle();
    expect(live()).toBe('Crosscount highlights hidden');
    hl.command('toggle-highlights');
    expect(registry.has(HIGHLIGHT_NAMES.casualty)).toBe(true);
  });

  it('keeps the card on a claim the page re-rendered, and closes it when the claim is gone', async () => {
    hl.reveal(0);
    await settle();
    const fresh = document.createElement('p');
    fresh.textContent = 'first claim';
    paras[0]!.replaceWith(fresh);
    paras[0] = fresh;
    hl.update(claims());
    expect(cardEl()).not.toBeNull();
    expect([...registry.get(HIGHLIGHT_NAMES.active)!][0]!.startContainer).toBe(fresh);
    hl.update([{ kind: 'casualty', text: 'rewritten', range: rangeOver(fresh) }]);
    expect(cardEl()).toBeNull();
  });

  it('without the Highlight API, paints nothing and opens nothing on a click, but the keyboard still reaches every claim', async () => {
    hl.destroy();
    vi.stubGlobal('CSS', {});
    hl = createHighlighter({
      doc: document,
      lang: () => 'en',
      fetchCard,
      copy: async () => true,
      loadCard,
    });
    hl.update(claims());
    // On the claim's (stubbed) line box.
    paras[0]!.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        button: 0,
        detail: 1,
        clientX: 20,
        clientY: 20,
      }),
    );
    expect(document.querySelector('crosscount-ui')).toBeNull();
    hl.command('next-claim');
    await settle();
    expect(cardEl()!.textContent).toContain('first claim');
  });

  it('leaves the page as it found it when destroyed', () => {
    hl.destroy();
    expect(document.querySelector('crosscount-ui')).toBeNull();
    expect([...registry.keys()]).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    hl = createHighlighter({
      doc: document,
      lang: () => 'en',
      fetchCard,
      copy: async () => true,
      loadCard,
    });
  });
});
