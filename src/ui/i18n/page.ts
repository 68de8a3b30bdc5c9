import type { UiLanguage } from './language';
import { message } from './messages';

// What the reader says in the page: the card's frame and the screen-reader
// announcements (messages page_*). Read through the browser's i18n API, so
// no table ships in the page's scripts.

export const pageStrings = (lang: UiLanguage) => ({
  kind: { casualty: message('page_kind_casualty'), denial: message('page_kind_denial') },
  close: message('page_close'),
  loading: message('page_loading'),
  missing: message('page_missing'),
  copied: message('page_copied'),
  copyBlocked: message('page_copyBlocked'),
  claimOf: (i: number, n: number, kind: string, text: string) =>
    // German keeps its nouns capitalised.
    message('page_claimOf', i, n, lang === 'de' ? kind : kind.toLowerCase(), text),
  highlightsHidden: message('page_highlightsHidden'),
  highlightsShown: message('page_highlightsShown'),
  colon: message('page_colon'),
});

export type PageStrings = ReturnType<typeof pageStrings>;
