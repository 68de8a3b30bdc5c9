export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Space kept between the card, its anchor and the viewport's edges. */
const GAP = 8;

/**
 * Where the card goes, in viewport coordinates: under the anchor when it fits,
 * else above it, else on the side with more room, cut to that room (it
 * scrolls) so that it never hides its claim; always inside the viewport.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number; maxHeight?: number } {
  const below = anchor.top + anchor.height + GAP;
  const roomBelow = viewport.height - below - GAP;
  const roomAbove = anchor.top - 2 * GAP;
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - GAP - card.width));
  if (card.height <= roomBelow) return { left, top: below };
  if (card.height <= roomAbove) return { left, top: anchor.top - GAP - card.height };
  // Too tall for either side: the claim stays visible even when little room is left.
  const room = Math.max(roomBelow, roomAbove);
  const top = roomBelow >= roomAbove ? below : anchor.top - GAP - room;
  return { left, top: Math.max(GAP, top), maxHeight: Math.max(room, 0) };
}

/** Whether any part of `box` is inside the viewport. */
export const isInView = (box: Box, viewport: { width: number; height: number }) =>
  box.top + box.height > 0 &&
  box.top < viewport.height &&
  box.left + box.width > 0 &&
  box.left < viewport.width;
