// The reply to MESSAGE.getClaimCard: the card of one highlight, ready to show. The
// background builds it from the bundled dataset and words it in the reader's
// language (src/view-model/claim-view.ts, then card-model.ts), so neither
// the dataset nor the string tables and formatting enter the content script,
// which only lays it out. Plain types and a hand-written shape check rather
// than a zod schema: zod/mini alone would cost the content script ~6.5 KB gzip
// of its 25 KB budget, and the only sender is this extension's background.
// Every field is rendered as text; links go only to http(s) URLs.

/** Where a count's bar lies on its chart's 0..max axis, in percent. */
export interface Bar {
  start: number;
  end: number;
  /** One value, an "at least" floor (drawn open-ended), or a min–max range. */
  shape: 'value' | 'at-least' | 'range';
}

export interface CardLink {
  text: string;
  /** Accessible name: says where the link goes. */
  label: string;
  href: string;
}

/** A "Copy as citation" button. */
export interface CardCitation {
  /** Visible text. */
  button: string;
  /** Accessible name: says whose words. */
  label: string;
  /** What goes on the clipboard. */
  text: string;
}

export interface ChartRow {
  key: string;
  /** Who counted: the source's short name, or "This article". */
  label: string;
  /** The count as text: "2 132", "≥ 200", "1 098–1 450", "no number". */
  value: string;
  bar: Bar | null;
  /** page: what the article says; own: the source it cites; other: competing figures. */
  tone: 'page' | 'own' | 'other';
  /** How it differs (period, place, method), in words. */
  facts?: string;
  links?: CardLink[];
  citation?: CardCitation;
}

export interface CardChart {
  caption: string;
  rows: ChartRow[];
}

/** A source's words: who and when, the verbatim quote, where it was published. */
export interface CardEvidence {
  key: string;
  meta: string;
  quote: string;
  links: CardLink[];
  about?: string;
  citation?: CardCitation;
}

export interface CardSection {
  heading: string;
  /** Plain paragraphs; the first is shown bold when `lead` is set. */
  text: string[];
  lead?: boolean;
  evidence: CardEvidence[];
  charts: CardChart[];
}

/** A claim of the article placed on an overview row. */
export interface OverviewMarkView {
  /** Its position in the page's highlights. */
  index: number;
  /** The claim as written. */
  text: string;
  /** Its count as text ("≥ 200"), '' when it has none. */
  value: string;
  /** Where it sits on the row's axis, in percent; null without a number. */
  at: number | null;
}

/** One row of an overview table: a counter, a denying party, or the article itself. */
export interface OverviewRowView {
  key: string;
  kind: 'counter' | 'statement' | 'article';
  /** The row header: who. */
  header: string;
  /** The count as text, "denies" for a party that denies, '' for the article's row. */
  value: string;
  bar: Bar | null;
  /** Period, what exactly is counted, published: one line. */
  detail?: string;
  links?: CardLink[];
  /** A denial's words, or the source's words where it gives no number (the reason for none). */
  quote?: string;
  /** Why a row has no number, when no quote says it. */
  reason?: string;
  marks: OverviewMarkView[];
  /** The counter's other figures (the party's other statements), for a disclosure. */
  others?: { label: string; rows: OverviewRowView[] };
}

export interface OverviewTableView {
  metric: string;
  caption: string;
  rows: OverviewRowView[];
  /** Conflicts the dataset knows of, in words. */
  conflicts: string[];
}

/** The overview in words: who counted what, per metric; denials no table holds. */
export interface OverviewView {
  heading: string;
  columns: [string, string];
  tables: OverviewTableView[];
  denials: OverviewRowView[];
  conflictsHeading: string;
  inArticle: string;
  legend: string;
  /** The date the dataset's figures run to, in words; '' when unknown. */
  upTo: string;
  /** In a card: the index of the claim it is the card of. */
  current?: number;
}

export interface ClaimCard {
  kind: 'casualty' | 'denial';
  /** The claim as the page writes it. */
  text: string;
  /** Where the article misreports its source, in neutral words. */
  note?: { label: string; text: string };
  sections: CardSection[];
  /** Who counted what for the claim's metric. */
  overview?: OverviewView;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const texts = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const list = (v: unknown, item: (x: Record<string, unknown>) => boolean) =>
  Array.isArray(v) && v.every((x) => isObject(x) && item(x));
const links = (v: unknown) =>
  v === undefined || list(v, (l) => typeof l.text === 'string' && typeof l.href === 'string');

const overviewRow = (r: Record<string, unknown>): boolean =>
  typeof r.key === 'string' &&
  typeof r.header === 'string' &&
  typeof r.value === 'string' &&
  links(r.links) &&
  list(r.marks, (m) => typeof m.text === 'string' && typeof m.value === 'string') &&
  (r.others === undefined || (isObject(r.others) && list(r.others.rows, overviewRow)));

/** Whether an overview has the shape the card reads. */
export const isOverview = (v: unknown): v is OverviewView =>
  isObject(v) &&
  typeof v.heading === 'string' &&
  texts(v.columns) &&
  list(
    v.tables,
    (t) => typeof t.caption === 'string' && list(t.rows, overviewRow) && texts(t.conflicts),
  ) &&
  list(v.denials, overviewRow);

/** Whether a reply has the shape of a ClaimCard, as far as the card reads it. */
export function isClaimCard(v: unknown): v is ClaimCard {
  return (
    isObject(v) &&
    (v.overview === undefined || isOverview(v.overview)) &&
    (v.kind === 'casualty' || v.kind === 'denial') &&
    typeof v.text === 'string' &&
    list(
      v.sections,
      (s) =>
        typeof s.heading === 'string' &&
        texts(s.text) &&
        list(s.evidence, (e) => typeof e.quote === 'string' && links(e.links)) &&
        list(s.charts, (c) =>
          list(
            c.rows,
            (r) => typeof r.label === 'string' && typeof r.value === 'string' && links(r.links),
          ),
        ),
    )
  );
}
