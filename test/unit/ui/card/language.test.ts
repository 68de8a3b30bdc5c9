import { describe, expect, it } from 'vitest';
import { uiLanguageOf } from '../../../../src/ui/i18n/language';

describe('uiLanguageOf', () => {
  it('speaks French to every French locale and English to everyone else', () => {
    expect(uiLanguageOf('fr')).toBe('fr');
    expect(uiLanguageOf('fr-CA')).toBe('fr');
    expect(uiLanguageOf('FR_be')).toBe('fr');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('de')).toBe('en');
    expect(uiLanguageOf('frr')).toBe('en');
    expect(uiLanguageOf(undefined)).toBe('en');
  });
});
