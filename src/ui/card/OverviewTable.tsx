import type { OverviewRowView, OverviewTableView } from '../../contracts/claim-card';
import { Links } from './Links';
import { BarOnAxis } from './BarOnAxis';

// One overview table: per counter a row header and its count drawn on the
// table's axis ("≥" floors open-ended, ranges as ranges), the article's claims
// marked on the row of whoever it credits, a denying party's words in place of
// a number. A real <table> (caption, row headers), so screen readers and the
// keyboard get what the bars show. Shared by the popup and the card; styles in
// ./overview.css. Every text is rendered as text.

export interface OverviewTableProps {
  table: OverviewTableView;
  columns: [string, string];
  /** Label of the list of the article's claims on a row. */
  inArticle: string;
  /** Makes each of the article's claims a button (the popup: show it on the page). */
  onMark?: ((index: number) => void) | undefined;
  /** Label of such a button, for a claim's text. */
  markLabel?: ((text: string) => string) | undefined;
  /** The claim whose card this is, drawn stronger. */
  current?: number | undefined;
}

/** The count, its bar and the article's marks on one line; then period, source, words. */
function Cell({ row, p }: { row: OverviewRowView; p: OverviewTableProps }) {
  const drawn = row.kind !== 'statement';
  return (
    <>
      <span class="cc-ov-line">
        {drawn && (
          <span class="cc-ov-track" aria-hidden="true">
            {row.bar && <BarOnAxis class="cc-ov-bar" bar={row.bar} />}
            {row.marks.map(
              (m) =>
                m.at !== null && (
                  <span
                    key={m.index}
                    class="cc-ov-mark"
                    data-current={m.index === p.current ? '' : undefined}
                    style={{ left: `${m.at}%` }}
                  >
                    ◆
                  </span>
                ),
            )}
          </span>
        )}
        {row.value && (
          <span class="cc-ov-value" data-kind={row.kind}>
            {row.value}
          </span>
        )}
      </span>
      {row.quote && <q class="cc-ov-quote">{row.quote}</q>}
      {row.reason && <span class="cc-ov-reason">{row.reason}</span>}
      {(row.detail || row.links?.length) && (
        <span class="cc-ov-detail">
          {row.detail}
          {row.detail && row.links?.length ? ' · ' : ''}
          <Links links={row.links} />
        </span>
      )}
      {row.marks.length > 0 && (
        <span class="cc-ov-marks">
          <span class="cc-ov-marks-label">{p.inArticle}</span>
          {row.marks.map((m) => {
            const said = (
              <>
                <span aria-hidden="true">◆ </span>“{m.text}”{m.value && ` · ${m.value}`}
              </>
            );
            return (
              <span
                key={m.index}
                class="cc-ov-claim"
                data-claim-index={m.index}
                data-current={m.index === p.current ? '' : undefined}
              >
                {p.onMark ? (
                  <button
                    type="button"
                    class="cc-ov-claim-button"
                    aria-label={p.markLabel?.(m.text)}
                    onClick={() => p.onMark!(m.index)}
                  >
                    {said}
                  </button>
                ) : (
                  said
                )}
              </span>
            );
          })}
        </span>
      )}
      {row.others && row.others.rows.length > 0 && (
        <details class="cc-ov-others">
          <summary>{row.others.label}</summary>
          <ul>
            {row.others.rows.map((o) => (
              <li key={o.key} data-figure={o.key}>
                <Cell row={{ ...o, marks: [] }} p={p} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function OverviewTable(p: OverviewTableProps) {
  const { table } = p;
  return (
    <table class="cc-ov-table" data-metric={table.metric}>
      <caption class="cc-ov-caption">{table.caption}</caption>
      <thead class="cc-ov-head">
        <tr>
          <th scope="col">{p.columns[0]}</th>
          <th scope="col">{p.columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} class="cc-ov-row" data-kind={row.kind} data-row={row.key}>
            <th scope="row" class="cc-ov-who">
              {row.header}
            </th>
            <td class="cc-ov-cell">
              <Cell row={row} p={p} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The conflicts under a table, in words. */
export function OverviewConflicts({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div class="cc-ov-conflicts">
      <p class="cc-ov-conflicts-heading">{heading}</p>
      <ul>
        {items.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}
