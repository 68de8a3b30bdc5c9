import { describe, expect, it } from 'vitest';
import { uiLanguageOf } from '../../../../src/ui/i18n/language';

describe('uiLanguageOf', () => {
  it('speaks each of its six languages to every regional variant, and English to everyone else', () => {
    expect(uiLanguageOf('fr')).toBe('fr');
    expect(uiLanguageOf('fr-CA')).toBe('fr');
    expect(uiLanguageOf('FR_be')).toBe('fr');
    expect(uiLanguageOf('en-GB')).toBe('en');
    expect(uiLanguageOf('de-AT')).toBe('de');
    expect(uiLanguageOf('it')).toBe('it');
    expect(uiLanguageOf('es-419')).toBe('es');
    expect(uiLanguageOf('pt_BR')).toBe('pt');
    expect(uiLanguageOf('nl')).toBe('en');
    expect(uiLanguageOf('frr')).toBe('en');
    expect(uiLanguageOf(undefined)).toBe('en');
  });
});
