// "Le démenti russe", "Das Dementi des Ministeriums", "The Kremlin's denial", "Moscou choisit le
// déni": a noun of denial is a claim when the denier owns it (after it, before it with "'s", as its
// adjective) or is the subject of its clause.
import type { DenialHit } from './denials';
import {
  backOverDeterminers,
  inQuote,
  isClauseMark,
  type Mention,
  type SentenceView,
} from './sentence';

/** Tokens between a subject and its denial noun ("choisit le", "issued a"). */
const SUBJECT_GAP = 3;

function owner(
  sentence: SentenceView,
  mentions: readonly Mention[],
  start: number,
  end: number,
): { mention: Mention | null; source: string; from: number; to: number } | null {
  const { toks, lang: lexicons, story } = sentence;
  const denier = (m: Mention) => !m.inQuote && story.deniers.has(m.source);
  // "le démenti russe", "das russische Dementi", "the Russian denial".
  const adjAfter = story.adjectives.matchAt(toks, end, sentence.end);
  if (adjAfter && story.deniers.has(adjAfter.data))
    return { mention: null, source: adjAfter.data, from: start, to: adjAfter.end };
  const adjBefore = story.adjectives.matchEndingAt(toks, start, sentence.start, 2);
  if (adjBefore && story.deniers.has(adjBefore.data))
    return { mention: null, source: adjBefore.data, from: adjBefore.start, to: end };
  // "das Dementi des Ministeriums", "la smentita di Mosca", "the denial by Moscow".
  let k = end;
  while (
    k < sentence.end &&
    (lexicons.prepositions.has(toks[k]) ||
      lexicons.countLinks.has(toks[k]) ||
      lexicons.determiners.has(toks[k]))
  )
    k++;
  const after = k > end ? mentions.find((m) => m.start === k && denier(m)) : undefined;
  if (after) return { mention: after, source: after.source, from: start, to: after.end };
  // "the Kremlin's denial".
  const possessor = mentions.find(
    (m) => denier(m) && toks[m.end]?.folded === "'s" && m.end + 1 === start,
  );
  if (possessor)
    return { mention: possessor, source: possessor.source, from: possessor.start, to: end };
  // "Moscou choisit le déni": the denier is the subject, a verb and an article away.
  const subject = mentions.find(
    (m) => denier(m) && m.end < start && start - m.end <= SUBJECT_GAP && m.kind !== 'pronoun',
  );
  if (subject) {
    for (let j = subject.end; j < start; j++)
      if (isClauseMark(toks[j]) || lexicons.prepositions.has(toks[j]) || toks[j]!.kind !== 'word')
        return null;
    return { mention: subject, source: subject.source, from: subject.start, to: end };
  }
  return null;
}

/** Denial nouns owned by a denier, with their article and owner. */
export function denialNouns(sentence: SentenceView, mentions: readonly Mention[]): DenialHit[] {
  const { toks, lang: lexicons } = sentence;
  const out: DenialHit[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    if (inQuote(sentence, i)) continue;
    const noun = lexicons.denialNouns.matchAt(toks, i, sentence.end);
    if (!noun) continue;
    // A noun, not a participle ("a été démenti"): an article or a possessive stands before it.
    const start = backOverDeterminers(sentence, noun.start);
    const ownerName = owner(sentence, mentions, start, noun.end);
    // A noun, not a participle ("a déjà démentis"): an article or a possessive stands before it or
    // before the adjective that names its owner ("das russische Dementi").
    const head = ownerName && ownerName.mention === null ? Math.min(ownerName.from, start) : start;
    const article =
      lexicons.determiners.has(toks[head - 1]) ||
      start < noun.start ||
      toks[noun.start - 1]?.folded === "'s";
    if (!ownerName || !article) continue;
    out.push({
      start: Math.min(ownerName.from, start),
      end: Math.max(ownerName.to, noun.end),
      source: ownerName.source,
      priority: 4,
    });
    i = noun.end - 1;
  }
  return out;
}
