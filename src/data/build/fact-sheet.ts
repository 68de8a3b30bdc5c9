import * as z from 'zod/mini';

// A fact sheet is the researchers' machine-readable table (the shared
// research/figures.json, or a story's own figures.json): `null` for unknowns,
// `denials` for the official statements, `about`/`url` for a source's
// description and homepage. It maps field by field onto the dataset; the
// dataset schema then validates every record.

const recordList = z.array(z.record(z.string(), z.unknown()));
export const factSheetSchema = z.object({
  sources: recordList,
  figures: recordList,
  denials: recordList,
});
export type FactSheet = z.infer<typeof factSheetSchema>;

type Row = Record<string, unknown>;

/** The row without its null (unknown) fields, in the order of `fields`. */
function pick(row: Row, fields: Record<string, string>): Row {
  const out: Row = {};
  for (const [to, from] of Object.entries(fields)) {
    if (row[from] !== null && row[from] !== undefined) out[to] = row[from];
  }
  return out;
}

/** "Syrian Network for Human Rights (SNHR)" -> "SNHR"; null without an acronym. */
function acronymIn(name: unknown): string | null {
  const inParens = typeof name === 'string' ? /\(([^)/]+)/.exec(name)?.[1]?.trim() : undefined;
  return inParens && /^[A-Z][A-Za-z]{1,7}$/.test(inParens) && /[A-Z].*[A-Z]/.test(inParens)
    ? inParens
    : null;
}

export interface Converted {
  sources: Row[];
  figures: Row[];
  statements: Row[];
  problems: string[];
}

/**
 * The fact sheet's records in dataset form. A source's short name is the
 * acronym in its name, or the hand-written one from `shortNames`.
 */
export function fromFactSheet(sheet: FactSheet, shortNames: Record<string, string>): Converted {
  const problems: string[] = [];
  const sources = sheet.sources.map((row) => {
    const shortName = shortNames[String(row.id)] ?? acronymIn(row.name);
    if (shortName === null) {
      problems.push(
        `source ${String(row.id)}: shortName: no acronym in its name; add one to sourceShortNames in story.json`,
      );
    }
    return pick(
      { ...row, shortName },
      {
        id: 'id',
        name: 'name',
        shortName: 'shortName',
        kind: 'kind',
        country: 'country',
        description: 'about',
        homepage: 'url',
      },
    );
  });
  const figures = sheet.figures.map((row) => {
    const period = row.period && typeof row.period === 'object' ? (row.period as Row) : {};
    const figure = pick(row, {
      id: 'id',
      source: 'source',
      metric: 'metric',
      metricDetail: 'metricDetail',
      scope: 'scope',
      incident: 'incident',
      value: 'value',
      min: 'min',
      max: 'max',
      approx: 'approx',
      place: 'place',
      period: 'period',
      published: 'published',
      reportedBy: 'reportedBy',
      url: 'url',
      quote: 'quote',
      notes: 'notes',
    });
    if ('period' in figure) figure.period = pick(period, { from: 'from', to: 'to' });
    return figure;
  });
  const statements = sheet.denials.map((row) =>
    pick(
      { ...row, denial: row.kind === 'denial' },
      {
        id: 'id',
        source: 'source',
        speaker: 'speaker',
        date: 'date',
        language: 'lang',
        kind: 'kind',
        denial: 'denial',
        about: 'about',
        quote: 'quote',
        url: 'url',
        reportedBy: 'reportedBy',
      },
    ),
  );
  return { sources, figures, statements, problems };
}
