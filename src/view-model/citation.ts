import type { FigureView, StatementView } from './claim-view';
import type { CardStrings } from '../ui/i18n/card';
import { formatCount, formatPartialDate, formatPeriod } from '../ui/i18n/format';
import type { UiLanguage } from '../ui/i18n/language';

/**
 * The Internet Archive's copy of `url` nearest to `date` (YYYY, YYYY-MM or
 * YYYY-MM-DD): the Wayback Machine redirects a partial timestamp to its
 * closest capture, so no lookup is needed (and none is made).
 */
export function archiveUrl(url: string, date?: string): string {
  return `https://web.archive.org/web/${date ? date.replaceAll('-', '') : '2'}/${url}`;
}

/** What a figure counts, in words: its own detail, else the metric's label. */
const whatIsCounted = (f: FigureView, t: CardStrings) =>
  f.metricDetail ?? t.metric[f.metric as keyof CardStrings['metric']] ?? f.metric;

/** A figure as a citation: who, what, where and when, the words, where published. */
export function figureCitation(f: FigureView, t: CardStrings, lang: UiLanguage): string {
  const scope = [f.incident ?? f.place, formatPeriod(f, lang)].filter(Boolean).join(', ');
  const published = f.published ? `, ${formatPartialDate(f.published, lang)}` : '';
  return [
    `${f.source.name}: ${formatCount(f, lang) || t.noNumber} ${whatIsCounted(f, t)} (${scope}).`,
    `“${f.quote}”`,
    `${f.reportedBy}${published}. ${f.url}`,
    `${t.archivedCitation}: ${archiveUrl(f.url, f.published ?? f.to)}`,
  ].join('\n');
}

export function statementCitation(s: StatementView, t: CardStrings, lang: UiLanguage): string {
  const date = s.date ? `, ${formatPartialDate(s.date, lang)}` : '';
  return [
    `${s.speaker} (${s.source.name})${date}:`,
    `“${s.quote}”`,
    `${s.reportedBy}. ${s.url}`,
    `${t.archivedCitation}: ${archiveUrl(s.url, s.date)}`,
  ].join('\n');
}
