// "they have no way of checking", "não têm como checar essas informações", "sie können das nicht
// überprüfen": a denier who says the accusers cannot verify what they report dismisses it. An
// inability followed closely by a verb of checking or knowing; whose inability it is, is the
// caller's to check (Amnesty saying it could not visit Syria is no denial).
import type { Match } from './lexicon';
import type { SentenceView } from './sentence';

/** Most tokens from the inability to its verb ("have no way of independently checking", "keine
 *  Möglichkeit, die Angaben vor Ort zu prüfen"). */
const CHECK_REACH = 7;

/** An inability to check starting at `at`, through its verb; null otherwise. */
export function cannotCheckAt(sentence: SentenceView, at: number): Match<true> | null {
  const { toks, lang: lexicons } = sentence;
  const frame = lexicons.inabilityFrames.matchAt(toks, at, sentence.end);
  if (!frame) return null;
  for (let k = frame.end; k < Math.min(sentence.end, frame.end + CHECK_REACH); k++) {
    // German sets the infinitive off by a comma; any other stop ends the clause.
    if (toks[k]!.kind === 'punct' && toks[k]!.folded !== ',') return null;
    const verb = lexicons.checkVerbs.matchAt(toks, k, sentence.end);
    if (verb) return { start: frame.start, end: verb.end, data: true };
  }
  return null;
}

/** The first inability to check in [from, to). */
export function findCannotCheck(
  sentence: SentenceView,
  from: number,
  to: number,
): Match<true> | null {
  for (let k = from; k < to; k++) {
    const hit = cannotCheckAt(sentence, k);
    if (hit && hit.end <= to) return hit;
  }
  return null;
}
