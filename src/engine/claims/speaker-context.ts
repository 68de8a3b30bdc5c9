// Who a sentence with no subject of its own goes on about. "Russia began its air campaign on 30
// September. It has repeatedly denied targeting civilians": the pronoun (or, in Spanish, Italian and
// Portuguese, the verb with no subject at all) continues the subject of the sentence before, even
// when that sentence said nothing and the last source to speak was the accuser.
import {
  backOverDeterminers,
  isClauseMark,
  pastDeterminers,
  skipFillers,
  type Discourse,
  type Mention,
  type SentenceView,
} from './sentence';

/** The source that a sentence's main clause has as its subject. */
export interface SentenceSubject {
  source: string;
  /** A person ("Konashenkov", "the spokesman"): "he" can stand for it, not for "the ministry". */
  person: boolean;
}

/** Whether the mention opens the sentence or its first clause after an opening phrase ("On
 *  Wednesday, Moscow..."), its article and adjectives aside. */
function opensClause(sentence: SentenceView, mention: Mention): boolean {
  const first = backOverDeterminers(sentence, mention.start);
  return first === sentence.start || sentence.toks[first - 1]!.folded === ',';
}

/**
 * The subject of the sentence's main clause when it names a source: the first source named outside
 * quotes, opening a clause, not a possessive ("Russia's jets" is not Russia). None when someone else
 * is presented as speaking in the sentence ("Russia began bombing in September, Amnesty says").
 */
export function sentenceSubject(
  sentence: SentenceView,
  mentions: readonly Mention[],
): SentenceSubject | undefined {
  const { toks, story } = sentence;
  const outside = mentions.filter((m) => !m.inQuote && m.source !== 'unknown');
  const first = outside[0];
  if (!first || !opensClause(sentence, first) || toks[first.end]?.folded === "'s") return undefined;
  if (outside.some((m) => m.attributive && m.source !== first.source)) return undefined;
  const person =
    first.generic === 'spokesman' ||
    story.people.matchAt(toks, first.start, first.end)?.end === first.end;
  return { source: first.source, person };
}

/** The previous sentence's subject, when it may take over from the last speaker: a denier who
 *  spoke last keeps the floor (measured: switching between deniers cost sources). */
export function previousSubject(
  sentence: SentenceView,
  discourse: Discourse,
): SentenceSubject | undefined {
  const speaker = discourse.lastSpeaker;
  return speaker && sentence.story.deniers.has(speaker) ? undefined : discourse.subject;
}

/** Who a subject pronoun at `at` stands for: the previous sentence's subject, if the pronoun can
 *  stand for it ("he" is a person), else the last speaker. */
export function pronounReferent(
  sentence: SentenceView,
  at: number,
  discourse: Discourse,
): string | undefined {
  const subject = previousSubject(sentence, discourse);
  const personal = sentence.lang.personPronouns.has(sentence.toks[at]);
  if (subject && (subject.person || !personal)) return subject.source;
  return discourse.lastSpeaker;
}

/** Whether the sentence ends on an attribution to `speaker` after the comma at `comma`: "...,
 *  según Moscú", "..., secondo il Cremlino", "..., so das Ministerium". */
export function closingAttribution(
  sentence: SentenceView,
  comma: number,
  speaker: Mention,
): boolean {
  const { toks, lang: lexicons } = sentence;
  const according = lexicons.attributionBefore.matchAt(toks, skipFillers(sentence, comma + 1));
  if (!according) return false;
  const named = pastDeterminers(sentence, according.end);
  if (speaker.start !== named) return false;
  // Nothing but the speaker's own complement ("in Moskau") before the sentence ends.
  for (let k = speaker.end; k < sentence.end; k++) if (isClauseMark(toks[k])) return false;
  return true;
}
