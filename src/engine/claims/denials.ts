// Denials by the story's deniers in one sentence: a reported rejection ("the
// ministry brushed the findings aside as..."), a quoted dismissal (« infondées
// et mensongères »), a demand that the accusers reveal their sources, or a denied
// fact ("it does not use cluster bombs").
import { isCitedExample } from './cited-examples';
import { afterDateline } from './dateline';
import { evaluationDenials } from './denial-evaluations';
import { denialNouns } from './denial-nouns';
import { deniedActVerb, namesAct } from './denied-acts';
import { sentenceSpeaker } from './mentions';
import { lacksEvidence } from './missing-evidence';
import { rejectsRivalClaims } from './rival-claims';
import { quoteAt, type Quote } from './segment';
import {
  Discourse,
  inQuote,
  isClauseMark,
  skipFillers,
  skipFillersBack,
  type Mention,
  type SentenceView,
} from './sentence';

export interface DenialHit {
  start: number;
  end: number;
  source: string;
  /** Which reading found it: a reported clause beats a quote it contains, a quote beats a denied fact. */
  priority: number;
}

const MAX_OBJECT = 14;
/** Most tokens after the colon of a "Speaker: words" headline. */
const MAX_HEADLINE_TOKENS = 16;
const MAX_CLAUSE = 25;
const MAX_CHARS = 320;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…']);

function negatedBefore(v: SentenceView, i: number): boolean {
  for (let k = Math.max(v.start, i - 3); k < i; k++)
    if (v.lang.negations.has(v.toks[k])) return true;
  return false;
}

/** Tokens (a, b) hold only auxiliaries, adverbs, negations and object pronouns. */
function onlyFillers(v: SentenceView, a: number, b: number): boolean {
  let k = a;
  while (k < b) {
    const m = v.lang.verbFillers.matchAt(v.toks, k, b);
    if (m) k = m.end;
    else if (v.lang.objectPronouns.has(v.toks[k]) || v.lang.negations.has(v.toks[k])) k++;
    else return false;
  }
  return true;
}

/** Where the clause of the token at `i` starts: after a comma, a colon or a "que"/"that". */
function clauseStartOf(v: SentenceView, i: number): number {
  for (let k = i - 1; k >= v.start; k--) {
    if (inQuote(v, k)) continue;
    if (isClauseMark(v.toks[k]) || v.lang.complementisers.has(v.toks[k])) return k + 1;
  }
  return v.start;
}

/** The subject of the verb at `verb`: the clause's first source, or one right before the verb. */
function subjectOf(
  v: SentenceView,
  mentions: readonly Mention[],
  verb: number,
  verbEnd: number,
  d: Discourse,
): Mention | string | undefined {
  const { toks, lang: L } = v;
  // "au gouvernement de Damas": a name after a preposition is not the subject.
  // "la cuenta oficial del ministerio": the channel speaks for the institution after it.
  const governed = (m: Mention) => {
    for (let p = m.start; p > v.start; p--) {
      if (L.prepositions.has(toks[p - 1]))
        return !L.channelNouns.matchEndingAt(toks, p - 1, v.start);
      if (!L.determiners.has(toks[p - 1])) return false;
    }
    return false;
  };
  // A document ("el documento", "the report") is what is denied, not who denies.
  const before = mentions.filter(
    (m) => !m.inQuote && m.end <= verb && !governed(m) && m.generic !== 'report',
  );
  // "X a nié les faits et a qualifié...": a verb coordinated with an earlier one shares its subject.
  const coordinated = coordinatedAt(v, verb);
  if (coordinated !== null) {
    const first = before.find((m) => m.end <= coordinated);
    if (first) return first;
  }
  const clauseStart = clauseStartOf(v, verb);
  const inClause = before.filter((m) => m.start >= clauseStart);
  const last = inClause.at(-1);
  if (last) return onlyFillers(v, last.end, verb) ? last : inClause[0];
  // "Moscou, allié de Damas, affirme...": the subject stands before the apposition.
  const head = appositionHead(v, before, clauseStart);
  if (head) return head;
  if (before.length) return before.at(-1);
  // Passive or inverted subject: "rejected by Moscow", "bestritt Moskau".
  let after = skipFillers(v, verbEnd);
  if (L.passiveBy.has(toks[after])) after++;
  const inverted = mentions.find((m) => !m.inQuote && m.start >= verbEnd && m.start <= after + 1);
  if (inverted) return inverted;
  // No subject written: the sentence goes on with the last speaker.
  return verb - v.start <= 4 ? d.lastSpeaker : undefined;
}

/** Where the coordinator right before a verb stands ("... et a qualifié"), or null. */
function coordinatedAt(v: SentenceView, verb: number): number | null {
  const at = skipFillersBack(v, verb);
  const conj = v.lang.coordinators.matchEndingAt(v.toks, at, v.start, 2);
  return conj && conj.start > v.start ? conj.start : null;
}

/** The mention an apposition between commas ends up describing: "X, ..., verb" gives X. */
function appositionHead(
  v: SentenceView,
  before: readonly Mention[],
  clauseStart: number,
): Mention | undefined {
  if (v.toks[clauseStart - 1]?.f !== ',') return undefined;
  for (let k = clauseStart - 2; k > v.start; k--) {
    if (v.toks[k]!.f !== ',') continue;
    return before.find((m) => m.end === k);
  }
  return undefined;
}

const sourceOf = (s: Mention | string | undefined): string | undefined =>
  typeof s === 'string' ? s : s?.source;

function wordsIn(v: SentenceView, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (v.toks[k]!.k === 'word') n++;
  return n;
}

const quoteWords = (v: SentenceView, q: Quote): number => wordsIn(v, q.open + 1, q.close);

const dismissiveIn = (v: SentenceView, a: number, b: number): boolean =>
  v.lang.dismissive.findIn(v.toks, a, b) !== null || lacksEvidence(v, a, b);

/** Content of a quotation without its marks and final punctuation, as a token range. */
function quoteContent(v: SentenceView, q: Quote): [number, number] | null {
  let a = q.open + 1;
  let b = q.close;
  while (b > a && TRAILING.has(v.toks[b - 1]!.f)) b--;
  while (a < b && v.toks[a]!.k === 'punct') a++;
  return b > a ? [a, b] : null;
}

/** Whether a clause with its own subject starts at `i` (an article, a pronoun or a name). */
function opensClause(v: SentenceView, i: number): boolean {
  const t = v.toks[i];
  return !!t && (v.lang.determiners.has(t) || v.lang.pronouns.has(t) || (t.cap && t.k === 'word'));
}

/** End (exclusive) of the object of a verb: the clause up to punctuation, a new verb or the length cap. */
function objectEnd(v: SentenceView, from: number): number {
  const { toks, lang: L } = v;
  // "Moskau dementiert oder schweigt": a coordinator right after the verb starts no object.
  if (L.coordinators.matchAt(toks, from, v.end)) return from;
  let k = from;
  let named = false;
  while (k < v.end && k - from < MAX_OBJECT) {
    const q = v.quotes.find((x) => x.open === k);
    if (q) {
      if (q.close >= v.end) break;
      k = q.close + 1;
      continue;
    }
    const t = toks[k]!;
    if (isClauseMark(t) || TRAILING.has(t.f)) break;
    if (L.attributionBefore.matchAt(toks, k, v.end)) break;
    // "dismissed a report by Amnesty that accused...": what is rejected has been named. (Not
    // "reports that the boat was overloaded": a clause with its own subject says what they are.)
    const relative = named && k > from ? L.relatives.matchAt(toks, k, v.end) : null;
    if (relative && !opensClause(v, relative.end)) break;
    named ||= L.denialTargets.matchAt(toks, k, v.end) !== null;
    const conj = L.coordinators.matchAt(toks, k, v.end);
    if (conj) {
      let next = skipFillers(v, conj.end);
      while (L.objectPronouns.has(toks[next])) next++;
      const verbs = [L.speech, L.assertVerbs, L.denialVerbs, L.demandVerbs, L.weakDenialVerbs];
      verbs.push(L.disownVerbs, L.doubtVerbs, L.chargeVerbs);
      if (verbs.some((lex) => lex.matchAt(toks, next, v.end))) break;
    }
    k++;
  }
  return k;
}

function targeted(v: SentenceView, verb: number, objStart: number, objEnd: number): boolean {
  const { toks, lang: L, story } = v;
  // "Amnesty accuse Moscou ; Moscou dément": a denial verb by a denier with no object denies what
  // the article reports.
  if (objStart >= objEnd) return true;
  if (L.objectPronouns.has(toks[verb - 1])) return true;
  const first = toks[objStart];
  // "rechaza los informes": after the verb, "los" is an article, not the pronoun of "los rechaza";
  // with no noun after it, it is the pronoun ("negou-o.").
  const pronoun =
    L.objectPronouns.has(first) && (!L.determiners.has(first) || toks[objStart + 1]?.k !== 'word');
  if (L.complementisers.has(first) || L.infinitives.matchAt(toks, objStart, objEnd) || pronoun)
    return true;
  if (L.denialAdverbs.matchAt(toks, objStart, objEnd)) return true;
  // "denied responsibility for the strikes", "décline toute responsabilité dans la frappe".
  if (namesAct(v, verb, objEnd)) return true;
  for (const lex of [L.denialTargets, L.dismissive])
    if (lex.findIn(toks, objStart, objEnd)) return true;
  if (
    story.denialTopics.some((t) => t.cues.findIn(toks, objStart, objEnd)) ||
    mentionsCivilians(v, objStart, objEnd)
  ) {
    return true;
  }
  return v.quotes.some(
    (q) => q.open >= objStart && q.close < objEnd && dismissiveIn(v, q.open + 1, q.close),
  );
}

/** The span starts at the subject with its article ("El Kremlin rechazó"), when it opens the verb's
 *  clause and names an institution: a pronoun ("he also rejected") or a spokesman's name ("Konashenkov
 *  denied") is who speaks, not part of what is claimed. */
function subjectStart(v: SentenceView, subject: Mention, verb: number): number {
  if (subject.kind === 'pronoun' || coordinatedAt(v, verb) !== null) return verb;
  if (v.story.people.matchAt(v.toks, subject.start, subject.end)?.end === subject.end) return verb;
  if (subject.start < v.start || subject.end > verb || verb - subject.end > 12) return verb;
  for (let k = subject.end; k < verb; k++)
    if (isClauseMark(v.toks[k]) && !inQuote(v, k)) return verb;
  let start = subject.start;
  while (start > v.start && v.lang.determiners.has(v.toks[start - 1])) start--;
  return start;
}

function reportedDenials(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: L, story } = v;
  for (let i = v.start; i < v.end; i++) {
    if (inQuote(v, i)) continue;
    // "declined all responsibility", "questioned the veracity of its photos": checked with its object.
    const act = deniedActVerb(v, i);
    const strong = act ? null : L.denialVerbs.matchAt(toks, i, v.end);
    const weak = strong || act ? null : L.weakDenialVerbs.matchAt(toks, i, v.end);
    const verb = act ?? strong ?? weak;
    if (!verb || negatedBefore(v, i)) continue;
    let objStart = verb.gap ? verb.gap[0] : skipFillers(v, verb.end);
    // "Auch das bestreitet Moskau, ...": an inverted subject right after the verb is not its object.
    const inverted = verb.gap
      ? undefined
      : mentions.find((m) => !m.inQuote && m.start === objStart && v.story.deniers.has(m.source));
    if (inverted) objStart = inverted.end;
    // "Moskau bestreitet, Streumunition eingesetzt zu haben": the object follows a comma.
    if (!verb.gap && toks[objStart]?.f === ',' && objectEnd(v, objStart) === objStart) objStart++;
    const objEnd = verb.gap ? verb.gap[1] : objectEnd(v, objStart);
    // "The report was dismissed by Moscow": the agent follows, what is denied comes before.
    const passive = !verb.gap && L.passiveBy.has(toks[objStart]);
    const clause = passive ? clauseStartOf(v, i) : i;
    const subject = passive
      ? mentions.find((m) => !m.inQuote && m.start > objStart && m.start <= objStart + 3)
      : subjectOf(v, mentions, i, verb.gap ? verb.gap[0] : verb.end, d);
    const source = sourceOf(subject);
    if (!source || !story.deniers.has(source)) continue;
    if (!act && (passive ? !targeted(v, i, clause, i) : !targeted(v, i, objStart, objEnd)))
      continue;
    if (weak) {
      // "dénonce des « clichés »" denies; "a jugé ces allégations « ... »" is left to the quote.
      if (!dismissiveIn(v, objStart, objEnd)) continue;
      const long = v.quotes.some(
        (q) =>
          q.open >= objStart && q.close < objEnd && quoteWords(v, q) >= 3 && !isCitedExample(v, q),
      );
      if (long) continue;
    }
    const end = Math.max(verb.end, objEnd);
    // Who rejects, the rejection and what it rejects ("El Kremlin rechazó el informe").
    const start = passive ? clause : typeof subject === 'object' ? subjectStart(v, subject, i) : i;
    out.push({ start, end, source, priority: 3 });
    i = end - 1;
  }
}

/** A quotation of at most this many words is a label ("« clichés »", "“fake information”") that says
 *  little alone: it is read with the clause that applies it and the labels coordinated with it. */
const LABEL_WORDS = 3;
/** A dismissive quotation longer than this is read clause by clause: each clause that dismisses is a
 *  claim of its own, and the rest of the quotation (greetings, context) is not. */
const WHOLE_QUOTE_CHARS = 100;
const CLAUSE_CUTS = new Set(['.', '!', '?', '…', ';', ':', ',', '—', '–']);
const LABEL_REACH = 8;

const chars = (v: SentenceView, a: number, b: number): number => v.toks[b - 1]!.e - v.toks[a]!.s;

/** Whether tokens [a, b) dismiss or deny on one of the story's topics. */
function dismisses(v: SentenceView, a: number, b: number): boolean {
  return dismissiveIn(v, a, b) || deniesInClause(v, a, b);
}

/** The clauses of a long quotation that dismiss, as token ranges. */
function dismissiveClauses(v: SentenceView, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (let k = a; k <= b; k++) {
    if (k < b && !(v.toks[k]!.k === 'punct' && CLAUSE_CUTS.has(v.toks[k]!.f))) continue;
    let [x, y] = [from, k];
    while (x < y && v.toks[x]!.k !== 'word' && v.toks[x]!.k !== 'num') x++;
    while (y > x && TRAILING.has(v.toks[y - 1]!.f)) y--;
    if (y > x && dismisses(v, x, y)) out.push([x, y]);
    from = k + 1;
  }
  return out;
}

/** A short quoted label with the clause that applies it: "elles sont « fausses » et « sans preuves »". */
function labelClause(v: SentenceView, q: Quote): [number, number] {
  const { toks, lang: L } = v;
  let start = q.open;
  for (let k = q.open - 1; k >= Math.max(v.start, q.open - LABEL_REACH); k--) {
    if (inQuote(v, k)) break;
    if (isClauseMark(toks[k]) || L.complementisers.has(toks[k]) || TRAILING.has(toks[k]!.f)) break;
    start = k;
  }
  let end = q.close + 1;
  // "« fakes » et de « clichés »": coordinated labels belong to the same claim.
  for (let next = end; next < v.end;) {
    let k = next;
    while (k < Math.min(v.end, next + 3) && !v.quotes.some((x) => x.open === k)) {
      const t = toks[k]!;
      const link =
        t.f === ',' ||
        L.coordinators.has(t) ||
        L.countLinks.has(t) ||
        L.determiners.has(t) ||
        L.prepositions.has(t);
      if (!link) break;
      k++;
    }
    const following = v.quotes.find((x) => x.open === k);
    if (!following || following.close >= v.end || quoteWords(v, following) > LABEL_WORDS) break;
    end = following.close + 1;
    next = end;
  }
  return [start, end];
}

/** The spans a dismissive quotation claims: a label with its clause, a short quotation whole, a long
 *  one by its dismissing clauses; none when it does not dismiss. */
function quoteSpans(v: SentenceView, q: Quote): [number, number][] {
  const content = quoteContent(v, q);
  if (!content || !dismisses(v, content[0], content[1])) return [];
  const [a, b] = content;
  if (quoteWords(v, q) <= LABEL_WORDS) return [labelClause(v, q)];
  if (chars(v, a, b) <= WHOLE_QUOTE_CHARS) return [[a, b]];
  return dismissiveClauses(v, a, b);
}

const quotesOf = (v: SentenceView): Quote[] =>
  v.quotes.filter((q) => q.open >= v.start && q.close < v.end && !isCitedExample(v, q));

function quotedDenials(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
  out: DenialHit[],
): void {
  for (const q of quotesOf(v)) {
    const spans = quoteSpans(v, q);
    const source = spans.length ? sentenceSpeaker(v, mentions, d, q.open) : undefined;
    if (!source || !v.story.deniers.has(source)) continue;
    for (const [start, end] of spans) out.push({ start, end, source, priority: 2 });
  }
}

/**
 * Dismissive quotations of a sentence that names no one and whose speaker is not known yet: the
 * next sentence may name the speaker ("« Rien de nouveau. » C'est ainsi que le ministère a répondu.").
 */
export function unclaimedQuotes(v: SentenceView, mentions: readonly Mention[]): [number, number][] {
  if (mentions.some((m) => !m.inQuote)) return [];
  return quotesOf(v).flatMap((q) => quoteSpans(v, q));
}

/** "Moscou : « Des clichés »", "Moskau: nur Terroristen im Visier": a headline giving a denier's words
 *  after a colon is a denial as a whole. */
function colonHeadline(v: SentenceView, mentions: readonly Mention[], out: DenialHit[]): void {
  const { toks } = v;
  let colon = -1;
  for (let k = v.start; k < Math.min(v.end, v.start + 8); k++) {
    if (toks[k]!.f === ':' && !inQuote(v, k)) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || v.end - colon > MAX_HEADLINE_TOKENS) return;
  // The speaker alone before the colon (with its article, and capitalised words that complete its
  // name, "Ministero Difesa"): "Il a ajouté :" introduces a quote.
  const named = (m: Mention) => {
    for (let k = m.end; k < colon; k++) if (!toks[k]!.cap) return false;
    return colon - m.end <= 2;
  };
  const speaker = mentions.find((m) => !m.inQuote && m.kind !== 'pronoun' && named(m));
  let first = speaker?.start ?? v.start;
  while (first > v.start && v.lang.determiners.has(toks[first - 1])) first--;
  if (!speaker || first !== v.start || !v.story.deniers.has(speaker.source)) return;
  let end = v.end;
  while (end > colon + 1 && TRAILING.has(toks[end - 1]!.f)) end--;
  if (end <= colon + 1 || !dismisses(v, colon + 1, end)) return;
  out.push({ start: speaker.start, end, source: speaker.source, priority: 4 });
}

/** What a demand asks to be revealed, from `from` on: a reveal verb and its sources ("reveal its
 *  sources", "seine Quellen offenzulegen"), to the end of what it asks for ("who gave it its data"). */
function revealedObject(v: SentenceView, from: number): { reveal: number; end: number } | null {
  const { toks, lang: L } = v;
  let reveal = null;
  for (let j = from; !reveal && j < Math.min(v.end, from + 10); j++)
    reveal = L.revealVerbs.matchAt(toks, j, v.end);
  if (!reveal) return null;
  // The sources follow the verb, or precede it where verbs come last ("seine Quellen offenzulegen").
  let noun = null;
  for (let j = reveal.end; !noun && j < Math.min(v.end, reveal.end + 5); j++)
    noun = L.sourceNouns.matchAt(toks, j, v.end);
  for (let j = Math.max(from, reveal.start - 5); !noun && j < reveal.start; j++) {
    noun = L.sourceNouns.matchAt(toks, j, reveal.start);
  }
  if (!noun) return null;
  return { reveal: reveal.start, end: objectEnd(v, Math.max(noun.end, reveal.end)) };
}

function revealDemands(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: L } = v;
  for (let i = v.start; i < v.end; i++) {
    const demand = inQuote(v, i) ? null : L.demandVerbs.matchAt(toks, i, v.end);
    if (!demand) continue;
    const asked = revealedObject(v, demand.end);
    if (!asked) continue;
    const source = sourceOf(subjectOf(v, mentions, i, demand.end, d));
    if (!source || !v.story.deniers.has(source)) continue;
    // Quoted ("à « révéler les sources... »"): the quotation is the demand.
    const q = quoteAt(v.quotes, asked.reveal);
    const content = q && quoteContent(v, q);
    if (content) out.push({ start: content[0], end: content[1], source, priority: 2 });
    else out.push({ start: i, end: asked.end, source, priority: 2 });
    i = asked.end - 1;
  }
}

/** A demand reported in the addressee's clause, its demander after it: "Amnesty solle offenlegen,
 *  woher seine Daten stammten, forderte das Ministerium", "Amnesty must reveal its sources, the
 *  ministry demanded". The span is the clause, from its subject through what must be revealed. */
function reportedDemands(v: SentenceView, mentions: readonly Mention[], out: DenialHit[]): void {
  const { toks, lang: L } = v;
  for (let i = v.start; i < v.end; i++) {
    const modal = inQuote(v, i) ? null : L.demandModals.matchAt(toks, i, v.end);
    if (!modal) continue;
    const asked = revealedObject(v, modal.end);
    if (!asked || toks[asked.end]?.f !== ',') continue;
    // ", forderte das Ministerium" or ", the ministry demanded".
    let subjectAt = asked.end + 1;
    while (L.determiners.has(toks[subjectAt])) subjectAt++;
    const first = mentions.find((m) => !m.inQuote && m.start > asked.end && m.start <= subjectAt);
    const verbAt = skipFillers(v, first ? first.end : asked.end + 1);
    const demand = L.demandVerbs.matchAt(toks, verbAt, v.end);
    if (!demand) continue;
    const after = skipFillers(v, demand.end);
    const speaker =
      first ?? mentions.find((m) => !m.inQuote && m.start >= demand.end && m.start <= after + 1);
    if (!speaker || !v.story.deniers.has(speaker.source)) continue;
    let start = mentions.find((m) => m.end === i && !m.inQuote)?.start ?? i;
    while (start > v.start && L.determiners.has(toks[start - 1])) start--;
    out.push({ start, end: asked.end, source: speaker.source, priority: 2 });
    i = demand.end - 1;
  }
}

function mentionsCivilians(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (v.lang.heads.matchAt(v.toks, k, to)?.data === 'civilians') return true;
  return false;
}

/** Whether a reported clause denies: a negated or restricted fact on the story's topics ("it does
 *  not use cluster bombs", "it strikes only terrorists"), or a dismissive word outside quotes
 *  ("the report is biased"; a quotation is read by `quotedDenials`). */
function deniesInClause(v: SentenceView, from: number, to: number): boolean {
  const { toks, lang: L, story } = v;
  const quoted = (k: number) => v.quotes.some((q) => q.open <= k && k <= q.close);
  const dismissive = L.dismissive.findIn(toks, from, to);
  if (dismissive && !quoted(dismissive.start)) return true;
  if (!L.negations.findIn(toks, from, to) && !L.restrictives.findIn(toks, from, to)) return false;
  return (
    story.denialTopics.some((t) => t.cues.findIn(toks, from, to)) ||
    mentionsCivilians(v, from, to) ||
    namesAct(v, from, to)
  );
}

/** The end of a reported clause starting at `from`: its punctuation, a cut word or the length cap. */
function clauseEnd(v: SentenceView, from: number): number {
  let to = from;
  while (to < v.end && to - from < MAX_CLAUSE) {
    const t = v.toks[to]!;
    if ((isClauseMark(t) || TRAILING.has(t.f)) && !inQuote(v, to)) break;
    // "não têm como saber": a dismissive phrase is read whole, a cut word inside it included.
    const phrase = v.lang.dismissive.matchAt(v.toks, to, v.end);
    if (phrase && !phrase.gap) {
      to = phrase.end;
      continue;
    }
    if (v.lang.clauseCuts.matchAt(v.toks, to, v.end)) break;
    to++;
  }
  return to;
}

/** Whether the sentence's first clause is in a mood of reported speech and has no verb of saying. */
function reportedMood(v: SentenceView): boolean {
  const { toks, lang: L } = v;
  const end = clauseEnd(v, v.start);
  return (
    L.reportedMood.findIn(toks, v.start, Math.min(end, v.start + 6)) !== null &&
    L.assertVerbs.findIn(toks, v.start, v.end) === null &&
    L.speech.findIn(toks, v.start, v.end) === null
  );
}

/** A reported clause [from, to) that denies, unless a dismissive quotation in it is the claim. */
function deniedClause(v: SentenceView, from: number, to: number): boolean {
  if (to <= from || !deniesInClause(v, from, to)) return false;
  return !v.quotes.some(
    (q) => q.open >= from && q.close < to && dismissiveIn(v, q.open + 1, q.close),
  );
}

/**
 * "Russian jets hit only terrorist targets, the ministry said": a clause reported before its
 * speaker, who follows a comma with a verb of saying.
 */
function postposedSpeaker(v: SentenceView, mentions: readonly Mention[], out: DenialHit[]): void {
  const { toks, lang: L } = v;
  for (let comma = v.end - 2; comma > v.start + 2; comma--) {
    if (toks[comma]!.f !== ',' || inQuote(v, comma)) continue;
    const tail = mentions.find((m) => !m.inQuote && m.start > comma && m.start <= comma + 4);
    const said = L.speech.findIn(toks, comma + 1, Math.min(v.end, comma + 6));
    if (!tail || !said || !v.story.deniers.has(tail.source)) return;
    let from = v.start;
    for (let k = comma - 1; k > v.start; k--) {
      if (toks[k]!.f === ':' && !inQuote(v, k)) {
        from = k + 1;
        break;
      }
    }
    if (deniedClause(v, from, comma))
      out.push({ start: from, end: comma, source: tail.source, priority: 1 });
    return;
  }
}

function deniedFacts(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: L } = v;
  postposedSpeaker(v, mentions, out);
  for (let i = v.start; i < v.end; i++) {
    if (inQuote(v, i)) continue;
    // "Secondo il ministero, non c'è alcuna munizione...": the clause after a denier's attribution.
    const according = L.attributionBefore.matchAt(toks, i, v.end);
    let named = according ? according.end : -1;
    while (according && L.determiners.has(toks[named])) named++;
    // "Selon lui, ...": the pronoun is part of the attribution's match.
    const by =
      according &&
      mentions.find(
        (m) => !m.inQuote && (m.start === named || (m.kind === 'pronoun' && m.start === i)),
      );
    if (by && v.story.deniers.has(by.source)) {
      const from = toks[by.end]?.f === ',' ? by.end + 1 : by.end;
      const to = clauseEnd(v, from);
      if (deniedClause(v, from, to)) {
        out.push({ start: from, end: to, source: by.source, priority: 1 });
        i = to - 1;
      }
      continue;
    }
    // "Er enthalte nichts Neues": reported speech by its mood alone, the last speaker's words.
    if (i === v.start && reportedMood(v) && d.lastSpeaker && v.story.deniers.has(d.lastSpeaker)) {
      const to = clauseEnd(v, i);
      if (deniedClause(v, i, to)) {
        out.push({ start: i, end: to, source: d.lastSpeaker, priority: 1 });
        i = to - 1;
        continue;
      }
    }
    const verb = L.assertVerbs.matchAt(toks, i, v.end);
    if (!verb || negatedBefore(v, i)) continue;
    // "betonte, dass ..." / "sagte, es gebe ...": German sets the reported clause off by a comma.
    let after = skipFillers(v, verb.end);
    if (toks[after]?.f === ',' && L.optionalComplementiser) after++;
    const comp = L.complementisers.matchAt(toks, after, v.end);
    // "affirme ne viser que...", "diz visar apenas...": an infinitive clause with no "que", read with
    // its verb.
    // (Where "that" may be left out, a negation there opens the clause: "said none of...").
    const infinitive =
      !comp &&
      !L.optionalComplementiser &&
      (L.negations.findIn(toks, after, Math.min(v.end, after + 2)) !== null ||
        L.restrictives.findIn(toks, after, Math.min(v.end, after + 3)) !== null);
    if (!comp && !L.optionalComplementiser && !infinitive) continue;
    const from = comp ? comp.end : after;
    const to = clauseEnd(v, from);
    if (!deniedClause(v, from, to)) continue;
    const source = sourceOf(subjectOf(v, mentions, i, verb.end, d));
    if (source && v.story.deniers.has(source))
      out.push({ start: infinitive ? i : from, end: to, source, priority: 1 });
    i = to - 1;
  }
}

/** "descartou o relatório, que chamou de « infundado »": a denial that goes on in a relative clause
 *  about what it rejects is one claim with it. */
function joinRelatives(v: SentenceView, hits: DenialHit[]): DenialHit[] {
  const out: DenialHit[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    const between = last ? h.start - last.end : -1;
    const joins =
      last !== undefined &&
      last.source === h.source &&
      between >= 1 &&
      between <= 3 &&
      v.toks[last.end]!.f === ',' &&
      v.lang.relatives.matchAt(v.toks, last.end + 1, h.start) !== null;
    if (joins) last.end = h.end;
    else out.push({ ...h });
  }
  return out;
}

/** Denials of the sentence, without overlaps: the higher reading, then the longer, wins. */
export function findDenials(
  v: SentenceView,
  mentions: readonly Mention[],
  d: Discourse,
): DenialHit[] {
  const found: DenialHit[] = [];
  colonHeadline(v, mentions, found);
  reportedDenials(v, mentions, d, found);
  quotedDenials(v, mentions, d, found);
  revealDemands(v, mentions, d, found);
  reportedDemands(v, mentions, found);
  deniedFacts(v, mentions, d, found);
  found.push(...evaluationDenials(v, mentions, d), ...denialNouns(v, mentions));
  const dateline = afterDateline(v);
  for (const h of found) h.start = Math.max(h.start, dateline);
  const chars = (h: DenialHit) => v.toks[h.end - 1]!.e - v.toks[h.start]!.s;
  found.sort((a, b) => b.priority - a.priority || chars(b) - chars(a));
  const kept: DenialHit[] = [];
  for (const h of found) {
    if (h.end <= h.start || chars(h) > MAX_CHARS) continue;
    if (rejectsRivalClaims(v, mentions, h.start, h.end)) continue;
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
  }
  return joinRelatives(
    v,
    kept.sort((a, b) => a.start - b.start),
  );
}
