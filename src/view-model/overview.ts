import { dayRange, firstDay, lastDay, overlapRatio, type DayRange } from '../data/period';
import type { Dataset, Figure, Scope, Statement } from '../data/schema';
import { CASUALTY_METRICS } from '../data/vocabulary';
import type { Metric } from '../engine/types';
import type { HighlightInfo } from '../contracts/page-result';
import {
  figureView,
  sourceView,
  disputedSources,
  statementView,
  type FigureView,
  type SourceView,
  type StatementView,
} from './claim-view';
import { countTop } from './bar';
import { METRIC_ORDER } from './page-claims';

// The page at a glance: for each thing its claims count, who counted how many
// over which period, and where the article stands. One row per counter (the
// figure the story names for it, else the one that covers the story's period
// best; the others kept for a disclosure), the article's claims marked on the
// row of whoever the article credits, the parties that deny as rows quoting
// what they said, and the conflicts the dataset knows of. Pure data, built the
// same way for the popup and for the card (./card-model.ts); words
// come later.

/** What the overview needs of the story a page matched: its date and the claims its pack lists. */
export interface StoryContext {
  published?: string | undefined;
  claims: readonly {
    kind: string;
    source?: string | undefined;
    metric?: string | undefined;
    refs: readonly string[];
  }[];
}

/** A claim of the page placed on its metric's axis. */
export interface OverviewMark {
  /** Its position in the page's highlights: what "show on page" takes. */
  index: number;
  text: string;
  /** Who the article credits; null for the article's own figure. */
  credited: SourceView | null;
  value?: number | undefined;
  min?: number | undefined;
}

export interface CounterRow {
  kind: 'counter';
  source: SourceView;
  /** The figure shown; null when the article credits a counter the dataset has no figure of here. */
  figure: FigureView | null;
  /** Why this figure: the story names it, or its period covers the story's best. */
  chosen: 'story' | 'period' | 'credited';
  /** The counter's other figures of the same thing, for a disclosure. */
  others: FigureView[];
  marks: OverviewMark[];
}

/** A party that denies: what it said, never a number. */
export interface StatementRow {
  kind: 'statement';
  source: SourceView;
  statement: StatementView;
  others: StatementView[];
  /** The sources whose findings it answers. */
  disputes: SourceView[];
  marks: OverviewMark[];
}

/** The article's own figures, credited to no one. */
export interface ArticleRow {
  kind: 'article';
  marks: OverviewMark[];
}

export type OverviewRow = CounterRow | StatementRow | ArticleRow;

export type Conflict =
  /** The dataset's note on how the article reports its source (misdated, misread). */
  | { kind: 'note'; index: number; text: string; note: string }
  /** A figure the article credits to one counter, which is another's. */
  | {
      kind: 'credited-elsewhere';
      index: number;
      text: string;
      credited: SourceView;
      figure: FigureView;
    }
  /** The counters shown count over different periods. */
  | { kind: 'periods'; rows: { source: SourceView; from?: string; to?: string }[] };

export interface MetricOverview {
  metric: Metric;
  /** Whose strikes the figures count (the story's scope for this metric). */
  scope: Scope | null;
  /** The story's period for this metric, which rows are chosen against. */
  period: { from?: string; to?: string };
  rows: OverviewRow[];
  /** The axis runs from 0 to this. */
  scale: number;
  conflicts: Conflict[];
}

export interface Overview {
  metrics: MetricOverview[];
  /** Denying parties not placed in any metric's table (a page with denials only). */
  denials: StatementRow[];
  /** The latest publication date of the dataset's figures: what they run to. */
  figuresUpTo: string | null;
}

/**
 * A counter the story does not name is shown when its figure covers at least
 * this share of the days either it or the story's period covers: a running
 * total of the same weeks is; a single month of a three-month story is not.
 */
export const MIN_STORY_OVERLAP = 0.5;

/** What denials of civilian harm answer: the counts of non-combatants. */
const DENIED_METRICS: readonly Metric[] = ['civilians-killed', 'children-killed', 'women-killed'];

const isMetric = (name: string | undefined): name is Metric =>
  (CASUALTY_METRICS as readonly (string | undefined)[]).includes(name);

const hasCount = (figure: { value?: number | undefined; min?: number | undefined }) =>
  figure.value !== undefined || figure.min !== undefined;
const numberOf = (c: { value?: number | undefined; min?: number | undefined }) => c.value ?? c.min;

/** A figure's days; an unstated end falls back to its publication date. */
const figureRange = (figure: Figure): DayRange | null =>
  dayRange(figure.period.from, figure.period.to ?? figure.published);

const latest = (dates: (string | undefined)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== undefined && (a === null || d > a) ? d : a), null);

/** The latest publication date of any figure: the date the dataset's figures run to. */
export function figuresUpTo(dataset: Dataset): string | null {
  return latest(dataset.figures.map((f) => f.published));
}

/** The most common value of a list, the first seen on ties. */
function mostCommon<T>(list: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const item of list) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: T | undefined;
  for (const [item, times] of counts)
    if (best === undefined || times > counts.get(best)!) best = item;
  return best;
}

export interface OverviewOptions {
  /** Only this metric's overview (the card of a claim); every metric the page touches otherwise. */
  metric?: string | undefined;
}

export function buildOverview(
  highlights: readonly HighlightInfo[],
  dataset: Dataset,
  story: StoryContext | null,
  options: OverviewOptions = {},
): Overview {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const statements = new Map(dataset.statements.map((s) => [s.id, s]));
  const source = (id: string) => sourceView(sources.get(id), id);
  const view = (f: Figure) => figureView(f, source(f.source), 'other');

  const markOf = (highlight: HighlightInfo, index: number): OverviewMark => ({
    index,
    text: highlight.text,
    credited: highlight.source !== undefined ? source(highlight.source) : null,
    value: highlight.value,
    min: highlight.min,
  });

  const casualties = highlights.flatMap((highlight, index) =>
    highlight.kind === 'casualty' && isMetric(highlight.metric)
      ? [{ h: highlight, index, metric: highlight.metric }]
      : [],
  );
  const touched = METRIC_ORDER.filter(
    (m) => casualties.some((c) => c.metric === m) && (!options.metric || options.metric === m),
  );

  const metrics = touched.map((metric): MetricOverview => {
    const claims = casualties.filter((c) => c.metric === metric);
    // The figures the story names for this metric; the page's own refs when no story is known.
    const storyClaims = (story?.claims ?? []).filter((c) => c.metric === metric);
    const namedIds = (storyClaims.length > 0 ? storyClaims : claims.map((c) => c.h)).flatMap(
      (c) => c.refs,
    );
    const named = namedIds.flatMap((id) => {
      const figure = figures.get(id);
      return figure && figure.metric === metric ? [figure] : [];
    });
    const timesNamed = (f: Figure) => named.filter((n) => n.id === f.id).length;
    const scope =
      mostCommon(named.map((f) => f.scope)) ??
      (metric === 'war-deaths-total' ? 'all-parties' : null);

    // The story's period: from the earliest start of the figures it names to
    // their latest end or the story's date, whichever is later.
    const ranges = named.flatMap((f) => figureRange(f) ?? []);
    const storyEnd = story?.published ? lastDay(story.published) : undefined;
    const range: DayRange | null =
      ranges.length > 0
        ? {
            start: Math.min(...ranges.map((r) => r.start)),
            end: Math.max(...ranges.map((r) => r.end), storyEnd ?? -Infinity),
          }
        : null;
    const overlap = (figure: Figure) => {
      const figRange = figureRange(figure);
      return range && figRange ? overlapRatio(range, figRange) : 0;
    };
    const publishedBy = (figure: Figure) =>
      storyEnd !== undefined &&
      figure.published !== undefined &&
      firstDay(figure.published) <= storyEnd;

    const candidates = dataset.figures.filter(
      (f) => f.metric === metric && (scope === null || f.scope === scope),
    );
    const bySource = new Map<string, Figure[]>();
    for (const figure of candidates)
      bySource.set(figure.source, [...(bySource.get(figure.source) ?? []), figure]);

    /** A counter's figure to show: named by the story, else the best cover of its period. */
    const pick = (list: Figure[]): { figure: Figure; chosen: CounterRow['chosen'] } | null => {
      const counted = list.filter(hasCount);
      const order = (first: Figure, second: Figure) =>
        timesNamed(second) - timesNamed(first) ||
        overlap(second) - overlap(first) ||
        Number(publishedBy(second)) - Number(publishedBy(first)) ||
        (first.id < second.id ? -1 : 1);
      const fromStory = counted.filter((f) => timesNamed(f) > 0).sort(order)[0];
      if (fromStory) return { figure: fromStory, chosen: 'story' };
      const best = counted.sort(order)[0];
      return best ? { figure: best, chosen: 'period' } : null;
    };

    const counterRows = new Map<string, CounterRow>();
    const addCounter = (id: string, credited: boolean) => {
      if (counterRows.has(id)) return;
      const list = bySource.get(id) ?? [];
      const picked = pick(list);
      if (!picked && !credited) return;
      if (
        picked &&
        !credited &&
        picked.chosen === 'period' &&
        overlap(picked.figure) < MIN_STORY_OVERLAP
      )
        return;
      counterRows.set(id, {
        kind: 'counter',
        source: source(id),
        figure: picked ? view(picked.figure) : null,
        chosen: picked && picked.chosen === 'story' ? 'story' : credited ? 'credited' : 'period',
        others: list
          .filter((f) => f !== picked?.figure)
          .sort((a, b) => overlap(b) - overlap(a) || (a.id < b.id ? -1 : 1))
          .map(view),
        marks: [],
      });
    };

    // Counters the article credits come first, in page order; then the others, largest first.
    for (const claim of claims) if (claim.h.source !== undefined) addCounter(claim.h.source, true);
    const rest = [...bySource.keys()].filter((id) => !counterRows.has(id));
    for (const id of rest) addCounter(id, false);
    const credited = [...counterRows.values()].filter((r) =>
      claims.some((c) => c.h.source === r.source.id),
    );
    const others = [...counterRows.values()]
      .filter((r) => !credited.includes(r))
      .sort((a, b) => countTop(b.figure ?? {}) - countTop(a.figure ?? {}));

    const article: ArticleRow = { kind: 'article', marks: [] };
    for (const claim of claims) {
      const row = claim.h.source !== undefined ? counterRows.get(claim.h.source) : undefined;
      (row ?? article).marks.push(markOf(claim.h, claim.index));
    }

    const rows: OverviewRow[] = [...credited, ...others];
    if (article.marks.length > 0) rows.push(article);

    const conflicts: Conflict[] = [];
    for (const { h, index } of claims) {
      if (h.note) conflicts.push({ kind: 'note', index, text: h.text, note: h.note });
      if (h.source === undefined) continue;
      const refs = h.refs.flatMap((id) => {
        const figure = figures.get(id);
        return figure && figure.metric === metric ? [figure] : [];
      });
      const own = refs.filter((f) => f.source === h.source);
      const said = numberOf(h);
      const theirs = refs.find(
        (figure) =>
          figure.source !== h.source &&
          (own.length === 0 ||
            (numberOf(figure) === said && !own.some((o) => numberOf(o) === said))),
      );
      if (theirs) {
        conflicts.push({
          kind: 'credited-elsewhere',
          index,
          text: h.text,
          credited: source(h.source),
          figure: view(theirs),
        });
      }
    }
    const shown = rows.flatMap((r) => (r.kind === 'counter' && r.figure ? [r] : []));
    const periods = new Set(shown.map((r) => `${r.figure!.from ?? ''}/${r.figure!.to ?? ''}`));
    if (shown.length > 1 && periods.size > 1) {
      conflicts.push({
        kind: 'periods',
        rows: shown.map((r) => ({
          source: r.source,
          ...(r.figure!.from !== undefined ? { from: r.figure!.from } : {}),
          ...(r.figure!.to !== undefined ? { to: r.figure!.to } : {}),
        })),
      });
    }

    const scale = Math.max(
      0,
      ...shown.map((r) => countTop(r.figure!)),
      ...claims.map((c) => countTop(c.h)),
    );
    const dayToDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    return {
      metric,
      scope,
      period: range ? { from: dayToDate(range.start), to: dayToDate(range.end) } : {},
      rows,
      scale,
      conflicts,
    };
  });

  // Denials: one row per denying party, in the tables of the counts it answers.
  const denialRows = new Map<string, StatementRow>();
  highlights.forEach((highlight, index) => {
    if (highlight.kind !== 'denial') return;
    const said = highlight.refs.flatMap((id) => statements.get(id) ?? []);
    const party = highlight.source ?? said[0]?.source;
    if (party === undefined || said.length === 0) return;
    let row = denialRows.get(party);
    if (!row) {
      row = {
        kind: 'statement',
        source: source(party),
        statement: statementView(said[0]!, source(said[0]!.source)),
        others: [],
        disputes: [],
        marks: [],
      };
      denialRows.set(party, row);
    }
    const known = new Set([row.statement.id, ...row.others.map((s) => s.id)]);
    for (const statement of said as Statement[]) {
      if (!known.has(statement.id))
        row.others.push(statementView(statement, source(statement.source)));
      known.add(statement.id);
      for (const disputer of disputedSources(statement, dataset.sources)) {
        if (!row.disputes.some((x) => x.id === disputer.id)) row.disputes.push(source(disputer.id));
      }
    }
    row.marks.push(markOf(highlight, index));
  });

  const unplaced: StatementRow[] = [];
  for (const row of denialRows.values()) {
    const answered = metrics.filter(
      (card) =>
        DENIED_METRICS.includes(card.metric) &&
        (row.disputes.length === 0
          ? card.metric === 'civilians-killed'
          : card.rows.some(
              (r) => r.kind === 'counter' && row.disputes.some((d) => d.id === r.source.id),
            )),
    );
    for (const card of answered) card.rows.push(row);
    // A card scoped to one metric shows only the denials that answer it.
    if (answered.length === 0 && !options.metric) unplaced.push(row);
  }

  return { metrics, denials: unplaced, figuresUpTo: figuresUpTo(dataset) };
}
