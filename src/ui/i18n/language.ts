/** The languages of Crosscount's UI: those of the articles it reads. */
export const UI_LANGUAGES = ['en', 'fr', 'de', 'it', 'es', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The UI language for a browser language tag ("pt-BR" → pt), English for any other. */
export function uiLanguageOf(tag: string | undefined): UiLanguage {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((l) => l === base) ?? 'en';
}

interface I18nApi {
  i18n?: { getUILanguage(): string };
}

/**
 * The UI language of this browser: the one the browser shows extensions in
 * (`i18n.getUILanguage()`, which also picks the _locales messages), so the
 * strings and the number and date formats agree. `navigator.language` only
 * outside an extension (unit tests).
 */
export function browserLanguage(): UiLanguage {
  const host = globalThis as { browser?: I18nApi; chrome?: I18nApi };
  const api = host.browser?.i18n ?? host.chrome?.i18n;
  let tag: string | undefined;
  try {
    tag = api?.getUILanguage();
  } catch {
    tag = undefined;
  }
  return uiLanguageOf(tag ?? (typeof navigator === 'undefined' ? undefined : navigator.language));
}
