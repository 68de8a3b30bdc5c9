import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageLookup } from '../../../src/ui/i18n/messages';

// The _locales files as the browsers read them, for tests that run outside an
// extension: getMessage's semantics (named placeholders, `$1`…, `$$`, English
// for a key the locale lacks).

export const LOCALES_DIR = resolve(import.meta.dirname, '../../../public/_locales');

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Messages = Record<string, Message>;

export const localeNames = () => readdirSync(LOCALES_DIR).sort();

export const readLocale = (lang: string): Messages =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;

/** A message with its placeholders and substitutions filled in. */
export function fill(m: Message, substitutions: string[]): string {
  const named = Object.fromEntries(
    Object.entries(m.placeholders ?? {}).map(([k, p]) => [k.toLowerCase(), p.content]),
  );
  const positional = (s: string) =>
    s.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return m.message
    .replace(/\$(\w+)\$/g, (whole, name: string) => {
      const content = named[name.toLowerCase()];
      return content === undefined ? whole : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** getMessage for `lang`, falling back to English key by key as the browsers do. */
export function lookupFor(lang: string): MessageLookup {
  const own = readLocale(lang);
  const en = readLocale('en');
  return (key, substitutions) => {
    const m = own[key] ?? en[key];
    return m ? fill(m, substitutions) : '';
  };
}
