import { Fragment, type ComponentChildren } from 'preact';
import type { CardChart, ChartRow } from '../../contracts/claim-card';
import type { Metric } from '../../engine/types';
import { FigureChart } from '../card/FigureChart';
import type { SourceView } from '../../view-model/claim-view';
import { formatCount, formatPartialDate } from '../i18n/format';
import { claimChart, disputedCharts } from './charts';
import { useStrings } from './strings';
import type { ListedClaim, PageClaims } from '../../view-model/page-claims';

/** Chart rows shown at once per claim (the article, its source, competitors); the rest behind a disclosure. */
const VISIBLE_ROWS = 6;

type Reveal = (index: number) => void;

/** Under a row: its period and differences, and where it was published. */
function RowDetail({ row }: { row: ChartRow }) {
  if (!row.facts && !row.links?.length) return null;
  return (
    <>
      {row.facts}
      {row.links?.map((link) => (
        <Fragment key={link.href}>
          {row.facts && ' · '}
          <a href={link.href} target="_blank" rel="noopener noreferrer" aria-label={link.label}>
            {link.text}
          </a>
        </Fragment>
      ))}
    </>
  );
}

const Chart = ({ chart }: { chart: CardChart }) => (
  <FigureChart chart={chart} detail={(row) => <RowDetail row={row} />} />
);

/** Shows the claim on the page. */
function QuoteButton({ index, text, reveal }: { index: number; text: string; reveal: Reveal }) {
  const { t } = useStrings();
  return (
    <button
      type="button"
      class="quote"
      data-index={index}
      aria-label={t.showOnPageLabel(text)}
      onClick={() => reveal(index)}
    >
      {t.showOnPage}
    </button>
  );
}

function Who({ source, date }: { source: SourceView | null; date: string | undefined }) {
  const { lang, t } = useStrings();
  return (
    <p class="who">
      {source?.name ?? t.unknownSource}
      {date && <> · {t.published(formatPartialDate(date, lang))}</>}
    </p>
  );
}

/** One line: the quoted span, who the article credits, the value; opens to the claim's card content. */
function Line({
  item,
  value,
  children,
  reveal,
}: {
  item: ListedClaim;
  value: string;
  children: ComponentChildren;
  reveal: Reveal;
}) {
  const { t } = useStrings();
  const { view } = item;
  return (
    <li class="claim" data-kind={view.kind} data-index={item.index}>
      <details>
        <summary aria-label={t.claimDetails(view.text)}>
          <span class="line">
            <span class="said">“{view.text}”</span>
            <span class="credit">{view.source?.shortName ?? t.noSourceShort}</span>
            <span class="value">{value}</span>
          </span>
        </summary>
        <div class="expanded">
          <QuoteButton index={item.index} text={view.text} reveal={reveal} />
          {children}
        </div>
      </details>
    </li>
  );
}

function Casualty({ item, reveal }: { item: ListedClaim; reveal: Reveal }) {
  const { lang, t } = useStrings();
  const { view } = item;
  const chart = claimChart(view, t, lang);
  const hidden = chart.rows.slice(VISIBLE_ROWS);
  return (
    <Line item={item} value={formatCount(view, lang) || t.noNumber} reveal={reveal}>
      <Who source={view.source} date={view.figures.find((f) => f.role === 'own')?.published} />
      {view.note && <p class="note">{view.note}</p>}
      <Chart chart={{ ...chart, rows: chart.rows.slice(0, VISIBLE_ROWS) }} />
      {hidden.length > 0 && (
        <details>
          <summary>{t.moreFigures(hidden.length)}</summary>
          <Chart chart={{ caption: chart.caption, rows: hidden }} />
        </details>
      )}
      {!view.figures.some((f) => f.role === 'other') && <p class="hint">{t.noComparable}</p>}
    </Line>
  );
}

function Denial({ item, reveal }: { item: ListedClaim; reveal: Reveal }) {
  const { lang, t } = useStrings();
  const { view } = item;
  const charts = disputedCharts(view, t, lang);
  return (
    <Line item={item} value={t.denialValue} reveal={reveal}>
      <Who source={view.source} date={undefined} />
      {view.statements.length > 0 && (
        <ul class="statements">
          {view.statements.map((s) => (
            <li key={s.id}>
              <span class="speaker">{s.speaker}</span>
              {s.date && <> · {t.said(formatPartialDate(s.date, lang))}</>}
              {' · '}
              <a
                href={s.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t.linkLabel(s.source.shortName)}
              >
                {t.link}
              </a>
              <p class="about">{s.about}</p>
            </li>
          ))}
        </ul>
      )}
      {view.disputed.length > 0 && (
        <div class="disputes">
          <p>
            {t.disputes}: {view.disputed.map((s) => s.shortName).join(', ')}
          </p>
          {charts.length > 0 ? (
            charts.map((c) => <Chart key={c.caption} chart={c} />)
          ) : (
            <p class="hint">{t.disputesNothingOnPage}</p>
          )}
        </div>
      )}
    </Line>
  );
}

export function ClaimList({ claims, reveal }: { claims: PageClaims; reveal: Reveal }) {
  const { t } = useStrings();
  const heading = (m: Metric) => t.metric[m];
  return (
    <>
      {claims.groups.length > 0 && (
        <section aria-labelledby="claims-heading" class="claims">
          <h2 id="claims-heading">{t.claimsHeading}</h2>
          {claims.groups.map((g) => (
            <section
              key={g.metric}
              class="group"
              data-metric={g.metric}
              aria-labelledby={`group-${g.metric}`}
            >
              <h3 id={`group-${g.metric}`}>{heading(g.metric)}</h3>
              <ul>
                {g.items.map((item) => (
                  <Casualty key={item.index} item={item} reveal={reveal} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {claims.denials.length > 0 && (
        <section aria-labelledby="denials-heading" class="denials">
          <h2 id="denials-heading">{t.denialsHeading}</h2>
          <ul>
            {claims.denials.map((item) => (
              <Denial key={item.index} item={item} reveal={reveal} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
