import { beforeEach } from 'vitest';
import { useRules } from '../../src/engine/claims/compiled';
import { rulesAtHand } from '../../src/engine/claims/rules-at-hand';
import { setMessageLookup } from '../../src/ui/i18n/messages';
import { lookupFor } from './ui/locale-files';

// Outside an extension there is no browser.i18n: the UI reads the English
// _locales file, as a browser in English would. A test may switch language
// with setMessageLookup(lookupFor('fr')).
setMessageLookup(lookupFor('en'));
beforeEach(() => setMessageLookup(lookupFor('en')));
// The extension loads the claims rules compiled at build time; here they are compiled at hand.
useRules(rulesAtHand);
