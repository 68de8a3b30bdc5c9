import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCard } from '../../../../src/ui/card/anchored-card';
import { openStyledCard } from '../../../../src/ui/card/card-module';
import { createUiHost, type UiHost } from '../../../../src/ui/card/host';
import type { Box } from '../../../../src/ui/card/position';
import { pageStrings } from '../../../../src/ui/i18n/page';

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('the anchored card', () => {
  let ui: UiHost;
  let button: HTMLButtonElement;
  let anchor: Box | null;
  const onClosed = vi.fn();
  let opened: ReturnType<typeof openCard> | undefined;
  const open = () =>
    (opened = openCard({
      ui,
      t: pageStrings('en'),
      state: { status: 'loading', kind: 'casualty', text: 'a claim' },
      anchor: () => anchor,
      focus: true,
      onCopy: async () => true,
      onClosed,
    }));
  const cardEl = () => ui.cardMount.querySelector<HTMLElement>('.cc-card');

  beforeEach(() => {
    button = document.createElement('button');
    document.body.append(button);
    button.focus();
    ui = createUiHost(document);
    anchor = { left: 40, top: 100, width: 80, height: 20 };
    onClosed.mockReset();
  });
  afterEach(() => {
    opened?.close(false);
    ui.remove();
    document.body.replaceChildren();
  });

  it('lives in one shadow host after <body>, styled by a constructed sheet once a card opens', () => {
    expect(ui.host.parentElement).toBe(document.documentElement);
    expect(ui.host.shadowRoot!.querySelector('[aria-live="polite"]')).not.toBeNull();
    // The styles come with the card's code, which loads with the first card.
    expect(ui.host.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
    opened = openStyledCard({
      ui,
      t: pageStrings('en'),
      state: { status: 'loading', kind: 'casualty', text: 'a claim' },
      anchor: () => anchor,
      focus: false,
      onCopy: async () => true,
      onClosed,
    });
    expect(ui.host.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
  });

  it('opens under its claim and takes keyboard focus', () => {
    open();
    expect(cardEl()!.style.top).toBe('128px');
    expect(cardEl()!.style.left).toBe('40px');
    expect(ui.host.shadowRoot!.activeElement).toBe(cardEl());
  });

  it('closes on Escape and gives focus back to where it was', () => {
    open();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardEl()).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('closes on a press outside it, not inside it', () => {
    open();
    cardEl()!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(cardEl()).not.toBeNull();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(cardEl()).toBeNull();
  });

  it('follows its claim on scroll and closes once the claim has scrolled away', async () => {
    open();
    anchor = { left: 40, top: 300, width: 80, height: 20 };
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(cardEl()!.style.top).toBe('328px');
    anchor = { left: 40, top: -400, width: 80, height: 20 };
    window.dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(cardEl()).toBeNull();
  });

  it('stops listening once closed', () => {
    const card = open();
    card.close(false);
    expect(onClosed).toHaveBeenCalledOnce();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClosed).toHaveBeenCalledOnce();
  });

  it('says things to screen readers through its live region', async () => {
    ui.announce('Claim 1 of 2');
    await new Promise((r) => setTimeout(r, 80));
    expect(ui.host.shadowRoot!.querySelector('[aria-live]')!.textContent).toBe('Claim 1 of 2');
  });
});
