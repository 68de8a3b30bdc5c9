import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_KEY } from '../src/ui/card/bridge';
import { openStyledCard } from '../src/ui/card/card-module';

// Imported by the reader the first time a card opens (src/ui/card/load-card.ts);
// runs in the content scripts' isolated world and leaves the card's entry point
// where the reader looks for it.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[CARD_KEY] = openStyledCard;
});
