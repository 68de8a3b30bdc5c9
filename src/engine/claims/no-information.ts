// "Moscow has no information on the reliability of these data", "non abbiamo informazioni
// sull'attendibilità dei dati", "no tenemos constancia de víctimas civiles", "keine Informationen zu
// solchen Zwischenfällen": a denier who says it
// knows nothing of the charge will not accept it, the Kremlin's usual answer and a denial the labels
// count. The lack must bear on the charge (the report, its data or their reliability, the civilian
// dead): "no information on the date of the talks" is none. Whose words they are is the caller's to
// check (Amnesty saying it has no information on a strike is no denial).
import { isClauseMark, type SentenceView } from './sentence';

/** Most tokens from the lack to its noun ("non ha a disposizione le informazioni"). */
const NOUN_REACH = 4;
/** Most tokens from the noun to the charge ("sobre posibles incidentes de ese tipo y sobre la
 *  validez de las denuncias"). */
const CHARGE_REACH = 12;
/** Most tokens from a quality of evidence to the evidence it qualifies ("the accuracy of the group’s
 *  figures"): the span runs through it. */
const QUALIFIED_REACH = 6;

/** Incidents at `at` that a qualifier makes the charged ones ("such possible incidents", "incidents
 *  de ce genre"), through a qualifier that follows them; null otherwise. */
function chargedIncidents(sentence: SentenceView, at: number, to: number): { end: number } | null {
  const { toks, lang: lexicons } = sentence;
  const noun = lexicons.chargedIncidents.matchAt(toks, at, to);
  if (!noun) return null;
  const after = lexicons.incidentQualifiers.matchAt(toks, noun.end, to);
  if (after) return after;
  for (let q = Math.max(0, at - 2); q < at; q++) {
    if (lexicons.incidentQualifiers.matchAt(toks, q, at)?.end === at) return noun;
  }
  return null;
}

/** Where the charge named in [from, to) ends, the clause's punctuation stopping the search; null
 *  when it names none. */
function chargeEnd(sentence: SentenceView, from: number, to: number): number | null {
  const { toks, lang: lexicons } = sentence;
  for (let k = from; k < to; k++) {
    if (isClauseMark(toks[k]) || toks[k]!.folded === '.') return null;
    const quality = lexicons.doubtedEvidence.matchAt(toks, k, to);
    if (quality) {
      const limit = Math.min(sentence.end, quality.end + QUALIFIED_REACH);
      for (let q = quality.end; q < limit && !isClauseMark(toks[q]); q++) {
        const what = lexicons.denialTargets.matchAt(toks, q, limit);
        if (what) return what.end;
      }
      return quality.end;
    }
    const target = lexicons.denialTargets.matchAt(toks, k, to) ?? chargedIncidents(sentence, k, to);
    if (target) return target.end;
    const head = lexicons.heads.matchAt(toks, k, to);
    if (head?.data === 'civilians') return head.end;
  }
  return null;
}

/** The end of the place the charge ending at `at` is set in, a place the story names ("... civilian
 *  deaths in Syria"); `at` when none follows. */
function placeEnd(sentence: SentenceView, at: number): number {
  const { toks, lang: lexicons, story } = sentence;
  const preposition = lexicons.placePrepositions.matchAt(toks, at, sentence.end);
  if (!preposition || !toks[preposition.end]?.cap) return at;
  return story.topic.matchAt(toks, preposition.end, sentence.end)?.end ?? at;
}

/** A lack of information on the charge in tokens [from, to): from the word of lack through the
 *  charge; null otherwise. */
export function noInformation(
  sentence: SentenceView,
  from: number,
  to: number,
): [number, number] | null {
  const { toks, lang: lexicons } = sentence;
  for (let k = from; k < to; k++) {
    const lack = lexicons.lackWords.matchAt(toks, k, to) ?? lexicons.negations.matchAt(toks, k, to);
    if (!lack) continue;
    for (let n = lack.end; n < Math.min(to, lack.end + NOUN_REACH);) {
      const noun = lexicons.informationNouns.matchAt(toks, n, to);
      if (noun) {
        const end = chargeEnd(sentence, noun.end, Math.min(to, noun.end + CHARGE_REACH));
        if (end !== null) return [lack.start, placeEnd(sentence, end)];
        break;
      }
      // Only having, articles and auxiliaries between ("non ha a disposizione informazioni", "n'a
      // pas d'informations"): "has not released any data" tells of another act.
      const between =
        lexicons.possessionVerbs.matchAt(toks, n, to) ??
        lexicons.verbFillers.matchAt(toks, n, to) ??
        lexicons.negations.matchAt(toks, n, to) ??
        lexicons.lackWords.matchAt(toks, n, to);
      if (between) n = between.end;
      else if (lexicons.determiners.has(toks[n]) || lexicons.prepositions.has(toks[n])) n++;
      else break;
    }
  }
  return null;
}
