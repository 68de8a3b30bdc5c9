// "The ministry released satellite pictures of a mosque said to be unharmed", "a diffusé des images
// montrant une mosquée intacte": a denier who shows pictures or records of the places said to be hit,
// unharmed or hit only where it says, denies by counter-evidence. The claim is the showing and what
// it shows.
import type { Match } from './lexicon';
import { namesAct } from './denied-acts';
import { isClauseMark, mentionsCivilians, skipFillers, type SentenceView } from './sentence';

/** Most tokens from the verb to the evidence it shows ("released new aerial photographs"). */
const EVIDENCE_REACH = 6;
/** Most tokens of what the evidence shows. */
const SHOWN_REACH = 20;

/** End of what evidence ending at `from` shows: its clause, and a relative clause after a comma
 *  ("Satellitenbilder, die eine unversehrte Moschee zeigen"). */
function shownEnd(sentence: SentenceView, from: number): number {
  const { toks, lang: lexicons } = sentence;
  let to = from;
  let commas = 0;
  while (to < Math.min(sentence.end, from + SHOWN_REACH)) {
    const token = toks[to]!;
    if (token.folded === ',' && commas === 0 && lexicons.relatives.has(toks[to + 1])) {
      commas++;
      to++;
      continue;
    }
    if (isClauseMark(token) || token.kind === 'punct') break;
    to++;
  }
  return to;
}

/** Whether tokens [from, to) show a place unharmed, or strikes that spared civilians. */
function showsDenial(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  if (lexicons.intactWords.findIn(toks, from, to)) return true;
  const restricted =
    lexicons.negations.findIn(toks, from, to) !== null ||
    lexicons.restrictives.findIn(toks, from, to) !== null;
  return (
    restricted &&
    (story.denialTopics.some((t) => t.cues.findIn(toks, from, to)) ||
      mentionsCivilians(sentence, from, to) ||
      namesAct(sentence, from, to))
  );
}

/** A verb at `i` that shows counter-evidence; its gap is what it shows, from the evidence on. Who
 *  shows it is the caller's to check. Null otherwise, and for a passive ("published by Amnesty"). */
export function counterEvidenceVerb(sentence: SentenceView, i: number): Match<true> | null {
  const { toks, lang: lexicons } = sentence;
  const show = lexicons.showVerbs.matchAt(toks, i, sentence.end);
  if (!show || lexicons.passiveBy.has(toks[skipFillers(sentence, show.end)])) return null;
  const from = show.gap ? show.gap[0] : show.end;
  let evidence = null;
  for (let k = from; !evidence && k < Math.min(sentence.end, from + EVIDENCE_REACH); k++) {
    if (isClauseMark(toks[k])) break;
    evidence = lexicons.shownEvidence.matchAt(toks, k, sentence.end);
  }
  if (!evidence) return null;
  const to = shownEnd(sentence, Math.max(evidence.end, show.end));
  return showsDenial(sentence, evidence.end, to) ? { ...show, gap: [from, to] } : null;
}
