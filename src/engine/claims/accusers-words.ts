// The accusers' own account of what Russia does: "Amnesty said Moscow had denied or ignored every
// earlier account", "Amnistía recuerda que Moscú ha negado..." report a habit in the accusers'
// words, not a denial of this report by a denier.
import { skipFillers, type Mention, type SentenceView } from './sentence';

/** Most tokens between the accuser and its verb of saying (auxiliaries, adverbs). */
const VERB_REACH = 3;
/** Marks that end what an accuser's verb reports ("Amnesty says ...; Moscow dismisses report"). */
const REPORT_ENDS = new Set([';', ':', '—', '–', '.', '!', '?']);

/** Whether the token at `at` stands in a clause reported by a source that is not a denier. */
export function inAccusersWords(
  sentence: SentenceView,
  mentions: readonly Mention[],
  at: number,
): boolean {
  const { toks, lang: lexicons, story } = sentence;
  return mentions.some((mention) => {
    if (mention.inQuote || mention.end > at || story.deniers.has(mention.source)) return false;
    const verbAt = skipFillers(sentence, mention.end, at);
    if (verbAt - mention.end > VERB_REACH) return false;
    for (let k = verbAt; k < at; k++) if (REPORT_ENDS.has(toks[k]!.folded)) return false;
    const said =
      lexicons.speech.matchAt(toks, verbAt, at) ?? lexicons.assertVerbs.matchAt(toks, verbAt, at);
    // "Amnistía recuerda que ...": a verb that opens a "que" clause reports it ("the report that
    // blames..." is a noun with its relative clause).
    const opensReport =
      lexicons.complementisers.has(toks[verbAt + 1]) &&
      !lexicons.denialTargets.matchAt(toks, verbAt, at);
    return said !== null || opensReport;
  });
}
