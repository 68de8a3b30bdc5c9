import type { Metric } from '../engine/types';
import type { ClaimView } from './claim-view';
import type { HighlightInfo } from '../contracts/page-result';

// What the popup lists for a page: its casualty claims grouped by what they
// count, and its denials, each with its view (./claim-view.ts).

/** Display order of the groups: the most specific counts of the story first. */
export const METRIC_ORDER: readonly Metric[] = [
  'civilians-killed',
  'people-killed',
  'children-killed',
  'women-killed',
  'fighters-killed',
  'war-deaths-total',
];

export interface ListedClaim {
  /** Position in the page's highlights: what `reveal-claim` takes. */
  index: number;
  view: ClaimView;
}

export interface PageClaims {
  groups: { metric: Metric; items: ListedClaim[] }[];
  denials: ListedClaim[];
}

/** Groups the page's highlights; `viewOf(index)` builds each one's view. */
export function groupClaims(
  highlights: readonly HighlightInfo[],
  viewOf: (index: number) => ClaimView | null,
): PageClaims {
  const listed = highlights.flatMap((_, index) => {
    const view = viewOf(index);
    return view ? [{ index, view }] : [];
  });
  const groups = METRIC_ORDER.map((metric) => ({
    metric,
    items: listed.filter((c) => c.view.kind === 'casualty' && c.view.metric === metric),
  })).filter((g) => g.items.length > 0);
  return { groups, denials: listed.filter((c) => c.view.kind === 'denial') };
}
