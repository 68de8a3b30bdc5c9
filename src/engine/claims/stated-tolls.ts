// Tolls stated with a verb rather than a noun after the count: the noun of the dead before a
// copula ("the civilian dead numbered 49", "i morti tra i civili furono 49", "die Zahl der
// zivilen Toten lag bei 49"), or after a verb of counting and its count ("cifra en 2.132 los
// muertos", "stima in 2.132 i morti").
import type { HeadKind } from './rules/types';
import type { SentenceView } from './sentence';

/** What a counted noun read from a token counts (see `readNoun` in casualties.ts). */
export interface TollNoun {
  kind: HeadKind;
  civilian: boolean;
  end: number;
}

export type NounReader = (sentence: SentenceView, at: number) => TollNoun | null;

export interface StatedToll {
  /** Token range [start, end) of the claim: the noun, its verb and the count. */
  start: number;
  end: number;
  noun: TollNoun;
}

/** How far before its copula the noun of the dead may start ("die Zahl der zivilen Toten nach
 *  Angaben der Organisation bei 200"). */
const NOUN_WINDOW = 10;
/** Words allowed between that noun and the copula ("dans ces raids", "nach Angaben der ONG"). */
const GAP = 5;

/** A noun of the dead, or of people with a word of death in or right after it ("muertos
 *  civiles", "civils tués dans ces raids"). */
function countsDead(sentence: SentenceView, noun: TollNoun, from: number, to: number): boolean {
  if (noun.kind === 'dead') return true;
  return sentence.lang.deathCues.findIn(sentence.toks, from, to) !== null;
}

/** "Les civils tués étaient au moins 200": the count at `from` (its qualifier included) closes a
 *  copula whose subject is a noun of the dead. */
export function copularToll(
  sentence: SentenceView,
  from: number,
  countEnd: number,
  readNoun: NounReader,
): StatedToll | null {
  const { toks, lang: lexicons } = sentence;
  const copula = lexicons.tollCopulas.matchEndingAt(toks, from, sentence.start, 4);
  if (!copula) return null;
  const earliest = Math.max(sentence.start, copula.start - NOUN_WINDOW);
  for (let k = earliest; k < copula.start; k++) {
    const noun = readNoun(sentence, k);
    if (!noun || noun.end > copula.start || copula.start - noun.end > GAP) continue;
    const between = toks.slice(noun.end, copula.start);
    if (between.some((t) => t.kind === 'punct' || t.kind === 'num' || t.kind === 'quote')) continue;
    if (countsDead(sentence, noun, k, copula.start)) return { start: k, end: countEnd, noun };
  }
  return null;
}

/** "Cifra en 2.132 los muertos", "chiffre à 710 le nombre de civils morts": a verb of counting,
 *  the count, then what it counts. */
export function tallyToll(
  sentence: SentenceView,
  from: number,
  countEnd: number,
  readNoun: NounReader,
): StatedToll | null {
  const { toks, lang: lexicons } = sentence;
  const verb = lexicons.tallyVerbs.matchEndingAt(toks, from, sentence.start, 4);
  if (!verb) return null;
  let at = lexicons.determiners.has(toks[countEnd]) ? countEnd + 1 : countEnd;
  at = lexicons.numberNouns.matchAt(toks, at, sentence.end)?.end ?? at;
  const noun = readNoun(sentence, at);
  if (noun && countsDead(sentence, noun, at, Math.min(sentence.end, noun.end + 2)))
    return { start: verb.start, end: noun.end, noun };
  return null;
}

/** "Sono almeno 200 i civili uccisi", "son al menos 200 los civiles muertos", "200 are the
 *  civilians killed": the copula stands next to the count (before or after it), and the count's
 *  noun follows with its article. The claim is the count with what it counts. */
export function invertedToll(
  sentence: SentenceView,
  from: number,
  countEnd: number,
  readNoun: NounReader,
): StatedToll | null {
  const { toks, lang: lexicons } = sentence;
  const after = lexicons.tollCopulas.matchAt(toks, countEnd, sentence.end);
  const before = after ? null : lexicons.tollCopulas.matchEndingAt(toks, from, sentence.start, 4);
  if (!after && !before) return null;
  const article = after ? after.end : countEnd;
  if (!lexicons.determiners.has(toks[article])) return null;
  const noun = readNoun(sentence, article + 1);
  if (!noun) return null;
  // "i civili uccisi", "los muertos", "le vittime civili": the noun counts the dead, by itself,
  // with its participle or with a noun of death it is read through.
  const dead = countsDead(sentence, noun, article + 1, Math.min(sentence.end, noun.end + 2));
  return dead ? { start: from, end: noun.end, noun } : null;
}

/** Words allowed between the counted noun and the figure ("killed by Russian raids since
 *  September"), when the noun is the complement of a number noun. */
const NUMBER_GAP = 14;

/** "Put the number of civilians killed at 710", "gab die Zahl der zivilen Opfer mit 710 an": a
 *  number noun with a noun of the dead as complement, then the figure after a link word. */
export function numberToll(
  sentence: SentenceView,
  from: number,
  countEnd: number,
  readNoun: NounReader,
): StatedToll | null {
  const { toks, lang: lexicons } = sentence;
  const link = lexicons.tollLinks.matchEndingAt(toks, from, sentence.start, 2);
  if (!link) return null;
  const earliest = Math.max(sentence.start, link.start - NUMBER_GAP - NOUN_WINDOW);
  for (let k = link.start - 1; k >= earliest; k--) {
    const token = toks[k]!;
    if (token.kind === 'punct' || token.kind === 'num' || token.kind === 'quote') return null;
    const number = lexicons.numberNouns.matchAt(toks, k, link.start);
    if (!number) continue;
    const noun = readNoun(sentence, number.end);
    if (!noun || noun.end > link.start || link.start - noun.end > NUMBER_GAP) return null;
    return countsDead(sentence, noun, number.end, link.start)
      ? { start: k, end: countEnd, noun }
      : null;
  }
  return null;
}
