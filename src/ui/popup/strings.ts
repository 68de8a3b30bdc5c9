import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLanguage } from '../i18n/language';
import { popupStrings, type PopupStrings } from '../i18n/popup';

export interface Strings {
  lang: UiLanguage;
  t: PopupStrings;
}

/** The language and strings of the popup and options page, given once at their root. */
export const StringsContext = createContext<Strings>({ lang: 'en', t: popupStrings('en') });

export const useStrings = () => useContext(StringsContext);

export const stringsFor = (lang: UiLanguage): Strings => ({ lang, t: popupStrings(lang) });
