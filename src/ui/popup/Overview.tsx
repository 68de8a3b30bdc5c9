import type { OverviewView } from '../../contracts/claim-card';
import { OverviewConflicts, OverviewTable } from '../card/OverviewTable';
import { useStrings } from './strings';

// The popup's answer at a glance: for each thing the page's claims count, who
// counted how many over which period, and where this article stands; the
// denying parties with their words. Words come from ../overview-words.ts.

export function Overview({
  overview,
  reveal,
  denialsHeading,
}: {
  overview: OverviewView;
  reveal: (index: number) => void;
  denialsHeading: string;
}) {
  const { t } = useStrings();
  const { tables, denials } = overview;
  if (tables.length === 0 && denials.length === 0) return null;
  const props = {
    columns: overview.columns,
    inArticle: overview.inArticle,
    onMark: reveal,
    markLabel: t.showOnPageLabel,
  };
  return (
    <section class="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{overview.heading}</h2>
      {tables.length > 0 && <p class="legend">{overview.legend}</p>}
      {tables.map((table) => (
        <div key={table.metric} class="overview-metric" data-metric={table.metric}>
          <OverviewTable table={table} {...props} />
          <OverviewConflicts heading={overview.conflictsHeading} items={table.conflicts} />
        </div>
      ))}
      {denials.length > 0 && (
        <div class="overview-metric" data-metric="denials">
          <OverviewTable
            table={{ metric: 'denials', caption: denialsHeading, rows: denials, conflicts: [] }}
            {...props}
          />
        </div>
      )}
      {tables.length > 0 && overview.upTo && <p class="up-to">{overview.upTo}</p>}
    </section>
  );
}
