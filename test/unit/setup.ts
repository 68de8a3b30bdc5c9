import { beforeEach } from 'vitest';
import { setMessageLookup } from '../../src/ui/i18n/messages';
import { lookupFor } from './ui/locale-files';

// Outside an extension there is no browser.i18n: the UI reads the English
// _locales file, as a browser in English would. A test may switch language
// with setMessageLookup(lookupFor('fr')).
setMessageLookup(lookupFor('en'));
beforeEach(() => setMessageLookup(lookupFor('en')));
