import type {
  CardChart,
  CardEvidence,
  CardLink,
  CardSection,
  ChartRow,
  ClaimCard,
  OverviewView,
} from '../contracts/claim-card';
import type { ClaimView, FigureView, SourceView, StatementView } from './claim-view';
import { cardStrings, type CardStrings } from '../ui/i18n/card';
import { formatCount, formatPartialDate, formatPeriod } from '../ui/i18n/format';
import type { UiLanguage } from '../ui/i18n/language';
import { barOf, countTop } from './bar';
import { archiveUrl, figureCitation, statementCitation } from './citation';

// The card of a claim, worded in the reader's language: what the background
// sends to the content script, which only lays it out. Pure.

function links(url: string, date: string | undefined, name: string, t: CardStrings): CardLink[] {
  return [
    { text: t.source, label: t.sourceLabel(name), href: url },
    { text: t.archived, label: t.archivedLabel(name), href: archiveUrl(url, date) },
  ];
}

const metricLabel = (metric: string | undefined, t: CardStrings) =>
  t.metric[metric as keyof CardStrings['metric']] ?? metric ?? '';

/**
 * How a competing figure differs from the claim's own, each with what it is
 * here; for the claim's own figures, what exactly they count.
 */
function facts(f: FigureView, t: CardStrings, lang: UiLanguage): string {
  if (f.role !== 'other') return [f.metricDetail, f.incident].filter(Boolean).join(' · ');
  const said = f.differences.flatMap((d) => {
    if (d === 'period') return `${t.difference.period}: ${formatPeriod(f, lang)}`;
    if (d === 'place') return `${t.difference.place}: ${f.place}`;
    // Said only where this figure says what it counts; else its own row does.
    if (d === 'method') return f.metricDetail ? `${t.difference.method}: ${f.metricDetail}` : [];
    if (d === 'later' && f.published) {
      return `${t.difference.later}: ${formatPartialDate(f.published, lang)}`;
    }
    return []; // a range is drawn as one
  });
  return [...said, ...(f.incident ? [f.incident] : [])].join(' · ');
}

type Counted = { value?: number | undefined; min?: number | undefined; max?: number | undefined };

/** A chart row before its bar and value are worked out from its count. */
export interface ChartEntry {
  row: Omit<ChartRow, 'bar' | 'value'>;
  count: Counted & { approx?: boolean };
}

/** A chart of counts on one axis, each worded ("about 200–400", "no number"). Shared with the popup. */
export function chartOf(
  caption: string,
  entries: ChartEntry[],
  t: { about: string; noNumber: string },
  lang: UiLanguage,
): CardChart {
  const scale = Math.max(0, ...entries.map((e) => countTop(e.count)));
  return {
    caption,
    rows: entries.map(({ row, count }) => {
      const said = formatCount(count, lang);
      return {
        ...row,
        value: said ? `${count.approx ? `${t.about} ` : ''}${said}` : t.noNumber,
        bar: barOf(count, scale),
      };
    }),
  };
}

function figureEntry(f: FigureView, t: CardStrings, lang: UiLanguage): ChartEntry {
  const row: ChartEntry['row'] = {
    key: f.id,
    label: f.source.shortName,
    tone: f.role === 'other' ? 'other' : 'own',
    links: links(f.url, f.published ?? f.to, f.source.shortName, t),
    citation: {
      button: t.copy,
      label: t.copyLabel(f.source.shortName),
      text: figureCitation(f, t, lang),
    },
  };
  const said = facts(f, t, lang);
  if (said) row.facts = said;
  return { row, count: f };
}

function who(source: SourceView | null, heading: string, t: CardStrings): CardSection {
  const kind = source && t.sourceKind[source.kind];
  return {
    heading,
    text: [source ? `${source.name}${kind ? ` · ${kind}` : ''}` : t.unknownSource],
    lead: source !== null,
    evidence: [],
    charts: [],
  };
}

function statementEvidence(s: StatementView, t: CardStrings, lang: UiLanguage): CardEvidence {
  return {
    key: s.id,
    meta: [s.speaker, s.date && formatPartialDate(s.date, lang)].filter(Boolean).join(' · '),
    quote: s.quote,
    links: links(s.url, s.date, s.source.shortName, t),
    about: s.about,
    citation: {
      button: t.copy,
      label: t.copyLabel(s.speaker),
      text: statementCitation(s, t, lang),
    },
  };
}

/**
 * The card of a claim. With `overview` (who counted what for the claim's
 * metric, worded by ../overview-words.ts), a casualty claim's card shows it in
 * place of the chart of its own and competing figures.
 */
export function toClaimCard(
  view: ClaimView,
  lang: UiLanguage,
  overview?: OverviewView | null,
): ClaimCard {
  const t = cardStrings(lang);
  const card: ClaimCard = { kind: view.kind, text: view.text, sections: [] };
  if (view.note) card.note = { label: t.note, text: view.note };

  if (view.kind === 'casualty') {
    const by = who(view.source, t.madeBy, t);
    const first = view.figures.find((f) => f.role === 'own');
    if (first) {
      by.evidence.push({
        key: first.id,
        meta: [
          first.published && formatPartialDate(first.published, lang),
          t.reportedBy(first.reportedBy),
        ]
          .filter(Boolean)
          .join(' · '),
        quote: first.quote,
        links: links(first.url, first.published ?? first.to, first.source.shortName, t),
        ...(overview
          ? {
              citation: {
                button: t.copy,
                label: t.copyLabel(first.source.shortName),
                text: figureCitation(first, t, lang),
              },
            }
          : {}),
      });
    }
    if (overview && overview.tables.length > 0) {
      card.sections = [by];
      card.overview = overview;
      return card;
    }
    const page = { row: { key: 'page', label: t.thisArticle, tone: 'page' as const }, count: view };
    const figures: CardSection = {
      heading: t.figures,
      text: view.figures.some((f) => f.role === 'other') ? [] : [t.noCompeting],
      evidence: [],
      charts: [
        chartOf(
          metricLabel(view.metric, t),
          [page, ...view.figures.map((f) => figureEntry(f, t, lang))],
          t,
          lang,
        ),
      ],
    };
    card.sections = [by, figures];
    return card;
  }

  const by = who(view.source, t.deniedBy, t);
  by.evidence = view.statements.map((s) => statementEvidence(s, t, lang));
  const metrics = [...new Set(view.figures.map((f) => f.metric))];
  const disputes: CardSection = {
    heading: t.disputes,
    text: [
      ...(view.disputed.length > 0 ? [t.answers(view.disputed.map((s) => s.name).join(', '))] : []),
      ...(view.figures.length === 0 ? [t.noDisputedFigure] : []),
    ],
    evidence: [],
    charts: metrics.map((m) =>
      chartOf(
        metricLabel(m, t),
        view.figures.filter((f) => f.metric === m).map((f) => figureEntry(f, t, lang)),
        t,
        lang,
      ),
    ),
  };
  card.sections = [by, disputes];
  return card;
}
