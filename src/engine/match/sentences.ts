// Where a text's sentences start, counted in its matching words: whether an event is told
// over several sentences or recalled in one is read from them.

import { CHARS_PER_CHECKPOINT, type Steps } from '../steps';
import { matchWords } from './words';
import { firstWhere } from '../first-where';

/** A line break, or a sentence's end (closing quotes and brackets included) before a capital,
 *  an opening quote or an inverted mark. An abbreviation ("Gen. Igor") splits a sentence in
 *  two: that makes a one-sentence mention look no more told. */
const BOUNDARY = /\n+|[.!?…]+["'»”’)]*\s+(?=["«“„¿¡(]?\p{Lu})/gu;

/** The index, among `matchWords(text)`, of the first word of each sentence (0 first). */
export function* sentenceStartsSteps(text: string, stage: string): Steps<number[]> {
  const starts: number[] = [];
  let words = 0;
  let from = 0;
  let paused = 0;
  const add = (end: number) => {
    const count = matchWords(text.slice(from, end)).length;
    if (count > 0) {
      starts.push(words);
      words += count;
    }
    from = end;
  };
  for (const m of text.matchAll(BOUNDARY)) {
    add(m.index + m[0].length);
    if (from - paused >= CHARS_PER_CHECKPOINT) {
      paused = from;
      yield stage;
    }
  }
  add(text.length);
  return starts;
}

/** The sentence (an index into `starts`) that holds the word at `position`. */
export function sentenceAt(starts: readonly number[], position: number): number {
  return Math.max(0, firstWhere(starts.length, (k) => starts[k]! > position) - 1);
}
