import type { UiLanguage } from './language';
import { message } from './messages';

// Numbers and partial dates (YYYY, YYYY-MM, YYYY-MM-DD) in the reader's language.

export const formatNumber = (n: number, lang: UiLanguage) => new Intl.NumberFormat(lang).format(n);

export interface CountLike {
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** What a count says: "2,132", "≥ 200" (a value that is also its min: "at least"), "1,098–1,450". */
export function formatCount(c: CountLike, lang: UiLanguage): string {
  if (c.value !== undefined && c.min === undefined) return formatNumber(c.value, lang);
  const min = c.min ?? c.value;
  if (min === undefined) return '';
  if (c.max !== undefined) return `${formatNumber(min, lang)}–${formatNumber(c.max, lang)}`;
  return `≥ ${formatNumber(min, lang)}`;
}

export function formatPartialDate(date: string, lang: UiLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
  if (d !== undefined) opts.day = 'numeric';
  return new Intl.DateTimeFormat(lang, opts).format(new Date(Date.UTC(y!, m - 1, d ?? 1)));
}

/** "30 Sep 2015 – 22 Dec 2015", "from Sep 2015", or "" when nothing is known. */
export function formatPeriod(
  period: { from?: string | undefined; to?: string | undefined },
  lang: UiLanguage,
): string {
  const from = period.from && formatPartialDate(period.from, lang);
  const to = period.to && formatPartialDate(period.to, lang);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return message('format_from', from);
  if (to) return message('format_until', to);
  return '';
}
