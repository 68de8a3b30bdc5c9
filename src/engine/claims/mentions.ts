// Finds who is named in a sentence and in what role. Names come from the story
// pack; generic references ("l'ONG", "the ministry", "ce dernier") resolve to
// the last named source that can be called so, else to the story's default.
import type { Generic } from './compiled';
import {
  backOverDeterminers,
  Discourse,
  inQuote,
  skipFillersBack,
  skipToVerb,
  type Mention,
  type SentenceView,
} from './sentence';
import { compoundOwner } from './compound-owner';
import { nationalBody } from './national-bodies';
import { possessorOf } from './possessed-generic';
import { reportingSpeaker } from './reported-subject';
import { pronounReferent } from './speaker-context';

// Words after which "il", "it" are impersonal ("il y a", "it is").
const IMPERSONAL_NEXT = new Set([
  'y',
  "n'",
  'faut',
  'est',
  "s'",
  'semble',
  'is',
  'was',
  'seems',
  'appears',
  "'s",
]);

function resolveGeneric(
  sentence: SentenceView,
  type: Generic,
  discourse: Discourse,
  orDefault: boolean,
): string | undefined {
  if (type === 'latter') return discourse.recent.at(-1);
  const sources = sentence.story.rules.sources;
  for (let k = discourse.recent.length - 1; k >= 0; k--) {
    const id = discourse.recent[k]!;
    if (sources[id]?.refersAs.includes(type)) return id;
  }
  return orDefault ? sentence.story.rules.generic[type] : undefined;
}

/** A generic noun refers back only when it is a definite noun phrase: "l'ONG", "the London-based group". */
function genericIsReference(sentence: SentenceView, i: number, phraseStart: boolean): boolean {
  if (phraseStart) return true;
  for (let before = i - 1, steps = 0; before >= sentence.start && steps < 3; before--, steps++) {
    const token = sentence.toks[before]!;
    if (sentence.lang.determiners.has(token)) return true;
    if (token.kind !== 'word') return false;
    // "the Islamic State group" names something else; "the Russian ministry" does not.
    if (
      steps === 0 &&
      token.cap &&
      !token.folded.includes('-') &&
      sentence.toks[before - 1]?.cap &&
      !sentence.lang.determiners.has(sentence.toks[before - 1])
    ) {
      return false;
    }
  }
  return false;
}

/** A subject pronoun counts when a verb of saying, counting or denying follows. */
function pronounSpeaks(sentence: SentenceView, i: number): boolean {
  const next = sentence.toks[i + 1];
  if (!next || IMPERSONAL_NEXT.has(next.folded)) return false;
  const lexicons = sentence.lang;
  let j = skipToVerb(sentence, i + 1);
  while (
    j < sentence.end &&
    (lexicons.negations.has(sentence.toks[j]) || lexicons.objectPronouns.has(sentence.toks[j]))
  )
    j = skipToVerb(sentence, j + 1);
  const verbs = [
    lexicons.speechOrCount,
    lexicons.denialVerbs,
    lexicons.weakDenialVerbs,
    lexicons.assertVerbs,
    lexicons.demandVerbs,
  ];
  // "Il a reproché à Amnesty...", "Er stellte ... in Frage": denying by a charge or a doubt.
  verbs.push(lexicons.disownVerbs, lexicons.doubtVerbs, lexicons.chargeVerbs);
  return verbs.some((lex) => lex.matchAt(sentence.toks, j, sentence.end) !== null);
}

/** Where "the country" at `i` ends when, like a subject pronoun, a verb of saying or denying
 *  follows it; null otherwise. */
function countrySpeaks(sentence: SentenceView, i: number): number | null {
  const anaphor = sentence.lang.countryAnaphors.matchAt(sentence.toks, i, sentence.end);
  return anaphor && pronounSpeaks(sentence, anaphor.end - 1) ? anaphor.end : null;
}

/** The state "the country" takes up: the pronoun's referent when it is a government's source. */
function countryReferent(
  sentence: SentenceView,
  i: number,
  discourse: Discourse,
): string | undefined {
  const referent = pronounReferent(sentence, i, discourse);
  const state = referent && sentence.story.rules.sources[referent]?.refersAs.includes('government');
  return state ? referent : undefined;
}

function markRole(sentence: SentenceView, mention: Mention, nextStart: number): void {
  const lexicons = sentence.lang;
  const toks = sentence.toks;
  let phraseStart = mention.start;
  while (
    phraseStart > sentence.start &&
    phraseStart > mention.start - 2 &&
    lexicons.determiners.has(toks[phraseStart - 1])
  )
    phraseStart--;
  const before = (lex: typeof lexicons.citing, maxWords = 6) =>
    lex.matchEndingAt(toks, phraseStart, sentence.start, maxWords) !== null;
  mention.relayed = before(lexicons.relayedBy);
  mention.citing = before(lexicons.citing);
  let attributive =
    mention.kind === 'pronoun' || mention.citing || before(lexicons.attributionBefore);
  attributive ||= lexicons.attributionAfter.matchAt(toks, mention.end, sentence.end) !== null;
  // "..., said X", "« ... », affirme Amnesty": an inverted speaker follows a comma or a quotation.
  // Titles may come between: ", said army spokesman Colonel Ivan Petrov". The speaker ends
  // its clause: "said the document contained" has the document as a subject, not a speaker.
  const next = toks[mention.end];
  const endsClause = !next || next.kind !== 'word' || lexicons.prepositions.has(next);
  for (
    let q = phraseStart;
    endsClause && !attributive && q >= Math.max(sentence.start, phraseStart - 4);
    q--
  ) {
    if (q < phraseStart && toks[q]!.kind !== 'word') break;
    const inverted = lexicons.speech.matchEndingAt(toks, q, sentence.start, 3);
    const mark = inverted && toks[skipFillersBack(sentence, inverted.start) - 1];
    attributive = !!mark && (mark.folded === ',' || mark.kind === 'quote');
  }
  // "X said", "X, a monitor based in Britain, counts": up to the next name, which owns what follows.
  for (let j = mention.end; !attributive && j < Math.min(nextStart, mention.end + 12); j++) {
    if (toks[j]!.kind === 'quote') break;
    attributive = lexicons.speechOrCount.matchAt(toks, j, sentence.end) !== null;
  }
  // "le bilan de l'OSDH", "il bilancio dell'Osservatorio", "the group's count".
  attributive ||= lexicons.tallyNouns.matchEndingAt(toks, phraseStart, sentence.start, 3) !== null;
  if (!attributive && lexicons.countLinks.has(toks[phraseStart - 1])) {
    attributive =
      lexicons.tallyNouns.matchEndingAt(toks, phraseStart - 1, sentence.start, 3) !== null;
  }
  if (!attributive && toks[mention.end]?.folded === "'s")
    attributive = lexicons.tallyNouns.matchAt(toks, mention.end + 1, sentence.end) !== null;
  mention.attributive = attributive && !mention.relayed;
}

/** A generic reference waiting to be resolved: its kind, and whether it is indefinite ("une ONG"). */
interface GenericRef {
  type: Generic;
  indefinite: boolean;
}

/** "l'ONG Amnesty International", "l'organisation Human Rights Watch": the name right after says who. */
function appositionOf(
  sentence: SentenceView,
  mention: Mention,
  next: Mention | undefined,
): string | undefined {
  if (!next || next.kind !== 'name' || next.start - mention.end > 2) return undefined;
  // Right after, or after a prepositional complement ("de surveillance"); not after a verb.
  if (next.start > mention.end && !sentence.lang.prepositions.has(sentence.toks[mention.end]))
    return undefined;
  for (let k = mention.end; k < next.start; k++)
    if (sentence.toks[k]!.kind !== 'word') return undefined;
  return next.source;
}

/** "the American senator John McCain": a lawmaker whose name follows and is none of the story's
 *  is someone else, not the parliament named before. */
function namesOther(sentence: SentenceView, mention: Mention): boolean {
  const next = sentence.toks[mention.end];
  return mention.generic === 'lawmaker' && !!next && next.kind === 'word' && next.cap;
}

function isIndefinite(sentence: SentenceView, i: number): boolean {
  for (let before = i - 1; before >= Math.max(sentence.start, i - 3); before--) {
    if (sentence.lang.indefinites.has(sentence.toks[before])) return true;
    if (sentence.lang.determiners.has(sentence.toks[before])) return false;
  }
  return false;
}

/** Mentions of sources in the sentence, in order; updates the discourse's recency list. */
export function findMentions(sentence: SentenceView, discourse: Discourse): Mention[] {
  const out: Mention[] = [];
  const refs = new Map<Mention, GenericRef>();
  const speakers = new Map<Mention, Mention>();
  const lexicons = sentence.lang;
  for (let i = sentence.start; i < sentence.end;) {
    const quoted = inQuote(sentence, i);
    const name = sentence.story.names.matchAt(sentence.toks, i, sentence.end);
    const generic = lexicons.generic.matchAt(sentence.toks, i, sentence.end);
    const pronounCue = lexicons.pronounAttribution.matchAt(sentence.toks, i, sentence.end);
    const countryEnd = quoted ? null : countrySpeaks(sentence, i);
    const base = { start: i, inQuote: quoted, attributive: false, citing: false, relayed: false };
    // "Russian officials", "les autorités syriennes": a body named by its nationality.
    const body = nationalBody(sentence, i);
    let mention: Mention | null = null;
    if (body && (!name || body.end > name.end) && (!pronounCue || body.end > pronounCue.end)) {
      mention = { ...base, end: body.end, source: body.source ?? 'unknown', kind: 'name' };
    } else if (pronounCue && (!name || pronounCue.end > name.end)) {
      mention = {
        ...base,
        end: pronounCue.end,
        // "Konashenkov appeared before the press. In his version, ...": a person who opened the
        // sentence before stands for "his", though someone else spoke last.
        source:
          (discourse.subject?.person ? discourse.subject.source : discourse.lastSpeaker) ??
          'unknown',
        kind: 'pronoun',
      };
    } else if (name && (!generic || name.end >= generic.end)) {
      mention = { ...base, end: name.end, source: name.data, kind: 'name' };
    } else if (
      generic &&
      genericIsReference(sentence, i, lexicons.determiners.has(sentence.toks[i]))
    ) {
      mention = {
        ...base,
        end: generic.end,
        source: 'unknown',
        kind: 'generic',
        generic: generic.data,
      };
      refs.set(mention, { type: generic.data, indefinite: isIndefinite(sentence, i) });
    } else if (countryEnd !== null) {
      mention = {
        ...base,
        end: countryEnd,
        source: countryReferent(sentence, i, discourse) ?? 'unknown',
        kind: 'pronoun',
      };
    } else if (!quoted && lexicons.pronouns.has(sentence.toks[i]) && pronounSpeaks(sentence, i)) {
      mention = {
        ...base,
        end: i + 1,
        source: pronounReferent(sentence, i, discourse) ?? 'unknown',
        kind: 'pronoun',
      };
    }
    if (!mention) {
      i++;
      continue;
    }
    const speaker = mention.kind === 'pronoun' ? reportingSpeaker(sentence, i, out) : undefined;
    if (speaker) speakers.set(mention, speaker);
    out.push(mention);
    i = mention.end;
  }
  out.forEach((mention, k) => {
    const ref = refs.get(mention);
    if (ref) {
      // An indefinite noun ("un porte-parole") introduces someone: it only points back, never to a default.
      mention.source =
        compoundOwner(sentence, mention) ??
        possessorOf(sentence, mention, out.slice(0, k)) ??
        appositionOf(sentence, mention, out[k + 1]) ??
        (namesOther(sentence, mention)
          ? undefined
          : resolveGeneric(sentence, ref.type, discourse, !ref.indefinite)) ??
        'unknown';
    }
    if (!mention.inQuote && mention.kind !== 'pronoun' && mention.source !== 'unknown')
      discourse.named(mention.source);
  });
  // "The ministry says they reject...": the pronoun is the speaker, once generics are resolved.
  for (const [pronoun, speaker] of speakers) pronoun.source = speaker.source;
  out.forEach((mention, k) => {
    if (!mention.inQuote) markRole(sentence, mention, out[k + 1]?.start ?? sentence.end);
  });
  return out;
}

/** Whether a demand is made of the mention ("pidió a la organización", "called on Amnesty", "a
 *  invité l'ONG"): the one asked is the addressee, not who speaks. */
function addressed(sentence: SentenceView, mention: Mention): boolean {
  const { toks, lang: lexicons } = sentence;
  const k = backOverDeterminers(sentence, mention.start);
  const demanded = (end: number) =>
    lexicons.demandVerbs.matchEndingAt(toks, end, sentence.start, 3) !== null;
  // "pidió a la organización", "called on Amnesty": the verb may end before or on the preposition.
  return demanded(k) || (lexicons.prepositions.has(toks[k - 1]) && demanded(k - 1));
}

/** Who speaks in the sentence: "selon lui", "X said", "said X", a subject pronoun, else the nearest name. */
export function sentenceSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  at: number,
): string | undefined {
  const usable = mentions.filter((m) => !m.inQuote && !m.relayed && !addressed(sentence, m));
  if (!usable.length) return discourse.lastSpeaker;
  const attributed = usable.filter((m) => m.attributive);
  // "The report contains « ... »": a document holds words, it does not say them.
  const pool = attributed.length ? attributed : usable.filter((m) => m.generic !== 'report');
  if (!pool.length) return discourse.lastSpeaker;
  const beforeAt = pool.filter((m) => m.end <= at);
  return (beforeAt.at(-1) ?? pool[0]!).source;
}
