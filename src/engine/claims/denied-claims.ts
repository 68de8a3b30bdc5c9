// Reported clauses that deny without naming the report's charge with a negation of the act:
// every strike said to have hit terrorists, a civilian toll said to be nil, the report said not to
// have been seen ("the Kremlin has not seen the report", a refusal to engage that counts as denial).
import type { Mention, SentenceView } from './sentence';
import { noInformation } from './no-information';
import { inQuote, isClauseMark, skipFillers, backOverDeterminers } from './sentence';

/** Most tokens between a negation and the verb of seeing it negates ("n'avait pas encore pris"). */
const NEGATION_REACH = 4;
/** Most tokens between the verb of seeing and the report ("read the full report"). */
const REPORT_REACH = 4;

/** "every bomb fell on terrorist positions": every strike said to hit one kind of target restricts
 *  the targets as "only" does. */
export const universalStrikes = (sentence: SentenceView, from: number, to: number): boolean =>
  sentence.lang.universalStrikes.findIn(sentence.toks, from, to) !== null;

/** "the figure is zero", "le bilan civil est nul": a nil amount and a toll or civilians in one clause. */
export function nilToll(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  if (!lexicons.nilWords.findIn(toks, from, to)) return false;
  if (lexicons.tallyNouns.findIn(toks, from, to)) return true;
  for (let k = from; k < to; k++) {
    const head = lexicons.heads.matchAt(toks, k, to)?.data;
    if (head === 'civilians' || head === 'dead') return true;
  }
  return false;
}

/** Where the report's noun that follows a verb at `from` ends ("read the full report"), or null. */
function reportAfter(sentence: SentenceView, from: number, to: number): number | null {
  for (let ahead = from; ahead < Math.min(to, from + REPORT_REACH); ahead++) {
    if (isClauseMark(sentence.toks[ahead])) break;
    const report = sentence.lang.denialTargets.matchAt(sentence.toks, ahead, to);
    if (report) return report.end;
  }
  return null;
}

/** The report said not to have been seen or read in tokens [from, to): where the negation (or the
 *  report's noun, when it comes first) starts and where the report's noun (or the verb) ends. Quote marks inside ("n'a « pas vu »") are skipped. */
function unseenReport(sentence: SentenceView, from: number, to: number): [number, number] | null {
  const { toks, lang: lexicons } = sentence;
  for (let k = from; k < to; k++) {
    // "desconoce el informe", "weiß nichts von dem Bericht": the verb carries its negation.
    const unaware = lexicons.unawareVerbs.matchAt(toks, k, to);
    const known = unaware && reportAfter(sentence, unaware.end, to);
    if (known) return [k, known];
    const seen = lexicons.acquaintanceVerbs.matchAt(toks, k, to);
    if (!seen) continue;
    let negation = -1;
    for (let back = k - 1; back >= Math.max(from, k - NEGATION_REACH); back--)
      if (lexicons.negations.has(toks[back])) negation = back;
    if (negation < 0) continue;
    const report = reportAfter(sentence, seen.end, to);
    if (report) return [negation, report];
    // German puts the verb last: "habe den Bericht noch nicht gelesen".
    for (let back = negation - 1; back >= Math.max(from, negation - REPORT_REACH); back--) {
      if (isClauseMark(toks[back])) break;
      const report = lexicons.denialTargets.matchAt(toks, back, negation);
      if (report) return [back, seen.end];
    }
    // "On ne l'a pas vu", "no lo hemos visto", "we have not seen it": the report as a pronoun, a
    // clitic before the verb or an object after it, closing the clause ("on ne l'a pas vu venir"
    // is no report unseen).
    const closes = (at: number) => {
      const next = skipFillers(sentence, at, to);
      return next >= to || toks[next]!.kind === 'punct' || toks[next]!.kind === 'quote';
    };
    for (let back = negation + 1; back < k; back++)
      if (lexicons.objectPronouns.has(toks[back]) && closes(seen.end)) return [negation, seen.end];
    if (lexicons.objectPronouns.has(toks[seen.end]) && closes(seen.end + 1))
      return [negation, seen.end + 1];
  }
  return null;
}

export const ignoresReport = (sentence: SentenceView, from: number, to: number): boolean =>
  unseenReport(sentence, from, to) !== null;

/** Where a reported clause [from, to) that says the report was not seen ends: at the report's noun
 *  ("had not seen the report", not "... and referred questions to the ministry"); `to` otherwise. */
export function unseenReportEnd(sentence: SentenceView, from: number, to: number): number {
  const unseen = unseenReport(sentence, from, to);
  return unseen && !sentence.lang.negations.findIn(sentence.toks, from, unseen[0]) ? unseen[1] : to;
}

/**
 * "le Kremlin n'a « pas vu » le rapport", "the Kremlin has not read the report", "il Cremlino non ha
 * informazioni sull'attendibilità dei dati": a denier, subject of its own clause, said not to have
 * seen the report or to know nothing of the charge, with no verb of saying (those are read as
 * reported clauses). The span runs from the subject through the report's noun or the charge.
 */
export function unseenReportClauses(
  sentence: SentenceView,
  mentions: readonly Mention[],
): { start: number; end: number; source: string }[] {
  const { toks, story } = sentence;
  const out: { start: number; end: number; source: string }[] = [];
  for (const subject of mentions) {
    if (subject.inQuote || subject.kind === 'pronoun' || !story.deniers.has(subject.source))
      continue;
    let to = subject.end;
    while (to < sentence.end && to - subject.end < 16 && !isClauseMark(toks[to])) {
      if (!inQuote(sentence, to) && toks[to]!.folded === '.') break;
      to++;
    }
    const unseen =
      unseenReport(sentence, subject.end, Math.min(to, subject.end + 12)) ??
      noInformation(sentence, subject.end, to);
    // The negation follows the subject, its auxiliaries only between ("le Kremlin n'a pas vu"; not
    // "el Kremlin dice que no ha leído", a reported clause).
    if (!unseen || skipFillers(sentence, subject.end) < unseen[0]) continue;
    const start = backOverDeterminers(sentence, subject.start);
    out.push({ start, end: unseen[1], source: subject.source });
  }
  return out;
}
