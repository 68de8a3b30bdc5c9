// "Russian officials", "les responsables russes", "die russischen Behörden", "la parte rusa": a
// noun for a state's officials or side names a story source by its nationality adjective, written
// before it or after it. With another party's nationality ("les autorités syriennes", "US
// officials") it names none of the story's sources, not the default a bare "authorities" gets.
import type { SentenceView } from './sentence';

export interface NationalBody {
  end: number;
  /** The source the nationality names, or undefined for another party's body. */
  source: string | undefined;
}

/** Words that may stand for a state's body: the list's nouns, and generic ones for a government. */
function bodyAt(sentence: SentenceView, i: number): { end: number } | null {
  const { toks, lang: lexicons } = sentence;
  const noun = lexicons.bodyNouns.matchAt(toks, i, sentence.end);
  const generic = lexicons.generic.matchAt(toks, i, sentence.end);
  const official =
    generic &&
    (generic.data === 'government' ||
      generic.data === 'ministry' ||
      generic.data === 'military' ||
      generic.data === 'diplomacy')
      ? generic
      : null;
  if (noun && (!official || noun.end >= official.end)) return noun;
  return official;
}

function nationalityAt(sentence: SentenceView, i: number): NationalBody | null {
  const { toks, story, lang: lexicons } = sentence;
  const own = story.adjectives.matchAt(toks, i, sentence.end);
  if (own) return { end: own.end, source: own.data };
  const other = lexicons.otherNationals.matchAt(toks, i, sentence.end);
  return other ? { end: other.end, source: undefined } : null;
}

/** The body named at `i` by a nationality and a noun for officials, in either order, or null. */
export function nationalBody(sentence: SentenceView, i: number): NationalBody | null {
  const before = nationalityAt(sentence, i);
  const nounAfter = before && bodyAt(sentence, before.end);
  if (before && nounAfter) return { end: nounAfter.end, source: before.source };
  const noun = bodyAt(sentence, i);
  const after = noun && nationalityAt(sentence, noun.end);
  return noun && after ? after : null;
}
