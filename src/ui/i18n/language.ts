export type UiLanguage = 'en' | 'fr';

/** The UI language for a browser language tag: French for fr-*, English otherwise. */
export function uiLanguageOf(tag: string | undefined): UiLanguage {
  return tag?.toLowerCase().split(/[-_]/)[0] === 'fr' ? 'fr' : 'en';
}

/** The UI language of this browser. */
export const browserLanguage = (): UiLanguage =>
  uiLanguageOf(typeof navigator === 'undefined' ? undefined : navigator.language);
