// UI strings in French and English, shared by every surface. How it works,
// for whoever adds a string (POPUP, HIGHLIGHT, …):
//
// - One typed table per surface, each with an English table (the reference)
//   and a French one typed against it, so a missing French string is a type
//   error. Entries are strings or small functions for interpolation
//   (`claimOf(2, 7, …)`), never HTML:
//     popup.ts  popup, options and welcome pages;
//     card.ts   the card's content, worded by the background (card-model.ts);
//     page.ts   what the content script itself says in a page (card frame,
//               screen-reader announcements). Keep it short: it ships in the
//               content script, which has a 25 KB gzip budget.
// - Labels every surface prints the same way (metric names, kinds of source,
//   how figures differ) live once in common.ts.
// - Numbers, counts and partial dates go through Intl in the same language:
//   format.ts (formatNumber, formatCount, formatPartialDate, formatPeriod).
// - The language is the browser's: `browserLanguage()`, i.e.
//   `uiLanguageOf(navigator.language)`, French for fr-*, English otherwise.
//   Not `browser.i18n`: a plain module works the same in the content script,
//   the extension pages and unit tests, and each bundle carries only the
//   tables it imports. public/_locales holds only what the manifest shows
//   (name, description, keyboard command names).

export { browserLanguage, uiLanguageOf, type UiLanguage } from './language';
