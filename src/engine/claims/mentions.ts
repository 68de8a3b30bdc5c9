// Finds who is named in a sentence and in what role. Names come from the story
// pack; generic references ("l'ONG", "the ministry", "ce dernier") resolve to
// the last named source that can be called so, else to the story's default.
import type { Generic } from './compiled';
import {
  Discourse,
  inQuote,
  skipFillers,
  skipFillersBack,
  type Mention,
  type SentenceView,
} from './sentence';

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
  v: SentenceView,
  type: Generic,
  d: Discourse,
  orDefault: boolean,
): string | undefined {
  if (type === 'latter') return d.recent.at(-1);
  const sources = v.story.rules.sources;
  for (let k = d.recent.length - 1; k >= 0; k--) {
    const id = d.recent[k]!;
    if (sources[id]?.refersAs.includes(type)) return id;
  }
  return orDefault ? v.story.rules.generic[type] : undefined;
}

/** A generic noun refers back only when it is a definite noun phrase: "l'ONG", "the London-based group". */
function genericIsReference(v: SentenceView, i: number, phraseStart: boolean): boolean {
  if (phraseStart) return true;
  for (let p = i - 1, steps = 0; p >= v.start && steps < 3; p--, steps++) {
    const t = v.toks[p]!;
    if (v.lang.determiners.has(t)) return true;
    if (t.k !== 'word') return false;
    // "the Islamic State group" names something else; "the Russian ministry" does not.
    if (
      steps === 0 &&
      t.cap &&
      !t.f.includes('-') &&
      v.toks[p - 1]?.cap &&
      !v.lang.determiners.has(v.toks[p - 1])
    ) {
      return false;
    }
  }
  return false;
}

/** A subject pronoun counts when a verb of saying, counting or denying follows. */
function pronounSpeaks(v: SentenceView, i: number): boolean {
  const next = v.toks[i + 1];
  if (!next || IMPERSONAL_NEXT.has(next.f)) return false;
  const L = v.lang;
  let j = skipFillers(v, i + 1);
  while (j < v.end && (L.negations.has(v.toks[j]) || L.objectPronouns.has(v.toks[j])))
    j = skipFillers(v, j + 1);
  const verbs = [L.speechOrCount, L.denialVerbs, L.weakDenialVerbs, L.assertVerbs, L.demandVerbs];
  // "Il a reproché à Amnesty...", "Er stellte ... in Frage": denying by a charge or a doubt.
  verbs.push(L.disownVerbs, L.doubtVerbs, L.chargeVerbs);
  return verbs.some((lex) => lex.matchAt(v.toks, j, v.end) !== null);
}

function markRole(v: SentenceView, m: Mention, nextStart: number): void {
  const L = v.lang;
  const toks = v.toks;
  let p = m.start;
  while (p > v.start && p > m.start - 2 && L.determiners.has(toks[p - 1])) p--;
  const before = (lex: typeof L.citing, maxWords = 6) =>
    lex.matchEndingAt(toks, p, v.start, maxWords) !== null;
  m.relayed = before(L.relayedBy);
  m.citing = before(L.citing);
  let attributive = m.kind === 'pronoun' || m.citing || before(L.attributionBefore);
  attributive ||= L.attributionAfter.matchAt(toks, m.end, v.end) !== null;
  // "..., said X", "« ... », affirme Amnesty": an inverted speaker follows a comma or a quotation.
  // Titles may come between: ", said army spokesman Colonel Ivan Petrov". The speaker ends
  // its clause: "said the document contained" has the document as a subject, not a speaker.
  const next = toks[m.end];
  const endsClause = !next || next.k !== 'word' || L.prepositions.has(next);
  for (let q = p; endsClause && !attributive && q >= Math.max(v.start, p - 4); q--) {
    if (q < p && toks[q]!.k !== 'word') break;
    const inverted = L.speech.matchEndingAt(toks, q, v.start, 3);
    const mark = inverted && toks[skipFillersBack(v, inverted.start) - 1];
    attributive = !!mark && (mark.f === ',' || mark.k === 'quote');
  }
  // "X said", "X, a monitor based in Britain, counts": up to the next name, which owns what follows.
  for (let j = m.end; !attributive && j < Math.min(nextStart, m.end + 12); j++) {
    if (toks[j]!.k === 'quote') break;
    attributive = L.speechOrCount.matchAt(toks, j, v.end) !== null;
  }
  // "le bilan de l'OSDH", "il bilancio dell'Osservatorio", "the group's count".
  attributive ||= L.tallyNouns.matchEndingAt(toks, p, v.start, 3) !== null;
  if (!attributive && L.countLinks.has(toks[p - 1])) {
    attributive = L.tallyNouns.matchEndingAt(toks, p - 1, v.start, 3) !== null;
  }
  if (!attributive && toks[m.end]?.f === "'s")
    attributive = L.tallyNouns.matchAt(toks, m.end + 1, v.end) !== null;
  m.attributive = attributive && !m.relayed;
}

/** A generic reference waiting to be resolved: its kind, and whether it is indefinite ("une ONG"). */
interface GenericRef {
  type: Generic;
  indefinite: boolean;
}

/** "l'ONG Amnesty International", "l'organisation Human Rights Watch": the name right after says who. */
function appositionOf(v: SentenceView, m: Mention, next: Mention | undefined): string | undefined {
  if (!next || next.kind !== 'name' || next.start - m.end > 2) return undefined;
  // Right after, or after a prepositional complement ("de surveillance"); not after a verb.
  if (next.start > m.end && !v.lang.prepositions.has(v.toks[m.end])) return undefined;
  for (let k = m.end; k < next.start; k++) if (v.toks[k]!.k !== 'word') return undefined;
  return next.source;
}

function isIndefinite(v: SentenceView, i: number): boolean {
  for (let p = i - 1; p >= Math.max(v.start, i - 3); p--) {
    if (v.lang.indefinites.has(v.toks[p])) return true;
    if (v.lang.determiners.has(v.toks[p])) return false;
  }
  return false;
}

/** Mentions of sources in the sentence, in order; updates the discourse's recency list. */
export function findMentions(v: SentenceView, d: Discourse): Mention[] {
  const out: Mention[] = [];
  const refs = new Map<Mention, GenericRef>();
  const L = v.lang;
  for (let i = v.start; i < v.end;) {
    const quoted = inQuote(v, i);
    const name = v.story.names.matchAt(v.toks, i, v.end);
    const generic = L.generic.matchAt(v.toks, i, v.end);
    const pronounCue = L.pronounAttribution.matchAt(v.toks, i, v.end);
    const base = { start: i, inQuote: quoted, attributive: false, citing: false, relayed: false };
    let m: Mention | null = null;
    if (pronounCue && (!name || pronounCue.end > name.end)) {
      m = { ...base, end: pronounCue.end, source: d.lastSpeaker ?? 'unknown', kind: 'pronoun' };
    } else if (name && (!generic || name.end >= generic.end)) {
      m = { ...base, end: name.end, source: name.data, kind: 'name' };
    } else if (generic && genericIsReference(v, i, L.determiners.has(v.toks[i]))) {
      m = { ...base, end: generic.end, source: 'unknown', kind: 'generic', generic: generic.data };
      refs.set(m, { type: generic.data, indefinite: isIndefinite(v, i) });
    } else if (!quoted && L.pronouns.has(v.toks[i]) && pronounSpeaks(v, i)) {
      m = { ...base, end: i + 1, source: d.lastSpeaker ?? 'unknown', kind: 'pronoun' };
    }
    if (!m) {
      i++;
      continue;
    }
    out.push(m);
    i = m.end;
  }
  out.forEach((m, k) => {
    const ref = refs.get(m);
    if (ref) {
      // An indefinite noun ("un porte-parole") introduces someone: it only points back, never to a default.
      m.source =
        appositionOf(v, m, out[k + 1]) ??
        resolveGeneric(v, ref.type, d, !ref.indefinite) ??
        'unknown';
    }
    if (!m.inQuote && m.kind !== 'pronoun' && m.source !== 'unknown') d.named(m.source);
  });
  out.forEach((m, k) => {
    if (!m.inQuote) markRole(v, m, out[k + 1]?.start ?? v.end);
  });
  return out;
}

/** Who speaks in the sentence: "selon lui", "X said", "said X", a subject pronoun, else the nearest name. */
export function sentenceSpeaker(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
  at: number,
): string | undefined {
  const usable = mentions.filter((m) => !m.inQuote && !m.relayed);
  if (!usable.length) return d.lastSpeaker;
  const attributed = usable.filter((m) => m.attributive);
  // "The report contains « ... »": a document holds words, it does not say them.
  const pool = attributed.length ? attributed : usable.filter((m) => m.generic !== 'report');
  if (!pool.length) return d.lastSpeaker;
  const beforeAt = pool.filter((m) => m.end <= at);
  return (beforeAt.at(-1) ?? pool[0]!).source;
}
