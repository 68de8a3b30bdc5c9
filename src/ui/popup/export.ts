import type { ClaimView } from '../../view-model/claim-view';
import type { PageResult } from '../../contracts/page-result';
import type { Overview, OverviewRow } from '../../view-model/overview';

// "Copy claims as JSON": what Crosscount found on the page, in page order,
// each claim with the dataset records behind it (its own figures with link and
// quote, the competing ones and how they differ; for a denial, the statements
// and the figures it disputes), for a reader or fact-checker to reuse. First
// the overview: per metric, the counters' figures shown (with the article's
// claims on each by page position), the denying parties' statements, and the
// conflicts.

/** A row as shown: the counter's other figures stay out (they are behind a disclosure). */
const shownRow = (row: OverviewRow) => {
  if (row.kind === 'article') return { kind: row.kind, claims: row.marks.map((m) => m.index) };
  const { others: _others, marks, ...shown } = row;
  return { ...shown, claims: marks.map((m) => m.index) };
};

export function overviewExport(overview: Overview) {
  return {
    figuresUpTo: overview.figuresUpTo,
    metrics: overview.metrics.map((m) => ({ ...m, rows: m.rows.map(shownRow) })),
    denials: overview.denials.map(shownRow),
  };
}

export function claimsExport(
  result: PageResult,
  views: readonly (ClaimView | null)[],
  meta: { version: string; exported: string },
  overview: Overview | null = null,
) {
  return {
    page: result.url,
    verdict: result.verdict,
    story: result.story,
    exported: meta.exported,
    generator: `Crosscount ${meta.version}`,
    ...(overview ? { overview: overviewExport(overview) } : {}),
    claims: views.flatMap((view) => (view ? [view] : [])),
  };
}
