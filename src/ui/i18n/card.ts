import { commonLabels } from './common';
import type { UiLanguage } from './language';
import { message } from './messages';

// Strings of the card's content, worded by the background (card-model.ts;
// messages card_*). What the content script itself says (close, loading,
// announcements) is in ./page.ts.

export const cardStrings = (_lang: UiLanguage) => ({
  madeBy: message('card_madeBy'),
  deniedBy: message('card_deniedBy'),
  unknownSource: message('card_unknownSource'),
  source: message('card_source'),
  archived: message('card_archived'),
  sourceLabel: (name: string) => message('card_sourceLabel', name),
  archivedLabel: (name: string) => message('card_archivedLabel', name),
  archivedCitation: message('card_archivedCitation'),
  reportedBy: (by: string) => message('card_reportedBy', by),
  note: message('card_note'),
  figures: message('card_figures'),
  thisArticle: message('card_thisArticle'),
  noCompeting: message('card_noCompeting'),
  copy: message('card_copy'),
  copyLabel: (name: string) => message('card_copyLabel', name),
  disputes: message('card_disputes'),
  answers: (names: string) => message('card_answers', names),
  noDisputedFigure: message('card_noDisputedFigure'),
  ...commonLabels(),
});

export type CardStrings = ReturnType<typeof cardStrings>;
