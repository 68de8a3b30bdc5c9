// "Amnesty rebukes Moscow's claims that it kills no civilians", "las afirmaciones de Moscú de
// que no ataca a civiles": a claim noun owned by a denier, with its content clause, reports the
// denier's words as a noun phrase; the clause is the denial, whoever reports it (and refutes it).
// The accusers' claims ("Amnesty's claims that...") are no denial: the owner must be a denier.
import type { Mention, SentenceView } from './sentence';

/** The clause a denier's claim noun at `at` opens, and the denier; null when none does. */
export function ownedClaimClause(
  sentence: SentenceView,
  mentions: readonly Mention[],
  at: number,
): { from: number; source: string } | null {
  const { toks, lang: lexicons, story } = sentence;
  const noun = lexicons.claimNouns.matchAt(toks, at, sentence.end);
  if (!noun) return null;
  const free = (m: Mention) => !m.inQuote && m.kind !== 'pronoun' && story.deniers.has(m.source);
  // "Russia's claims", "Russian claims" before the noun; "claims by Moscow", "les affirmations de
  // la Russie", "le affermazioni russe" after it.
  const genitive = toks[at - 1]?.folded === "'s" ? at - 1 : at;
  const before = mentions.find((m) => free(m) && m.end === genitive);
  let after = noun.end;
  if (lexicons.prepositions.has(toks[after])) after++;
  const behind = before
    ? undefined
    : mentions.find((m) => free(m) && m.start >= after - 1 && m.start <= after + 1);
  const owner = before ?? behind;
  if (!owner) return null;
  let open = behind ? behind.end : noun.end;
  // "de que", "that", "selon lesquelles", "secondo cui", ", dass".
  if (toks[open]?.folded === ',') open++;
  if (lexicons.prepositions.has(toks[open])) open++;
  const opener =
    lexicons.complementisers.matchAt(toks, open, sentence.end) ??
    lexicons.relativeAttribution.matchAt(toks, open, sentence.end);
  return opener ? { from: opener.end, source: owner.source } : null;
}
