import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pt } from './pt';
import type { LanguageRules } from './types';

/** Every language the claims engine reads, by ISO 639-1 code. */
export const LANGUAGES: Readonly<Record<string, LanguageRules>> = { fr, en, it, es, pt, de };
