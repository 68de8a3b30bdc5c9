// "Des centaines de civils tués ? Faux selon la Russie", "…? False, says Moscow", "…? Falso, según
// Moscú", "…? Haltlos, sagt Moskau": a headline's verdict on the question it answers, with its
// speaker after it, and nothing else in the sentence. The verdict and its attribution are the
// claim; the same words credited to an accuser ("Faux, selon Amnesty") deny nothing of the story.
import type { DenialHit } from './denials';
import { dismissiveIn } from './dismissive-words';
import type { Mention, SentenceView } from './sentence';
import { pastDeterminers } from './sentence';

/** Most tokens of the verdict before its attribution ("Faux", "Pure fiction", "Sin fundamento"). */
const VERDICT_TOKENS = 4;
const TRAILING = new Set(['.', '!', '…']);

/** Where the attribution at `at` names its speaker: after "selon" or a verb of saying, and articles. */
function attributedFrom(sentence: SentenceView, at: number): number | null {
  const { toks, lang: lexicons } = sentence;
  const tag = lexicons.attributionBefore.matchAt(toks, at) ?? lexicons.speech.matchAt(toks, at);
  if (!tag) return null;
  const named = pastDeterminers(sentence, tag.end);
  return named;
}

/** The verdict headline of the sentence, when it is one and its speaker denies in the story. */
export function verdictHeadline(
  sentence: SentenceView,
  mentions: readonly Mention[],
): DenialHit | null {
  const { toks, start } = sentence;
  // The verdict answers the headline's question; "Der Bericht sei irreführend, sagte X" is a clause.
  if (toks[start - 1]?.folded !== '?') return null;
  let end = sentence.end;
  while (end > start && TRAILING.has(toks[end - 1]!.folded)) end--;
  const speaker = mentions.at(-1);
  if (!speaker || speaker.inQuote || speaker.end !== end) return null;
  if (!sentence.story.deniers.has(speaker.source)) return null;
  for (let at = start + 1; at <= Math.min(start + VERDICT_TOKENS, speaker.start - 1); at++) {
    const comma = toks[at]!.folded === ',';
    if (attributedFrom(sentence, comma ? at + 1 : at) !== speaker.start) continue;
    return dismissiveIn(sentence, start, at)
      ? { start, end, source: speaker.source, priority: 2 }
      : null;
  }
  return null;
}
