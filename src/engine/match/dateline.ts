// The publication date a page shows in its text ("Publié le 30/09/2016",
// "3 March 2016 | 14:02", "Stand: 03.03.2016", an agency's "Beirute, 23 dez (Lusa) –"),
// for pages whose metadata has none. Read near the top of the article only: the body's
// dates are events.

/** Month names and their usual abbreviations in the six languages read, folded (no accents). */
const MONTHS: Record<string, number> = Object.create(null) as Record<string, number>;
[
  ['janvier janv january jan gennaio gen enero ene janeiro januar jaenner', 1],
  ['fevrier fevr fev february feb febbraio febrero feb fevereiro februar', 2],
  ['mars march mar marzo marco maerz marz', 3],
  ['avril avr april apr aprile abril', 4],
  ['mai may maggio mayo maio', 5],
  ['juin june jun giugno junio junho juni', 6],
  ['juillet juil july jul luglio julio julho juli', 7],
  ['aout august aug agosto', 8],
  ['septembre sept september sep settembre septiembre setiembre setembro set', 9],
  ['octobre oct october ottobre ott octubre outubro out oktober okt', 10],
  ['novembre nov november noviembre novembro', 11],
  ['decembre dec december dicembre dic diciembre dezembro dez dezember', 12],
].forEach(([names, month]) => {
  for (const name of (names as string).split(' ')) MONTHS[name] = month as number;
});

/** The month (1-12) a word names in one of the six languages, full or abbreviated, or undefined. */
export const monthOf = (word: string): number | undefined => MONTHS[fold(word)];

/** Words that introduce a page's own first date ("updated" would be a later one). */
const PUBLISHED_CUE =
  /(?:^|[^\p{L}])(?:publi[eé]e?s?|mis en ligne|published|posted|pubblicat[oa]|publicad[oa]|ver[öo]ffentlicht|stand)[^\p{L}\d]{0,3}(?:\p{L}+[^\p{L}\d]{1,3}){0,2}$/iu;

/** How far into the article (and before it) a dateline is looked for, in characters. */
export const DATELINE_REACH = 800;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// ASCII has no accents to strip: the claims finders ask monthOf of every word, mostly ASCII.
// eslint-disable-next-line no-control-regex -- plain ASCII
const ASCII = /^[\x00-\x7f]*$/;
const fold = (s: string) =>
  (ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();

// 2016-03-03 · 03/03/2016 · 3.3.2016 · 3 March 2016 · 3. März 2016 · 3 de março de 2016 ·
// March 3, 2016 · Mar. 3 2016
const DATE =
  /\b(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.](\d{1,2})[/.](\d{4})|(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})|(\p{L}{3,10})\.?\s+(\d{1,2}),?\s+(\d{4}))\b/gu;

interface Found {
  date: string;
  at: number;
}

function datesIn(text: string): Found[] {
  const out: Found[] = [];
  for (const match of text.matchAll(DATE)) {
    let date: string | null = null;
    if (match[1]) date = iso(+match[1], +match[2]!, +match[3]!);
    else if (match[4]) {
      // Day first, as in every language read here, unless the day cannot be a month's.
      const [first, second] = [+match[4], +match[5]!];
      date =
        second > 12 && first <= 12
          ? iso(+match[6]!, first, second)
          : iso(+match[6]!, second, first);
    } else if (match[7]) {
      const month = MONTHS[fold(match[8]!)];
      if (month) date = iso(+match[9]!, month, +match[7]);
    } else {
      const month = MONTHS[fold(match[10]!)];
      if (month) date = iso(+match[12]!, month, +match[11]!);
    }
    if (date) out.push({ date, at: match.index });
  }
  return out;
}

// An agency dateline opening a dispatch: place, day and month (year rare), the agency in
// brackets and a dash. "Beirute, 23 dez (Lusa) –" · "BEIRUT, Dec 23 (Reuters) -" ·
// "Moscou, 23 déc. 2015 (AFP) -" · "(ANSA) - MOSCA, 23 DIC -" · "Moscú, 23 dic (EFE).-".
// One with no date ("Berlin (dpa) -") says nothing.
const AGENCY = String.raw`\(\p{L}[\p{L}.\- ]{1,25}\)`;
const AGENCY_DATELINE = new RegExp(
  String.raw`^\s*(?:${AGENCY}\s*[-–—]\s*)?\p{Lu}[\p{L}'’. -]{1,30},\s+` +
    String.raw`(?:(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?|(\p{L}{3,10})\.?\s+(\d{1,2}))` +
    String.raw`(?:,?\s+(\d{4}))?\s*(${AGENCY})?\s*\.?\s*[-–—]`,
  'u',
);

/** The date of an agency dateline at the start of a line: YYYY-MM-DD, or --MM-DD when it gives
 *  no year (ISO 8601's form for a day of a year left unsaid); null when there is none. */
function agencyDateline(line: string): string | null {
  const m = AGENCY_DATELINE.exec(line);
  if (!m) return null;
  // Without the agency's brackets, only a line that opens with them ("(ANSA) - MOSCA, 23 DIC -").
  if (m[6] === undefined && !line.trimStart().startsWith('(')) return null;
  const month = monthOf(m[2] ?? m[3]!);
  const day = +(m[1] ?? m[4]!);
  if (month === undefined) return null;
  if (m[5] !== undefined) return iso(+m[5], month, day);
  return iso(2000, month, day)?.replace(/^2000/, '-') ?? null;
}

/** Longest line that is a byline or a date line rather than prose (a caption, a sentence). */
const BYLINE_CHARS = 100;

/** Fewest short lines in a row, each with a date, that are a list of other items (recent posts,
 *  an archive, related stories): their dates are theirs, not the page's. A byline and its update
 *  are two, apart from such a list by a headline or a lead (a dated lead is prose, not an item). */
const LIST_LINES = 3;

/** The lines that are not in such a list. */
function outsideDatedLists(lines: readonly string[]): string[] {
  const dated = lines.map((line) => line.trim().length <= BYLINE_CHARS && datesIn(line).length > 0);
  const listed = dated.map(() => false);
  for (let k = 0; k < lines.length;) {
    let end = k;
    while (end < lines.length && dated[end]) end++;
    if (end - k >= LIST_LINES) listed.fill(true, k, end);
    k = Math.max(end, k + 1);
  }
  return lines.filter((_, k) => !listed[k]);
}

/**
 * The date (YYYY-MM-DD) that lines near the top of an article show as its publication date: the
 * first date introduced by "published", "posted"... in any of them, else the first full date of a
 * short line by itself (a byline or date line), else the date of an agency dateline opening a
 * line (--MM-DD when it has no year). Dates inside prose and captions are events, and those of a
 * list of dated lines are other items'.
 */
export function datelineIn(all: readonly string[]): string | null {
  const lines = outsideDatedLists(all);
  for (const line of lines) {
    const cued = datesIn(line).find((f) =>
      PUBLISHED_CUE.test(line.slice(Math.max(0, f.at - 40), f.at)),
    );
    if (cued) return cued.date;
  }
  for (const line of lines) {
    if (line.trim().length > BYLINE_CHARS) continue;
    const first = datesIn(line)[0];
    if (first) return first.date;
  }
  for (const line of lines) {
    const date = agencyDateline(line);
    if (date) return date;
  }
  return null;
}
