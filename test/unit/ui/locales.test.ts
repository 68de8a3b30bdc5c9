import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/ui/i18n/language';
import { localeNames, readLocale, type Message } from './locale-files';

// Every UI language has every message, with the same placeholders, and is
// really translated; the manifest's strings fit the stores' limits.

const en = readLocale('en');
const keys = Object.keys(en).sort();
const others = UI_LANGUAGES.filter((l) => l !== 'en');

/** Messages that may read the same in another language: names, and words shared across them. */
const SAME_EVERYWHERE = new Set([
  'extName',
  'popup_appName',
  'popup_optionsLink',
  'page_colon',
  'card_source',
  'popup_link',
  'common_sourceKind_ngo',
]);
/** At most this share of a locale's messages may be the English text. */
const MAX_ENGLISH_SHARE = 0.1;

const placeholdersOf = (m: Message) => Object.keys(m.placeholders ?? {}).sort();
const usedInText = (m: Message) =>
  [...m.message.matchAll(/\$(\w+)\$/g)].map(([, name]) => name!.toLowerCase()).sort();

describe('the _locales folders', () => {
  it('hold exactly the six UI languages', () => {
    expect(localeNames()).toEqual([...UI_LANGUAGES].sort());
  });

  describe.each(others)('%s', (lang) => {
    const messages = readLocale(lang);

    it('has every key of English and no other', () => {
      const own = Object.keys(messages).sort();
      expect(
        keys.filter((k) => !own.includes(k)),
        'missing',
      ).toEqual([]);
      expect(
        own.filter((k) => !keys.includes(k)),
        'unknown',
      ).toEqual([]);
    });

    it('keeps each message’s placeholders', () => {
      for (const key of keys) {
        const m = messages[key];
        if (!m) continue;
        expect(placeholdersOf(m), key).toEqual(placeholdersOf(en[key]!));
        expect([...new Set(usedInText(m))], key).toEqual([...new Set(usedInText(en[key]!))]);
      }
    });

    it('is translated: few messages are the English text', () => {
      const english = keys.filter(
        (k) => !SAME_EVERYWHERE.has(k) && messages[k]?.message === en[k]!.message,
      );
      expect(english.length / keys.length, `still English: ${english.join(', ')}`).toBeLessThan(
        MAX_ENGLISH_SHARE,
      );
    });
  });

  describe.each([...UI_LANGUAGES])('%s manifest strings', (lang) => {
    const messages = readLocale(lang);
    it('fit the stores: description ≤ 132 characters, name ≤ 45', () => {
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
      expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
    });
    it('name every placeholder a message uses', () => {
      for (const [key, m] of Object.entries(messages)) {
        for (const name of usedInText(m)) expect(placeholdersOf(m), key).toContain(name);
      }
    });
  });

  it('have both plural forms of every counted message', () => {
    for (const key of keys.filter((k) => k.endsWith('_one'))) {
      expect(keys, key).toContain(key.replace(/_one$/, '_other'));
    }
  });

  it('hold no message the code or the manifest never reads', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) ? [path] : [];
      });
    const code = [...files(join(root, 'src')), ...files(join(root, 'entrypoints'))]
      .concat(join(root, 'wxt.config.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unread = keys.filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return (
        !code.includes(`'${key}'`) &&
        !code.includes(`'${base}'`) &&
        !code.includes(`__MSG_${key}__`)
      );
    });
    expect(unread).toEqual([]);
  });
});
