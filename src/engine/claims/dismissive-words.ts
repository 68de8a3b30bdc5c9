// "the ministry closed several fake accounts", "faux comptes", "cuentas falsas": a dismissive word
// inside a phrase that names a thing (an account, a passport, an identity) judges no claim.
import { findCannotCheck } from './cannot-check';
import type { Match } from './lexicon';
import { lacksEvidence } from './missing-evidence';
import type { SentenceView } from './sentence';

/** Most words a thing's phrase may start before its dismissive word ("Fake-Accounts", "faux comptes"). */
const LEAD = 2;

function namesThing(sentence: SentenceView, at: number): boolean {
  for (let s = Math.max(sentence.start, at - LEAD); s <= at; s++) {
    const thing = sentence.lang.namedFakes.matchAt(sentence.toks, s, sentence.end);
    if (thing && thing.end > at) return true;
  }
  return false;
}

function findDismissiveWord(
  sentence: SentenceView,
  from: number,
  to: number,
): Match<unknown> | null {
  for (let k = from; k < to;) {
    const hit = sentence.lang.dismissive.findIn(sentence.toks, k, to);
    if (!hit || !namesThing(sentence, hit.start)) return hit;
    k = hit.start + 1;
  }
  return null;
}

/** The first dismissive word or phrase in [from, to) that is not part of the name of a thing, or
 *  an inability to check ("they have no way of checking"). */
export function findDismissive(
  sentence: SentenceView,
  from: number,
  to: number,
): Match<unknown> | null {
  const word = findDismissiveWord(sentence, from, to);
  const cannot = findCannotCheck(sentence, from, word ? word.start : to);
  return cannot ?? word;
}

/** Whether [from, to) dismisses: a dismissive word (not in a thing's name) or evidence said to lack. */
export const dismissiveIn = (sentence: SentenceView, from: number, to: number): boolean =>
  findDismissive(sentence, from, to) !== null || lacksEvidence(sentence, from, to);
