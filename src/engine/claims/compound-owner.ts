// "Amnesty-Sprecher", "UN-Sprecherin", "Nato-Sprecher": German writes whom a spokesman speaks for as
// the first part of one word. The hyphen rule reads the compound as its head noun, a generic whose
// default is a denier; the first part says whose it is.
import type { Mention, SentenceView } from './sentence';
import { stripAccents, type Token } from './tokens';

/** The first part of a hyphenated word as a token of its own (as written in capitals: names and
 *  acronyms are compared without case). */
function firstPart(token: Token): Token | null {
  const at = token.folded.indexOf('-');
  if (at <= 0 || token.kind !== 'word') return null;
  const folded = token.folded.slice(0, at);
  const bare = stripAccents(folded);
  return {
    start: token.start,
    end: token.start + at,
    folded,
    bare,
    kind: 'word',
    cap: true,
    upper: true,
  };
}

/** The source a compound generic's first part names: a story source ("Amnesty-"), 'unknown' for
 *  another party's body ("Nato-", "US-"), undefined when it names no one. */
export function compoundOwner(sentence: SentenceView, mention: Mention): string | undefined {
  if (mention.kind !== 'generic' || mention.end !== mention.start + 1) return undefined;
  return partOwner(sentence, mention.start);
}

/** The body the first part of the hyphenated word at `k` names ("Amnesty-Forscherin"), as
 *  `compoundOwner` reads it, or undefined. */
export function partOwner(sentence: SentenceView, k: number): string | undefined {
  const part = firstPart(sentence.toks[k]!);
  if (!part) return undefined;
  const named = sentence.story.names.matchAt([part], 0);
  if (named) return named.data;
  return sentence.lang.otherBodies.has(part) ? 'unknown' : undefined;
}
