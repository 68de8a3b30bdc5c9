import { describe, expect, it } from 'vitest';
import { isInView, placeCard } from '../../../../src/ui/card/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it('puts the card under its claim when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 50, height: 20 }, card, viewport)).toEqual({
      left: 100,
      top: 128,
    });
  });
  it('puts it above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 700, width: 50, height: 20 }, card, viewport)).toEqual({
      left: 100,
      top: 492,
    });
  });
  it('keeps it inside the viewport', () => {
    const at = placeCard({ left: 950, top: 300, width: 40, height: 20 }, card, viewport);
    expect(at.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(at.left).toBeGreaterThanOrEqual(8);
  });
  it('cuts a card too tall for either side to the larger room, never covering its claim', () => {
    const tall = { width: 300, height: 600 };
    expect(placeCard({ left: 10, top: 300, width: 40, height: 20 }, tall, viewport)).toEqual({
      left: 10,
      top: 328,
      maxHeight: 464,
    });
    expect(placeCard({ left: 10, top: 500, width: 40, height: 20 }, tall, viewport)).toEqual({
      left: 10,
      top: 8,
      maxHeight: 484,
    });
  });
});

describe('isInView', () => {
  it('is true while any part of the box shows', () => {
    expect(isInView({ left: 10, top: -15, width: 50, height: 20 }, viewport)).toBe(true);
    expect(isInView({ left: 10, top: -25, width: 50, height: 20 }, viewport)).toBe(false);
    expect(isInView({ left: 10, top: 800, width: 50, height: 20 }, viewport)).toBe(false);
  });
});
