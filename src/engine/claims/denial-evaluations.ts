// "The report is biased and contains ungrounded claims, he added", "Es enthalte keinerlei Belege",
// "Le accuse sarebbero « prive di fondamento ». Lo ha affermato Konashenkov": what a denier says
// the report, data or accusations are, with no verb of saying in the clause. The claim is the
// predicate (the verb and what it calls the report); its speaker is the one named after a comma,
// the sentence's speaker, the last speaker when the verb's mood reports speech, or else the one the
// next sentence names.
import { isCitedExample } from './cited-examples';
import { lacksEvidence } from './missing-evidence';
import type { DenialHit } from './denials';
import { inQuote, isClauseMark, type Discourse, type Mention, type SentenceView } from './sentence';

export interface Evaluation {
  start: number;
  end: number;
  /** Who says it, when the sentence or the discourse tells. */
  source?: string;
}

/** Most tokens from the report noun to its verb ("I dati riportati da Amnesty sui 200 morti"). */
const SUBJECT_REACH = 24;
const MAX_PREDICATE = 25;
/** Most tokens of a subject the claim's span starts with. */
const SHORT_SUBJECT = 6;
/** Tokens after the comma where a postposed speaker and its verb stand. */
const TAIL_REACH = 6;
const TRAILING = new Set(['.', ';', ':', '!', '?', '…']);

interface Subject {
  kind: 'report' | 'pronoun';
  /** Where the subject starts, article included. */
  start: number;
}

/** The subject of the verb at `verb` when it is the report or what it holds (a noun with its
 *  article, "the document", "le accuse") or a subject pronoun opening the clause ("er", "it"). */
function subjectOf(v: SentenceView, mentions: readonly Mention[], verb: number): Subject | null {
  const { toks, lang: L } = v;
  const pronoun = (at: number): Subject | null =>
    L.pronouns.has(toks[at]) && at + 1 === verb ? { kind: 'pronoun', start: at } : null;
  for (let k = verb - 1; k >= Math.max(v.start, verb - SUBJECT_REACH); k--) {
    if (inQuote(v, k)) continue;
    const t = toks[k]!;
    if (isClauseMark(t) || TRAILING.has(t.f) || L.complementisers.has(t)) return pronoun(k + 1);
    const noun = L.denialTargets.matchAt(toks, k, verb);
    const report =
      (noun && (L.determiners.has(toks[k - 1]) || k === v.start)) ||
      mentions.some((m) => m.start === k && m.generic === 'report');
    if (!report) continue;
    let start = k;
    while (start > v.start && L.determiners.has(toks[start - 1])) start--;
    return { kind: 'report', start };
  }
  return pronoun(v.start);
}

/** A quotation of at most this many words is a label, read with the verb that applies it. */
const LABEL_WORDS = 3;

function wordsIn(v: SentenceView, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (v.toks[k]!.k === 'word') n++;
  return n;
}

function hasFigure(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.toks[k]!.k === 'num' || inQuote(v, k)) return true;
  return false;
}

/** End of the predicate from `from`: the clause, quotations included, up to a comma or a stop. */
function predicateEnd(v: SentenceView, from: number): number {
  let k = from;
  while (k < v.end && k - from < MAX_PREDICATE) {
    const q = v.quotes.find((x) => x.open === k);
    if (q) {
      if (q.close >= v.end) break;
      k = q.close + 1;
      continue;
    }
    const t = v.toks[k]!;
    if (isClauseMark(t) || TRAILING.has(t.f)) break;
    k++;
  }
  return k;
}

/** ", he added", ", sagte Konaschenkow", ", declaró el portavoz": the speaker after the clause. */
function postposedSpeaker(
  v: SentenceView,
  mentions: readonly Mention[],
  comma: number,
): Mention | undefined {
  const { toks, lang: L } = v;
  if (toks[comma]?.f !== ',') return undefined;
  const limit = Math.min(v.end, comma + 1 + TAIL_REACH);
  const said =
    L.speech.findIn(toks, comma + 1, limit) ?? L.assertVerbs.findIn(toks, comma + 1, limit);
  if (!said) return undefined;
  return mentions.find((m) => !m.inQuote && m.start > comma && m.start <= said.end + 4);
}

/** Whether [a, b) dismisses, leaving out the report's own words quoted as examples. */
function dismissesReport(v: SentenceView, a: number, b: number): boolean {
  const cited = v.quotes.filter((q) => q.open >= a && q.close < b && isCitedExample(v, q));
  let from = a;
  for (const q of [...cited, { open: b, close: b }]) {
    const to = q.open;
    if (to > from && (v.lang.dismissive.findIn(v.toks, from, to) || lacksEvidence(v, from, to)))
      return true;
    from = q.close + 1;
  }
  return false;
}

/** The evaluations of the report in a sentence, with their speaker when it is known. */
export function evaluations(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
): Evaluation[] {
  const { toks, lang: L } = v;
  const out: Evaluation[] = [];
  // Most sentences dismiss nothing: one pass over them is all they cost.
  if (!dismissesReport(v, v.start, v.end)) return out;
  for (let i = v.start; i < v.end; i++) {
    if (inQuote(v, i)) continue;
    const reportedVerb = L.reportedEvaluations.matchAt(toks, i, v.end);
    const verb = reportedVerb ?? L.evaluations.matchAt(toks, i, v.end);
    const subject = verb && subjectOf(v, mentions, i);
    if (!verb || !subject) continue;
    const end = predicateEnd(v, verb.end);
    // "enthalte « nichts Neues, nur Fälschungen »": a quotation that is the whole predicate is read
    // as a quote, unless it is a short label ("sarebbero « inventati »").
    const whole = v.quotes.find((q) => q.open === verb.end && q.close + 1 >= end);
    if (whole && wordsIn(v, whole.open + 1, whole.close) > LABEL_WORDS) continue;
    // "no tiene", "ne reposerait", "non sarebbe": the negation is part of the predicate.
    let start = i;
    while (
      start > v.start &&
      (L.negations.has(toks[start - 1]) || L.objectPronouns.has(toks[start - 1]))
    )
      start--;
    if (end <= verb.end || !dismissesReport(v, start, end)) continue;
    const tail = postposedSpeaker(v, mentions, end);
    // "It contains no facts": a pronoun stands for the report in reported speech only.
    if (subject.kind === 'pronoun' && !tail && !reportedVerb) continue;
    // A short subject is part of the claim ("der Bericht sei unseriös"); a long one is not.
    if (i - subject.start <= SHORT_SUBJECT && !hasFigure(v, subject.start, i))
      start = subject.start;
    const speaking = mentions.filter((m) => !m.inQuote && m.attributive && !m.relayed);
    let source: string | undefined;
    if (tail) source = tail.source;
    else if (speaking.length) source = speaking.at(-1)!.source;
    else if (reportedVerb && d.lastSpeaker && v.story.deniers.has(d.lastSpeaker))
      source = d.lastSpeaker;
    out.push(source ? { start, end, source } : { start, end });
    i = end - 1;
  }
  return out;
}

/** Evaluations by the story's deniers, as denials of the sentence. */
export function evaluationDenials(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
): DenialHit[] {
  return evaluations(v, mentions, d).flatMap((e) =>
    e.source && v.story.deniers.has(e.source)
      ? [{ start: e.start, end: e.end, source: e.source, priority: 2 }]
      : [],
  );
}

/** Evaluations of a sentence that names no speaker, for the next sentence to attribute. */
export function unclaimedEvaluations(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
): [number, number][] {
  if (mentions.some((m) => !m.inQuote && m.attributive)) return [];
  return evaluations(v, mentions, d).flatMap((e) =>
    e.source === undefined ? [[e.start, e.end] as [number, number]] : [],
  );
}
