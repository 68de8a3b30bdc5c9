import type {
  CardLink,
  OverviewMarkView,
  OverviewRowView,
  OverviewTableView,
  OverviewView,
} from '../contracts/claim-card';
import { barOf } from './bar';
import type { FigureView, SourceView, StatementView } from './claim-view';
import { formatCount, formatPartialDate, formatPeriod } from '../ui/i18n/format';
import type { UiLanguage } from '../ui/i18n/language';
import type { OverviewStrings } from '../ui/i18n/overview';
import type {
  Conflict,
  CounterRow,
  MetricOverview,
  Overview,
  OverviewMark,
  StatementRow,
} from './overview';

// The overview (./overview.ts) in the reader's language: counts formatted for
// it, bars on each table's axis, conflicts in sentences. Pure; the popup lays
// it out, and the background sends it to the card, which does the same.

const metricLabel = (metric: string, t: OverviewStrings) =>
  t.metric[metric as keyof OverviewStrings['metric']] ?? metric;

function link(url: string, source: SourceView, t: OverviewStrings): CardLink {
  return { text: t.link, label: t.linkLabel(source.shortName), href: url };
}

/** "12", "about 200", "≥ 200", "1,098–1,450"; '' for no number. */
function countText(c: FigureView | OverviewMark, lang: UiLanguage, t: OverviewStrings): string {
  const said = formatCount(c, lang);
  return said && 'approx' in c && c.approx ? `${t.about} ${said}` : said;
}

/** Where a figure's count runs, and what exactly it counts. */
function figureDetail(f: FigureView, story: boolean, t: OverviewStrings, lang: UiLanguage) {
  return [
    formatPeriod(f, lang),
    !f.to && f.published ? t.published(formatPartialDate(f.published, lang)) : '',
    f.metricDetail ?? '',
    f.incident ?? '',
    story ? t.storyFigure : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function markView(m: OverviewMark, scale: number, lang: UiLanguage): OverviewMarkView {
  const bar = barOf(m, scale);
  return {
    index: m.index,
    text: m.text,
    value: formatCount(m, lang),
    at: bar ? bar.end : null,
  };
}

function figureRow(
  key: string,
  header: string,
  f: FigureView,
  story: boolean,
  scale: number,
  t: OverviewStrings,
  lang: UiLanguage,
): OverviewRowView {
  const value = countText(f, lang, t);
  const row: OverviewRowView = {
    key,
    kind: 'counter',
    header,
    value: value || t.noNumber,
    bar: barOf(f, scale),
    detail: figureDetail(f, story, t, lang),
    links: [link(f.url, f.source, t)],
    marks: [],
  };
  // No number: the source's own words say why.
  if (!value) row.quote = f.quote;
  return row;
}

function counterRow(r: CounterRow, scale: number, t: OverviewStrings, lang: UiLanguage) {
  const header = r.source.shortName;
  const row: OverviewRowView = r.figure
    ? figureRow(r.source.id, header, r.figure, r.chosen === 'story', scale, t, lang)
    : {
        key: r.source.id,
        kind: 'counter',
        header,
        value: t.noNumber,
        bar: null,
        reason: t.creditedNoFigure,
        marks: [],
      };
  row.marks = r.marks.map((m) => markView(m, scale, lang));
  if (r.others.length > 0) {
    row.others = {
      label: t.moreFigures(r.others.length, header),
      rows: r.others.map((f) => figureRow(f.id, header, f, false, scale, t, lang)),
    };
  }
  return row;
}

function statementRow(
  s: StatementView,
  key: string,
  header: string,
  t: OverviewStrings,
  lang: UiLanguage,
): OverviewRowView {
  return {
    key,
    kind: 'statement',
    header,
    value: t.denies,
    bar: null,
    quote: s.quote,
    detail: [s.speaker, s.date && formatPartialDate(s.date, lang)].filter(Boolean).join(' · '),
    links: [link(s.url, s.source, t)],
    marks: [],
  };
}

function partyRow(r: StatementRow, t: OverviewStrings, lang: UiLanguage): OverviewRowView {
  const header = r.source.shortName;
  const row = statementRow(r.statement, `party-${r.source.id}`, header, t, lang);
  if (r.disputes.length > 0) {
    row.detail = [row.detail, t.answers(r.disputes.map((d) => d.shortName).join(', '))]
      .filter(Boolean)
      .join(' · ');
  }
  row.marks = r.marks.map((m) => markView(m, 0, lang));
  if (r.others.length > 0) {
    row.others = {
      label: t.moreStatements(r.others.length, header),
      rows: r.others.map((s) => statementRow(s, s.id, header, t, lang)),
    };
  }
  return row;
}

function conflictText(c: Conflict, t: OverviewStrings, lang: UiLanguage): string {
  if (c.kind === 'note') return t.conflictNote(c.text, c.note);
  if (c.kind === 'credited-elsewhere') {
    const when = c.figure.published ? `, ${formatPartialDate(c.figure.published, lang)}` : '';
    return t.conflictCredited(
      c.text,
      c.credited.shortName,
      c.figure.source.shortName,
      `${formatCount(c.figure, lang)}${when}`,
    );
  }
  return t.conflictPeriods(
    c.rows.map((r) => `${r.source.shortName} ${formatPeriod(r, lang) || '?'}`).join('; '),
  );
}

function tableView(m: MetricOverview, t: OverviewStrings, lang: UiLanguage): OverviewTableView {
  return {
    metric: m.metric,
    caption: t.caption(metricLabel(m.metric, t)),
    rows: m.rows.map((r) => {
      if (r.kind === 'counter') return counterRow(r, m.scale, t, lang);
      if (r.kind === 'statement') return partyRow(r, t, lang);
      return {
        key: 'article',
        kind: 'article',
        header: t.thisArticle,
        value: '',
        bar: null,
        marks: r.marks.map((mark) => markView(mark, m.scale, lang)),
      };
    }),
    conflicts: m.conflicts.map((c) => conflictText(c, t, lang)),
  };
}

export function overviewWords(o: Overview, t: OverviewStrings, lang: UiLanguage): OverviewView {
  return {
    heading: t.heading,
    columns: [t.colWho, t.colCount],
    tables: o.metrics.map((m) => tableView(m, t, lang)),
    denials: o.denials.map((r) => partyRow(r, t, lang)),
    conflictsHeading: t.conflictsHeading,
    inArticle: t.inArticle,
    legend: t.legend,
    upTo: o.figuresUpTo ? t.figuresUpTo(formatPartialDate(o.figuresUpTo, lang)) : '',
  };
}
