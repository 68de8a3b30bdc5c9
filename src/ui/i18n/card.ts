import { commonLabels, type CommonLabels } from './common';
import type { UiLanguage } from './language';

// Strings of the card's content, worded by the background (card-model.ts).
// What the content script itself says (close, loading, announcements) is in
// ./page.ts, to keep the content script small.

const en = {
  madeBy: 'Who says so',
  deniedBy: 'Who denies it',
  unknownSource: 'The article does not say who counted this.',
  source: 'source',
  archived: 'archived copy',
  sourceLabel: (name: string) => `Where ${name} published it (opens a new tab)`,
  archivedLabel: (name: string) => `Archived copy of ${name}’s publication (opens a new tab)`,
  archivedCitation: 'Archived copy',
  reportedBy: (by: string) => `reported by ${by}`,
  note: 'Note',
  figures: 'Who counted what',
  thisArticle: 'This article',
  noCompeting: 'No other figure in the dataset counts the same thing over a comparable period.',
  copy: 'Copy as citation',
  copyLabel: (name: string) => `Copy ${name}’s words as a citation`,
  disputes: 'What it disputes',
  answers: (names: string) => `It answers ${names}.`,
  noDisputedFigure: 'No figure on this page comes from the sources it answers.',
};

export type CardStrings = typeof en & CommonLabels;

const fr: typeof en = {
  madeBy: 'Qui l’affirme',
  deniedBy: 'Qui le dément',
  unknownSource: 'L’article ne dit pas qui a fait ce décompte.',
  source: 'source',
  archived: 'copie archivée',
  sourceLabel: (name) => `Où ${name} l’a publié (nouvel onglet)`,
  archivedLabel: (name) => `Copie archivée de la publication de ${name} (nouvel onglet)`,
  archivedCitation: 'Copie archivée',
  reportedBy: (by) => `rapporté par ${by}`,
  note: 'Remarque',
  figures: 'Qui a compté quoi',
  thisArticle: 'Cet article',
  noCompeting:
    'Aucun autre chiffre du jeu de données ne compte la même chose sur une période comparable.',
  copy: 'Copier la citation',
  copyLabel: (name) => `Copier les termes de ${name} comme citation`,
  disputes: 'Ce qu’il conteste',
  answers: (names) => `Il répond à ${names}.`,
  noDisputedFigure: 'Aucun chiffre de cette page ne vient des sources auxquelles il répond.',
};

export const cardStrings = (lang: UiLanguage): CardStrings => ({
  ...(lang === 'fr' ? fr : en),
  ...commonLabels(lang),
});
