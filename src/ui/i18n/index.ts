// UI strings, shared by every surface. How it works, for whoever adds a string:
//
// - Every string is a message of public/_locales/<lang>/messages.json, the
//   browsers' own format, which translation tools read; English (en) is the
//   reference and the fallback (the manifest's default_locale). Keys are
//   prefixed by surface: popup_ (popup and options), card_ (the card's
//   content, worded by the background), page_ (what the reader says in the
//   page), welcome_, update_, access_, common_ (labels every surface prints
//   the same way), format_.
// - Code reads them through ./messages.ts: `message('key', …substitutions)`,
//   type-checked against the English file, and `plural('key', n, lang)` for
//   counted strings (`key_one`, `key_other`). The tables in popup.ts, card.ts,
//   page.ts, welcome.ts and common.ts give them names and argument types; they
//   hold no text, so no bundle grows with the languages.
// - The language is the browser's UI language, `browserLanguage()`, i.e.
//   `i18n.getUILanguage()` mapped to en, fr, de, it, es or pt (English for any
//   other): the same one the browser picks messages in, so numbers and dates
//   (format.ts, through Intl) agree with the words.
// - test/unit/ui/locales.test.ts fails when a locale lacks a key, changes a
//   placeholder or leaves most strings in English.

export { browserLanguage, uiLanguageOf, UI_LANGUAGES, type UiLanguage } from './language';
export { message, plural } from './messages';
