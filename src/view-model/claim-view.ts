import { comparableFigures, type Difference } from '../data/compare';
import type { Dataset, Figure, Source, Statement } from '../data/schema';
import { CASUALTY_METRICS } from '../data/vocabulary';
import type { Metric } from '../engine/types';
import type { HighlightInfo } from '../contracts/page-result';

// What the dataset says about one highlight of a page: who makes the claim,
// their own figures and words, the competing figures, and for a denial what
// it disputes. Pure data (words come later, in ./card-model.ts): the
// background builds it for the card, and the popup can use it as it is.

export interface SourceView {
  id: string;
  name: string;
  shortName: string;
  /** Dataset source kind (ngo, monitor, government...), '' when unknown. */
  kind: string;
}

export interface FigureView {
  id: string;
  source: SourceView;
  metric: string;
  metricDetail?: string | undefined;
  incident?: string | undefined;
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  approx: boolean;
  place: string;
  from?: string | undefined;
  to?: string | undefined;
  published?: string | undefined;
  url: string;
  quote: string;
  reportedBy: string;
  /** own: the figure the claim reports; other: a competing count; disputed: answered by a denial. */
  role: 'own' | 'other' | 'disputed';
  /** How a competing figure differs from the claim's own. */
  differences: Difference[];
}

export interface StatementView {
  id: string;
  source: SourceView;
  speaker: string;
  date?: string | undefined;
  kind: string;
  about: string;
  quote: string;
  url: string;
  reportedBy: string;
}

export interface ClaimView {
  kind: 'casualty' | 'denial';
  /** The claim as the page writes it. */
  text: string;
  note?: string | undefined;
  metric?: string | undefined;
  value?: number | undefined;
  min?: number | undefined;
  /** Who makes the claim (or denies); null when the article does not say. */
  source: SourceView | null;
  /** Casualty: the claim's own figures, then the competing ones. Denial: the figures it disputes. */
  figures: FigureView[];
  /** Denial: what was said, as recorded in the dataset. */
  statements: StatementView[];
  /** Denial: the sources whose findings it answers. */
  disputed: SourceView[];
}

const isMetric = (m: string | undefined): m is Metric =>
  (CASUALTY_METRICS as readonly (string | undefined)[]).includes(m);

export function sourceView(source: Source | undefined, id: string): SourceView {
  return source
    ? { id, name: source.name, shortName: source.shortName, kind: source.kind }
    : { id, name: id, shortName: id, kind: '' };
}

/** A dataset figure as the UI shows it: `source` is its counter's view. */
export function figureView(
  f: Figure,
  source: SourceView,
  role: FigureView['role'],
  differences: Difference[] = [],
): FigureView {
  return {
    id: f.id,
    source,
    metric: f.metric,
    metricDetail: f.metricDetail,
    incident: f.incident,
    value: f.value,
    min: f.min,
    max: f.max,
    approx: f.approx,
    place: f.place,
    from: f.period.from,
    to: f.period.to,
    published: f.published,
    url: f.url,
    quote: f.quote,
    reportedBy: f.reportedBy,
    role,
    differences,
  };
}

export function statementView(statement: Statement, source: SourceView): StatementView {
  return {
    id: statement.id,
    source,
    speaker: statement.speaker,
    date: statement.date,
    kind: statement.kind,
    about: statement.about,
    quote: statement.quote,
    url: statement.url,
    reportedBy: statement.reportedBy,
  };
}

/** The figures a casualty claim reports: its refs that count what it counts. */
function ownFigures(claim: HighlightInfo, byId: Map<string, Figure>): Figure[] {
  return claim.refs.flatMap((id) => {
    const figure = byId.get(id);
    return figure && figure.metric === claim.metric ? [figure] : [];
  });
}

/** The view of highlight `index` of a page's `highlights`, or null when there is none. */
export function buildClaimView(
  highlights: readonly HighlightInfo[],
  index: number,
  dataset: Dataset,
): ClaimView | null {
  const claim = highlights[index];
  if (!claim) return null;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const figures = new Map(dataset.figures.map((f) => [f.id, f]));
  const source = (id: string) => sourceView(sources.get(id), id);

  const toView = (f: Figure, role: FigureView['role'], differences: Difference[] = []) =>
    figureView(f, source(f.source), role, differences);

  const view: ClaimView = {
    kind: claim.kind,
    text: claim.text,
    note: claim.note,
    metric: claim.metric,
    value: claim.value,
    min: claim.min,
    source: claim.source !== undefined && sources.has(claim.source) ? source(claim.source) : null,
    figures: [],
    statements: [],
    disputed: [],
  };

  if (claim.kind === 'casualty') {
    if (!isMetric(claim.metric)) return view;
    const metric = claim.metric;
    const competing = comparableFigures(dataset, {
      ...(claim.source !== undefined ? { source: claim.source } : {}),
      metric,
      refs: claim.refs,
    });
    view.figures = [
      ...ownFigures(claim, figures).map((f) => toView(f, 'own')),
      ...competing.map((c) => toView(c.figure, 'other', c.differences)),
    ];
    return view;
  }

  const byId = new Map(dataset.statements.map((s) => [s.id, s]));
  const said = claim.refs.flatMap((id) => byId.get(id) ?? []);
  view.statements = said.map((s) => statementView(s, source(s.source)));
  const disputed = new Map(
    said.flatMap((s) => disputedSources(s, dataset.sources)).map((s) => [s.id, s]),
  );
  view.disputed = [...disputed.keys()].map(source);
  // What it disputes, concretely: the figures this page attributes to those sources.
  const seen = new Set<string>();
  for (const other of highlights) {
    if (other.kind !== 'casualty' || other.source === undefined || !disputed.has(other.source))
      continue;
    for (const otherFigure of ownFigures(other, figures)) {
      if (seen.has(otherFigure.id)) continue;
      seen.add(otherFigure.id);
      view.figures.push(toView(otherFigure, 'disputed'));
    }
  }
  return view;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sources a statement answers: those it names in its one-line `about`
 * (by short name or id, as a whole word), other than its own speaker's.
 */
export function disputedSources(statement: Statement, sources: readonly Source[]): Source[] {
  return sources.filter(
    (s) =>
      s.id !== statement.source &&
      [s.shortName, s.id].some((name) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'iu').test(
          statement.about,
        ),
      ),
  );
}
