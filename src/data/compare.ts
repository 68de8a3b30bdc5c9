import { dayRange, firstDay, lastDay, overlapRatio, type DayRange } from './period';
import type { Dataset, Figure, FigureMetric, Period, Scope } from './schema';

/** What a claim must say about itself to be compared; a `Claim` will do. */
export interface ClaimLike {
  /** Absent for the article's own figure. */
  source?: string;
  metric: FigureMetric;
  /** Defaults to the scope of the first ref counting the same metric. */
  scope?: Scope;
  /** For scope single-incident; defaults to the matching ref's incident. */
  incident?: string;
  refs: readonly string[];
  /** Defaults to the matching ref's period. */
  period?: Period;
}

/** How a competing figure differs from the claim's own figure. */
export type Difference = 'period' | 'place' | 'method' | 'range' | 'later';

export interface Comparison {
  figure: Figure;
  differences: Difference[];
}

// Periods count the same thing when they share at least 60% of the days either
// covers: running totals a few weeks apart do; a month, or a two-week window,
// inside a total of three months does not.
const MIN_OVERLAP = 0.6;

/** A figure's span; an unstated end falls back to its publication date. */
function figureRange(f: Figure): DayRange | null {
  return dayRange(f.period.from, f.period.to ?? f.published);
}

const hasCount = (f: Figure) => f.value !== undefined || f.min !== undefined;
const sameText = (a = '', b = '') => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The dataset figures that count what the claim counts: same metric and scope,
 * the same incident for single incidents, otherwise periods that largely
 * overlap. Figures with metric `other` must also count the same `metricDetail`.
 * Returns [] when the claim's scope or period cannot be told (no refs, no
 * scope): comparing blindly would mix counts of different things.
 * Ordered for display: closest period first, other sources before the claim's.
 */
export function comparableFigures(dataset: Dataset, claim: ClaimLike): Comparison[] {
  const refs = new Set(claim.refs);
  const own = dataset.figures.find(
    (f) =>
      refs.has(f.id) &&
      f.metric === claim.metric &&
      (claim.scope === undefined || f.scope === claim.scope),
  );
  const scope =
    claim.scope ?? own?.scope ?? (claim.metric === 'war-deaths-total' ? 'all-parties' : undefined);
  const incident = claim.incident ?? own?.incident;
  const range = claim.period
    ? dayRange(claim.period.from, claim.period.to)
    : own
      ? figureRange(own)
      : null;
  if (scope === undefined) return [];
  if (scope === 'single-incident' ? incident === undefined : range === null) return [];
  if (claim.metric === 'other' && own?.metricDetail === undefined) return [];

  const comparable = (f: Figure): boolean => {
    if (refs.has(f.id) || f.metric !== claim.metric || f.scope !== scope || !hasCount(f)) {
      return false;
    }
    if (f.metric === 'other' && !sameText(f.metricDetail, own?.metricDetail)) return false;
    if (scope === 'single-incident') return sameText(f.incident, incident);
    const other = figureRange(f);
    return other !== null && overlapRatio(range!, other) >= MIN_OVERLAP;
  };

  const differencesOf = (f: Figure): Difference[] => {
    const differences: Difference[] = [];
    const other = figureRange(f);
    if (range && other && (range.start !== other.start || range.end !== other.end)) {
      differences.push('period');
    }
    if (own && !sameText(own.place, f.place)) differences.push('place');
    if (!sameText(own?.metricDetail, f.metricDetail)) differences.push('method');
    if ((own?.max !== undefined) !== (f.max !== undefined)) differences.push('range');
    if (own?.published && f.published && firstDay(f.published) > lastDay(own.published)) {
      differences.push('later');
    }
    return differences;
  };

  const distance = (f: Figure): number => {
    const other = figureRange(f);
    if (!range || !other) return 0;
    return Math.abs(other.end - range.end) + Math.abs(other.start - range.start) / 1000;
  };

  return dataset.figures
    .filter(comparable)
    .map((figure) => ({ figure, differences: differencesOf(figure) }))
    .sort(
      (a, b) =>
        distance(a.figure) - distance(b.figure) ||
        Number(a.figure.source === claim.source) - Number(b.figure.source === claim.source) ||
        a.differences.length - b.differences.length ||
        (a.figure.id < b.figure.id ? -1 : 1),
    );
}
