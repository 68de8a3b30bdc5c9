import type enMessages from '../../../public/_locales/en/messages.json';
import type { UiLanguage } from './language';

// Every string the extension shows comes from public/_locales/<lang>/messages.json
// through the browser's i18n API, which picks the browser's UI language and
// falls back to English (the manifest's default_locale) key by key. Nothing of
// the tables is bundled into the scripts.

export type MessageKey = keyof typeof enMessages;
/** A key with plural forms: `<base>_one`, `<base>_other`… in messages.json. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** chrome.i18n.getMessage's shape; tests give one that reads the files (test/unit/ui/locale-files.ts). */
export type MessageLookup = (key: string, substitutions: string[]) => string | undefined;

interface I18nApi {
  i18n?: { getMessage(key: string, substitutions?: string[]): string };
}

let lookup: MessageLookup | null = null;

/** Replaces the browser's lookup (unit tests, which run outside an extension). */
export function setMessageLookup(next: MessageLookup | null): void {
  lookup = next;
}

function browserLookup(): MessageLookup | null {
  const host = globalThis as { browser?: I18nApi; chrome?: I18nApi };
  const api = host.browser?.i18n ?? host.chrome?.i18n;
  return api ? (key, subs) => api.getMessage(key, subs) : null;
}

/** The message `key` in the browser's language, with `$1`… filled by `substitutions`. */
export function message(key: MessageKey, ...substitutions: (string | number)[]): string {
  const find = lookup ?? browserLookup();
  // A key the build lacks shows as itself rather than as nothing.
  return find?.(key, substitutions.map(String)) || key;
}

/**
 * A counted message: `<key>_one` where `Intl.PluralRules` says "one" for `n` in
 * `lang` (1 in English, 0 and 1 in French), else `<key>_other`. The six UI
 * languages need no other form (their "many" is for millions).
 */
export function plural(
  key: PluralKey,
  n: number,
  lang: UiLanguage,
  /** Further substitutions, `$2` on. */
  ...more: string[]
): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return message(`${key}_${form}` as MessageKey, new Intl.NumberFormat(lang).format(n), ...more);
}
