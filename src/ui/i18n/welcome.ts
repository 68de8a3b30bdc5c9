import type { UiLanguage } from './language';

// The first-run page, in every UI language.

const en = {
  title: 'Welcome to Crosscount',
  intro:
    'Crosscount shows who counted what. When a news article reprints or reports a story it knows, it highlights every casualty claim and every official denial, and shows each one’s source next to the competing figures from other counters.',
  readsHeading: 'What it reads, and what it sends',
  reads:
    'It reads the text of the web pages you open, inside your browser, to tell whether they carry a story it knows. Its figures are bundled with it, each with a link to where it was published.',
  sendsNothing:
    'It sends nothing anywhere: no page, no address, no statistics. It stores only your settings and, while a tab is open, what it found there.',
  useHeading: 'How to use it',
  highlights:
    'Highlights: casualty claims and denials are marked in the article. Hover or focus one to see who made it and the competing figures.',
  popup:
    'The toolbar button shows how many claims the page makes. Click it for the summary: every claim with its source and the figures that count the same thing, the denials, and switches to turn Crosscount off on a site or everywhere.',
  shortcutsHeading: 'Keyboard shortcuts',
  shortcutsNone:
    'No shortcut is set. You can choose them in your browser’s extension shortcut settings.',
  shortcutsChange: 'You can change them in your browser’s extension shortcut settings.',
  unassigned: 'not set',
  optionsLink: 'Options: sites switched off, and the sources of the data',
};

export type WelcomeStrings = typeof en;

const fr: WelcomeStrings = {
  title: 'Bienvenue dans Crosscount',
  intro:
    'Crosscount montre qui a compté quoi. Quand un article reprend ou rapporte une histoire qu’il connaît, il surligne chaque bilan de victimes et chaque démenti officiel, et montre pour chacun sa source à côté des chiffres concurrents d’autres organismes.',
  readsHeading: 'Ce qu’il lit, et ce qu’il envoie',
  reads:
    'Il lit le texte des pages web que vous ouvrez, dans votre navigateur, pour savoir si elles reprennent une histoire qu’il connaît. Ses chiffres sont intégrés à l’extension, chacun avec un lien vers sa publication.',
  sendsNothing:
    'Il n’envoie rien nulle part : ni page, ni adresse, ni statistique. Il ne garde que vos réglages et, tant qu’un onglet est ouvert, ce qu’il y a trouvé.',
  useHeading: 'Comment s’en servir',
  highlights:
    'Surlignages : les bilans et les démentis sont marqués dans l’article. Survolez-en un ou donnez-lui le focus pour voir qui l’a avancé et les chiffres concurrents.',
  popup:
    'Le bouton de la barre d’outils indique le nombre de bilans de la page. Cliquez dessus pour le résumé : chaque bilan avec sa source et les chiffres qui comptent la même chose, les démentis, et les interrupteurs pour désactiver Crosscount sur un site ou partout.',
  shortcutsHeading: 'Raccourcis clavier',
  shortcutsNone:
    'Aucun raccourci n’est défini. Vous pouvez les choisir dans les réglages de raccourcis des extensions de votre navigateur.',
  shortcutsChange:
    'Vous pouvez les modifier dans les réglages de raccourcis des extensions de votre navigateur.',
  unassigned: 'non défini',
  optionsLink: 'Options : sites désactivés et sources des données',
};

const tables: Record<UiLanguage, WelcomeStrings> = { en, fr };

export const welcomeStrings = (lang: UiLanguage): WelcomeStrings => tables[lang];
