// "the ministry may well have lied about the mosque", "Moscú habría mentido sobre el mercado": a
// clause in which a denier is the one who lied or hid something is the accusers' charge against
// it, not its denial, however dismissive its words ("lied", "cover up") sound.
import type { Mention, SentenceView } from './sentence';

/** Most words between the denier and its verb of lying ("may have", "podrían haber"). */
const VERB_REACH = 3;

/** Whether a denier named in [from, to) outside a quotation is the subject of a verb of lying. */
export function chargesDenier(
  sentence: SentenceView,
  mentions: readonly Mention[],
  from: number,
  to: number,
): boolean {
  const { toks, lang: lexicons } = sentence;
  // "Moscow said it had not lied", "a nié avoir menti": a negated or reported lie is no charge.
  const saysOrDenies = (k: number) =>
    lexicons.negations.matchAt(toks, k, to) ??
    lexicons.speech.matchAt(toks, k, to) ??
    lexicons.assertVerbs.matchAt(toks, k, to) ??
    lexicons.denialVerbs.matchAt(toks, k, to);
  return mentions.some((mention) => {
    if (mention.inQuote || mention.start < from || mention.end >= to) return false;
    if (!sentence.story.deniers.has(mention.source)) return false;
    for (let k = mention.end; k < to && k - mention.end <= VERB_REACH; k++) {
      if (lexicons.lieVerbs.matchAt(toks, k, to)) return true;
      if (toks[k]!.kind !== 'word' || saysOrDenies(k)) return false;
    }
    return false;
  });
}
