import { Fragment } from 'preact';
import type { ClaimKind } from '../../engine/types';
import type { CardCitation, ClaimCard, OverviewView } from '../../contracts/claim-card';
import type { PageStrings } from '../i18n/page';
import { FigureChart } from './FigureChart';
import { Links } from './Links';
import { OverviewConflicts, OverviewTable } from './OverviewTable';

// The card that opens next to a highlight. It lays out what the background
// worded (card-model.ts): the claim as written, who makes it with their words
// and links, any note, and the figures side by side.

export type CardState =
  | { status: 'loading' | 'missing'; kind: ClaimKind; text: string }
  | { status: 'ready'; card: ClaimCard };

export interface CardProps {
  t: PageStrings;
  state: CardState;
  /** The citation that was just copied, to say so on its button. */
  copied: string | null;
  /** A citation the page did not let us copy: shown selected, to copy by hand. */
  blocked: string | null;
  onClose(): void;
  onCopy(citation: string): void;
}

function Copy(props: { citation: CardCitation | undefined; p: CardProps }) {
  const c = props.citation;
  if (!c) return null;
  return (
    <button
      type="button"
      class="cc-copy"
      aria-label={c.label}
      onClick={() => props.p.onCopy(c.text)}
    >
      {props.p.copied === c.text ? props.p.t.copied : c.button}
    </button>
  );
}

function Note({ card, p }: { card: ClaimCard; p: CardProps }) {
  if (!card.note) return null;
  return (
    <p class="cc-note">
      <strong>
        {card.note.label}
        {p.t.colon}
      </strong>
      {card.note.text}
    </p>
  );
}

/** Who counted what for the claim's metric, the claim itself marked. */
function CardOverview({ o }: { o: OverviewView }) {
  return (
    <section class="cc-overview">
      <h3>{o.heading}</h3>
      {o.tables.map((table) => (
        <Fragment key={table.metric}>
          <OverviewTable
            table={table}
            columns={o.columns}
            inArticle={o.inArticle}
            current={o.current}
          />
          <OverviewConflicts heading={o.conflictsHeading} items={table.conflicts} />
        </Fragment>
      ))}
      <p class="cc-meta">{o.legend}</p>
      {o.upTo && <p class="cc-meta">{o.upTo}</p>}
    </section>
  );
}

/** The sections in order; the note on the article's wording follows the first (who says so). */
function Body({ card, p }: { card: ClaimCard; p: CardProps }) {
  return (
    <>
      {card.sections.map((s, n) => (
        <Fragment key={s.heading}>
          <section>
            <h3>{s.heading}</h3>
            {s.text.map((line, i) => (
              <p key={line} class={s.lead && i === 0 ? 'cc-lead' : 'cc-text'}>
                {line}
              </p>
            ))}
            {s.evidence.map((e) => (
              <div key={e.key} class="cc-evidence">
                <p class="cc-meta">{e.meta}</p>
                <blockquote class="cc-quote">“{e.quote}”</blockquote>
                {e.about && <p class="cc-meta">{e.about}</p>}
                <p class="cc-actions">
                  <Links links={e.links} />
                  <Copy citation={e.citation} p={p} />
                </p>
              </div>
            ))}
            {s.charts.map((c) => (
              <FigureChart
                key={c.caption}
                chart={c}
                detail={(row) =>
                  (row.facts || row.links || row.citation) && (
                    <>
                      {row.facts && <span>{row.facts}</span>}
                      <span class="cc-actions">
                        <Links links={row.links} />
                        <Copy citation={row.citation} p={p} />
                      </span>
                    </>
                  )
                }
              />
            ))}
          </section>
          {n === 0 && <Note card={card} p={p} />}
        </Fragment>
      ))}
      {card.overview && <CardOverview o={card.overview} />}
    </>
  );
}

export function Card(p: CardProps) {
  const { t, state } = p;
  const kind = state.status === 'ready' ? state.card.kind : state.kind;
  const text = state.status === 'ready' ? state.card.text : state.text;
  return (
    <div
      class="cc-card"
      data-kind={kind}
      data-status={state.status}
      role="dialog"
      aria-labelledby="cc-card-title"
      tabIndex={-1}
    >
      <div class="cc-head">
        <p class="cc-kind">
          <span class="cc-swatch" aria-hidden="true" />
          {t.kind[kind]}
        </p>
        <button type="button" class="cc-close" aria-label={t.close} onClick={p.onClose}>
          ×
        </button>
      </div>
      <h2 id="cc-card-title" class="cc-claim">
        <span class="cc-sr-only">
          {t.kind[kind]}
          {t.colon}
        </span>
        “{text}”
      </h2>
      {state.status === 'ready' ? (
        <Body card={state.card} p={p} />
      ) : (
        <p class="cc-text">{state.status === 'loading' ? t.loading : t.missing}</p>
      )}
      {p.blocked && (
        <div class="cc-blocked">
          <p>{t.copyBlocked}</p>
          <textarea readOnly rows={5} value={p.blocked} ref={(el) => el?.select()} />
        </div>
      )}
    </div>
  );
}
