import type { ComponentChildren } from 'preact';
import type { CardChart, ChartRow } from '../../contracts/claim-card';
import { BarOnAxis } from './BarOnAxis';

// A small horizontal bar chart of counts of the same thing by different
// sources: one row per figure, labelled with its source, ranges drawn as
// ranges and "at least" figures drawn open-ended. Shared by the card and the
// popup (build rows with card-model.ts); styles in ./figure-chart.css.

export function FigureChart(props: {
  chart: CardChart;
  /** Shown under a row: differences, links, actions. */
  detail?: (row: ChartRow) => ComponentChildren;
}) {
  return (
    <figure class="cc-chart">
      <figcaption class="cc-chart-caption">{props.chart.caption}</figcaption>
      <ul class="cc-chart-rows">
        {props.chart.rows.map((row) => (
          <li key={row.key} class="cc-chart-row" data-tone={row.tone}>
            <span class="cc-chart-label">{row.label}</span>
            <span class="cc-chart-track" aria-hidden="true">
              {row.bar && <BarOnAxis class="cc-chart-bar" bar={row.bar} />}
            </span>
            <span class="cc-chart-value">{row.value}</span>
            {props.detail && <div class="cc-chart-detail">{props.detail(row)}</div>}
          </li>
        ))}
      </ul>
    </figure>
  );
}
