// "The report is biased and contains ungrounded claims, he added", "Es enthalte keinerlei Belege",
// "Le accuse sarebbero « prive di fondamento ». Lo ha affermato Konashenkov": what a denier says
// the report, data or accusations are, with no verb of saying in the clause. The claim is the
// predicate (the verb and what it calls the report); its speaker is the one named after a comma,
// the sentence's speaker, the last speaker when the verb's mood reports speech, or else the one the
// next sentence names.
import { chargesDenier } from './charged-deniers';
import { isCitedExample } from './cited-examples';
import { dismissiveIn } from './dismissive-words';
import { opensSecondPredicate } from './second-predicate';
import { besideSubject, describes } from './subject-clauses';
import { unnamedTagSpeaker } from './unnamed-tag';
import type { DenialHit } from './denials';
import {
  backOverDeterminers,
  inQuote,
  isClauseMark,
  wordsIn,
  type Discourse,
  type Mention,
  type SentenceView,
} from './sentence';

export interface Evaluation {
  start: number;
  end: number;
  /** Who says it, when the sentence or the discourse tells. */
  source?: string;
}

/** Most tokens from the report noun to its verb ("I dati riportati da Amnesty sui 200 morti"), a
 *  relative clause about it included ("A report that said the raids ... have killed is biased"). */
const SUBJECT_REACH = 40;
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
  /** A clause about the subject stands between it and the verb: the subject is no part of the claim. */
  described?: boolean;
}

/** The subject of the verb at `verb` when it is the report or what it holds (a noun with its
 *  article, "the document", "le accuse") or a subject pronoun opening the clause ("er", "it"). */
function subjectOf(
  sentence: SentenceView,
  mentions: readonly Mention[],
  verb: number,
): Subject | null {
  const { toks, lang: lexicons } = sentence;
  const pronoun = (at: number): Subject | null =>
    lexicons.pronouns.has(toks[at]) && at + 1 === verb ? { kind: 'pronoun', start: at } : null;
  // Where a relative clause or an aside about the subject was stepped over, reading back.
  let clause = -1;
  for (let k = verb - 1; k >= Math.max(sentence.start, verb - SUBJECT_REACH); k--) {
    if (inQuote(sentence, k)) continue;
    const token = toks[k]!;
    if (isClauseMark(token) || TRAILING.has(token.folded) || lexicons.complementisers.has(token)) {
      const subject = pronoun(k + 1);
      const before = subject || TRAILING.has(token.folded) ? null : besideSubject(sentence, k);
      if (before === null) return subject;
      clause = k;
      k = before + 1;
      continue;
    }
    const noun =
      lexicons.denialTargets.matchAt(toks, k, verb) ?? lexicons.contentNouns.matchAt(toks, k, verb);
    const named = mentions.find((m) => m.start === k && m.generic === 'report');
    const report =
      (noun && (lexicons.determiners.has(toks[k - 1]) || k === sentence.start)) || named;
    if (!report) continue;
    if (clause >= 0 && !describes(sentence, (noun ?? named)!.end, clause)) return null;
    const start = backOverDeterminers(sentence, k);
    return clause >= 0 ? { kind: 'report', start, described: true } : { kind: 'report', start };
  }
  return pronoun(sentence.start);
}

/** A quotation of at most this many words is a label, read with the verb that applies it. */
const LABEL_WORDS = 3;

function hasFigure(sentence: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (sentence.toks[k]!.kind === 'num' || inQuote(sentence, k)) return true;
  return false;
}

/** End of the predicate from `from`: the clause, quotations included, up to a comma or a stop. */
function predicateEnd(sentence: SentenceView, from: number): number {
  let k = from;
  while (k < sentence.end && k - from < MAX_PREDICATE) {
    const quote = sentence.quotes.find((x) => x.open === k);
    if (quote) {
      if (quote.close >= sentence.end) break;
      k = quote.close + 1;
      continue;
    }
    const token = sentence.toks[k]!;
    if (isClauseMark(token) || TRAILING.has(token.folded)) break;
    // "contiene « mentiras » y exigió a Amnistía...": the speaker's next act is a claim of its own.
    if (k > from && opensSecondPredicate(sentence, k)) break;
    k++;
  }
  return k;
}

/** ", he added", ", sagte Konaschenkow", ", declaró el portavoz": the speaker after the clause. */
function postposedSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  comma: number,
): Mention | undefined {
  const { toks, lang: lexicons } = sentence;
  if (toks[comma]?.folded !== ',') return undefined;
  const limit = Math.min(sentence.end, comma + 1 + TAIL_REACH);
  const said =
    lexicons.speech.findIn(toks, comma + 1, limit) ??
    lexicons.assertVerbs.findIn(toks, comma + 1, limit);
  if (!said) return undefined;
  return mentions.find((m) => !m.inQuote && m.start > comma && m.start <= said.end + 4);
}

/** Whether [start, end) dismisses, leaving out the report's own words quoted as examples. */
function dismissesReport(sentence: SentenceView, start: number, end: number): boolean {
  const cited = sentence.quotes.filter(
    (q) => q.open >= start && q.close < end && isCitedExample(sentence, q),
  );
  let from = start;
  for (const quote of [...cited, { open: end, close: end }]) {
    const to = quote.open;
    if (to > from && dismissiveIn(sentence, from, to)) return true;
    from = quote.close + 1;
  }
  return false;
}

/** Whether a later verb in [from, to) carries the dismissal that none of the words before it holds:
 *  in "A report that said the raids may amount to war crimes ... is biased", "amount" belongs to a
 *  clause about the subject, and the claim is the clause of "is". */
function dismissedLater(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let j = from; j < to; j++) {
    if (inQuote(sentence, j)) continue;
    const verb =
      lexicons.reportedEvaluations.matchAt(toks, j, to) ??
      lexicons.evaluations.matchAt(toks, j, to);
    if (verb) return !dismissesReport(sentence, from, j) && dismissesReport(sentence, j, to);
  }
  return false;
}

/** The evaluations of the report in a sentence, with their speaker when it is known. */
export function evaluations(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): Evaluation[] {
  const { toks, lang: lexicons } = sentence;
  const out: Evaluation[] = [];
  // Most sentences dismiss nothing: one pass over them is all they cost.
  if (!dismissesReport(sentence, sentence.start, sentence.end)) return out;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (inQuote(sentence, i)) continue;
    const reportedVerb = lexicons.reportedEvaluations.matchAt(toks, i, sentence.end);
    const verb = reportedVerb ?? lexicons.evaluations.matchAt(toks, i, sentence.end);
    const subject = verb && subjectOf(sentence, mentions, i);
    if (!verb || !subject) continue;
    const end = predicateEnd(sentence, verb.end);
    // "enthalte « nichts Neues, nur Fälschungen »": a quotation that is the whole predicate is read
    // as a quote, unless it is a short label ("sarebbero « inventati »").
    const whole = sentence.quotes.find((q) => q.open === verb.end && q.close + 1 >= end);
    if (whole && wordsIn(sentence, whole.open + 1, whole.close) > LABEL_WORDS) continue;
    // "no tiene", "ne reposerait", "non sarebbe": the negation is part of the predicate.
    let start = i;
    while (
      start > sentence.start &&
      (lexicons.negations.has(toks[start - 1]) || lexicons.objectPronouns.has(toks[start - 1]))
    )
      start--;
    if (end <= verb.end || !dismissesReport(sentence, start, end)) continue;
    if (dismissedLater(sentence, verb.end, end)) continue;
    if (chargesDenier(sentence, mentions, start, end)) continue;
    const tail = postposedSpeaker(sentence, mentions, end);
    const tagged = tail ? undefined : unnamedTagSpeaker(sentence, mentions, end, discourse);
    // "It contains no facts": a pronoun stands for the report in reported speech only.
    if (subject.kind === 'pronoun' && !tail && !tagged && !reportedVerb) continue;
    // A short subject is part of the claim ("der Bericht sei unseriös"); a long one is not.
    if (
      !subject.described &&
      i - subject.start <= SHORT_SUBJECT &&
      !hasFigure(sentence, subject.start, i)
    )
      start = subject.start;
    const speaking = mentions.filter((m) => !m.inQuote && m.attributive && !m.relayed);
    let source: string | undefined;
    if (tail) source = tail.source;
    else if (tagged) source = tagged;
    else if (speaking.length) source = speaking.at(-1)!.source;
    else if (
      reportedVerb &&
      discourse.lastSpeaker &&
      sentence.story.deniers.has(discourse.lastSpeaker)
    )
      source = discourse.lastSpeaker;
    out.push(source ? { start, end, source } : { start, end });
    i = end - 1;
  }
  return out;
}

/** Evaluations by the story's deniers, as denials of the sentence. */
export function evaluationDenials(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): DenialHit[] {
  return evaluations(sentence, mentions, discourse).flatMap((evaluation) =>
    evaluation.source && sentence.story.deniers.has(evaluation.source)
      ? [{ start: evaluation.start, end: evaluation.end, source: evaluation.source, priority: 2 }]
      : [],
  );
}

/** Evaluations of a sentence that names no speaker, for the next sentence to attribute. */
export function unclaimedEvaluations(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): [number, number][] {
  if (mentions.some((m) => !m.inQuote && m.attributive)) return [];
  return evaluations(sentence, mentions, discourse).flatMap((evaluation) =>
    evaluation.source === undefined ? [[evaluation.start, evaluation.end] as [number, number]] : [],
  );
}
