import { commonLabels } from './common';
import type { UiLanguage } from './language';
import { message, plural } from './messages';

// Strings of the overview (messages overview_*): who counted what, per metric.
// The popup words it, and so does the background for the card, so both say it
// the same way (src/ui/overview-words.ts).

export const overviewStrings = (lang: UiLanguage) => ({
  heading: message('overview_heading'),
  caption: (metric: string) => message('overview_caption', metric),
  colWho: message('overview_colWho'),
  colCount: message('overview_colCount'),
  thisArticle: message('overview_thisArticle'),
  inArticle: message('overview_inArticle'),
  creditedNoFigure: message('overview_creditedNoFigure'),
  denies: message('overview_denies'),
  storyFigure: message('overview_storyFigure'),
  published: (date: string) => message('overview_published', date),
  answers: (sources: string) => message('overview_answers', sources),
  link: message('overview_link'),
  linkLabel: (source: string) => message('overview_linkLabel', source),
  moreFigures: (n: number, source: string) => plural('overview_moreFigures', n, lang, source),
  moreStatements: (n: number, source: string) => plural('overview_moreStatements', n, lang, source),
  conflictsHeading: message('overview_conflictsHeading'),
  conflictNote: (text: string, note: string) => message('overview_conflictNote', text, note),
  conflictCredited: (text: string, credited: string, source: string, value: string) =>
    message('overview_conflictCredited', text, credited, source, value),
  conflictPeriods: (list: string) => message('overview_conflictPeriods', list),
  figuresUpTo: (date: string) => message('overview_figuresUpTo', date),
  legend: message('overview_legend'),
  ...commonLabels(),
});

export type OverviewStrings = ReturnType<typeof overviewStrings>;
