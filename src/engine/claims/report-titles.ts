// "its report, entitled « Civilian objects were not damaged »", "l'étude d'AI « Des raids sans
// témoins »": the accuser's publication may be titled with the words it answers, the denier's
// own included. A quotation that is a title is no one's words: no quoted denial.
import type { SentenceView } from './sentence';
import type { Quote } from './segment';

/** Most tokens of the accuser's name between a report noun and its title. */
const TITLE_REACH = 6;
/** Most tokens of a frame of consisting before the quotation ("bestehe der AI-Bericht aus"). */
const CONSIST_REACH = 8;

/** A quotation that opens on a capital after the report it names ("l'étude d'Amnesty
 *  International (AI) « Des raids... »"). */
function afterReportNoun(sentence: SentenceView, quote: Quote): boolean {
  const { toks, lang: lexicons } = sentence;
  if (!toks[quote.open + 1]?.cap) return false;
  // "bestehe der Bericht aus „Klischees“": what the report is made of, capitalised as German nouns
  // are, is its content.
  if (lexicons.consistFrames.matchEndingAt(toks, quote.open, sentence.start, CONSIST_REACH))
    return false;
  let k = quote.open;
  if (toks[k - 1]?.folded === ')') while (k > sentence.start && toks[k]?.folded !== '(') k--;
  for (let back = 0; back <= TITLE_REACH && k > sentence.start; back++, k--) {
    if (lexicons.generic.matchEndingAt(toks, k, sentence.start)?.data === 'report') return true;
    const token = toks[k - 1]!;
    const named = token.cap && token.kind === 'word';
    if (!named && !lexicons.prepositions.has(token) && !lexicons.determiners.has(token))
      return false;
  }
  return false;
}

/** A quotation right after a word that introduces a title ("entitled", "titulado", "mit dem
 *  Titel"), a comma or colon between them allowed. */
function afterTitleMarker(sentence: SentenceView, quote: Quote): boolean {
  const { toks, lang: lexicons } = sentence;
  let k = quote.open;
  if (k - 1 > sentence.start && (toks[k - 1]!.folded === ',' || toks[k - 1]!.folded === ':')) k--;
  return lexicons.titleMarkers.matchEndingAt(toks, k, sentence.start) !== null;
}

/** Whether the quotation is the title of a publication. */
export const isReportTitle = (sentence: SentenceView, quote: Quote): boolean =>
  afterReportNoun(sentence, quote) || afterTitleMarker(sentence, quote);
