import type { ClaimView } from '../claim-view';
import type { PageResult } from '../../messaging/protocol';

// "Copy claims as JSON": what Crosscount found on the page, in page order,
// each claim with the dataset records behind it (its own figures with link and
// quote, the competing ones and how they differ; for a denial, the statements
// and the figures it disputes), for a reader or fact-checker to reuse.

export function claimsExport(
  result: PageResult,
  views: readonly (ClaimView | null)[],
  meta: { version: string; exported: string },
) {
  return {
    page: result.url,
    verdict: result.verdict,
    story: result.story,
    exported: meta.exported,
    generator: `Crosscount ${meta.version}`,
    claims: views.flatMap((view) => (view ? [view] : [])),
  };
}
