import type { AnchoredCard, OpenCardOptions } from './anchored-card';

// The card's code (Preact, the card and overview components, their styles) is
// its own file, loaded by the reader the first time a card opens: a page whose
// reader only paints pays nothing for it. This file holds only what both sides
// share, and no code of the card.

export type OpenCard = (opts: OpenCardOptions) => AnchoredCard;

/** Where the loaded card module leaves its entry point; a registry symbol of the isolated world. */
export const CARD_KEY = Symbol.for('crosscount.card');

/** The card's file, listed in web_accessible_resources so the reader may import it. */
export const CARD_FILE = '/card.js';
