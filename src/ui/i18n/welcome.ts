import type { UiLanguage } from './language';
import { message } from './messages';

// The first-run page (messages welcome_*).

export const welcomeStrings = (_lang: UiLanguage) => ({
  title: message('welcome_title'),
  intro: message('welcome_intro'),
  readsHeading: message('welcome_readsHeading'),
  reads: message('welcome_reads'),
  sendsNothing: message('welcome_sendsNothing'),
  useHeading: message('welcome_useHeading'),
  highlights: message('welcome_highlights'),
  popup: message('welcome_popup'),
  shortcutsHeading: message('welcome_shortcutsHeading'),
  shortcutsNone: message('welcome_shortcutsNone'),
  shortcutsChange: message('welcome_shortcutsChange'),
  unassigned: message('welcome_unassigned'),
  optionsLink: message('welcome_optionsLink'),
});

export type WelcomeStrings = ReturnType<typeof welcomeStrings>;
