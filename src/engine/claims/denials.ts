// Denials by the story's deniers in one sentence: a reported rejection ("the
// ministry brushed the findings aside as..."), a quoted dismissal (« infondées
// et mensongères »), a demand that the accusers reveal their sources, or a denied
// fact ("it does not use cluster bombs").
import { inAccusersWords, toldByAccuser } from './accuser-account';
import { chargesDenier } from './charged-deniers';
import { askedAbout } from './asked-denials';

import { afterCitedExamples, isCitedExample, outsideCitedExamples } from './cited-examples';
import { continuesDismissal } from './dismissal-runs';
import { labelledFrom } from './clause-final-label';
import { longBracketStart } from './bracket-rejection';
import { afterDateline } from './dateline';
import { evaluationDenials } from './denial-evaluations';
import { denialNouns } from './denial-nouns';
import { dismissiveIn, findDismissive } from './dismissive-words';
import {
  ignoresReport,
  nilToll,
  universalStrikes,
  unseenReportClauses,
  unseenReportEnd,
} from './denied-claims';
import { deniedActVerb, namesAct } from './denied-acts';
import { counterfactualDenial, deniedOwnAct } from './own-acts';
import { cannotCheckAt, findCannotCheck } from './cannot-check';
import { noInformation } from './no-information';
import { ownedClaimClause } from './owned-claims';
import { counterEvidenceVerb } from './counter-evidence';
import { sentenceSpeaker } from './mentions';
import { lacksEvidence } from './missing-evidence';
import { closingAttribution, previousSubject } from './speaker-context';
import { rejectsRivalClaims } from './rival-claims';
import { deniesWithNegation, restrictedTargets } from './restricted-targets';
import { isReportTitle } from './report-titles';
import { quoteAt, type Quote } from './segment';
import { frontedObject } from './fronted-object';
import { fromFirstDismissal } from './quote-sentences';
import { labelSpeaker } from './label-speaker';
import { speechTag, speechTagEnd } from './label-tag';
import { afterSubjectRelative } from './subject-clauses';
import { unacknowledgedStart, unacknowledgedVerb } from './unacknowledged';
import { opensSecondPredicate } from './second-predicate';
import { silentAlternativeEnd } from './silent-alternative';
import { verdictHeadline } from './verdict-headline';
import {
  backOverDeterminers,
  Discourse,
  inQuote,
  isClauseMark,
  mentionsCivilians,
  pastDeterminers,
  skipFillers,
  skipFillersBack,
  skipToVerb,
  wordsIn,
  type Mention,
  type SentenceView,
} from './sentence';

export interface DenialHit {
  start: number;
  end: number;
  source: string;
  /** Which reading found it: a reported clause beats a quote it contains, a quote beats a denied fact. */
  priority: number;
  /** The denier's act of rejecting ("Moscow rejected the findings"): its answer, whoever tells it
   *  ("Amnesty said Moscow rejected the findings"), unlike what the accuser says about it ("Moscow
   *  has given no evidence"). */
  act?: true;
  /** Where the rejection starts after its subject ("The ministry | rejected"): a claim that goes on
   *  into a label of what is rejected starts there. */
  rejection?: number;
}

const MAX_OBJECT = 14;
/** Most tokens after the colon of a "Speaker: words" headline. */
const MAX_HEADLINE_TOKENS = 16;
const MAX_CLAUSE = 25;
const MAX_CHARS = 320;
/** Most words after the charge that a denier's lack of information on it keeps in its claim. */
const UNKNOWN_TAIL_WORDS = 6;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…']);

function negatedBefore(sentence: SentenceView, i: number): boolean {
  // "has never stopped denying", "non ha mai smesso di negare": the negated stop goes on denying.
  const goesOn = sentence.lang.unceasing.matchEndingAt(sentence.toks, i, sentence.start);
  const end = goesOn ? goesOn.start : i;
  for (let k = Math.max(sentence.start, end - 3); k < end; k++)
    if (sentence.lang.negations.has(sentence.toks[k])) return true;
  return false;
}

/** Tokens (from, to) hold only auxiliaries, adverbs, negations and object pronouns. */
function onlyFillers(sentence: SentenceView, from: number, to: number): boolean {
  let k = from;
  while (k < to) {
    const filler = skipToVerb(sentence, k, to);
    if (filler > k) k = filler;
    else if (
      sentence.lang.objectPronouns.has(sentence.toks[k]) ||
      sentence.lang.negations.has(sentence.toks[k])
    )
      k++;
    else return false;
  }
  return true;
}

/** Where the clause of the token at `i` starts: after a comma, a colon or a "que"/"that". */
function clauseStartOf(sentence: SentenceView, i: number): number {
  for (let k = i - 1; k >= sentence.start; k--) {
    if (inQuote(sentence, k)) continue;
    if (isClauseMark(sentence.toks[k]) || sentence.lang.complementisers.has(sentence.toks[k]))
      return k + 1;
  }
  return sentence.start;
}

/** The subject of the verb at `verb`: the clause's first source, or one right before the verb. */
function subjectOf(
  sentence: SentenceView,
  mentions: readonly Mention[],
  verb: number,
  verbEnd: number,
  discourse: Discourse,
): Mention | string | undefined {
  const { toks, lang: lexicons } = sentence;
  // "Laut Amnesty hat Moskau ... dementiert": who a clause is attributed to is not its subject.
  const attributed = (mention: Mention) =>
    lexicons.attributionBefore.matchEndingAt(
      toks,
      backOverDeterminers(sentence, mention.start),
      sentence.start,
      4,
    ) !== null;
  // A document ("el documento", "the report") is what is denied, not who denies. A name right
  // before the verb is its subject, governed or not ("comments by Russian officials rejecting"),
  // not past an auxiliary ("le régime syrien a affirmé") nor after a free denier
  // ("Das Ministerium in Moskau stritt ab").
  const mayDeny = (m: Mention) => !m.inQuote && !attributed(m) && m.generic !== 'report';
  const free = mentions.filter((m) => m.end <= verb && mayDeny(m) && !governed(sentence, m));
  const clauseStart = clauseStartOf(sentence, verb);
  const freeDenierInClause = free.some(
    (f) => f.start >= clauseStart && sentence.story.deniers.has(f.source),
  );
  const before = mentions.filter(
    (m) => free.includes(m) || (m.end === verb && mayDeny(m) && !freeDenierInClause),
  );
  // "X a nié les faits et a qualifié...": a verb coordinated with an earlier one shares its subject.
  const coordinated = coordinatedAt(sentence, verb);
  if (coordinated !== null) {
    const first = before.find((m) => m.end <= coordinated);
    if (first) return first;
  }
  // "Moskau, das ... fliegt, hat die Berichte der Organisation ... zurückgewiesen": a clause that
  // opens on its auxiliary after an aside has its subject before the aside; names after the
  // auxiliary are its object.
  if (lexicons.auxiliaries.matchAt(toks, clauseStart, verb)) {
    const head = appositionHead(sentence, before, clauseStart);
    if (head) return head;
  }
  const inClause = before.filter((m) => m.start >= clauseStart);
  const antecedent = inClause.length ? undefined : relativeAntecedent(sentence, mentions, verb);
  if (antecedent) return antecedent;
  const last = inClause.at(-1);
  // "Das Ministerium hat die Vorwürfe der Organisation am Mittwoch zurückgewiesen": a source inside
  // a verb bracket that the auxiliary opens right after the clause's first source is its object.
  const first = inClause[0];
  if (first && last !== first && lexicons.auxiliaries.matchAt(toks, first.end, verb)) return first;
  if (last) return onlyFillers(sentence, last.end, verb) ? last : first;
  // "Moscou, allié de Damas, affirme...": the subject stands before the apposition.
  const head = appositionHead(sentence, before, clauseStart);
  if (head) return head;
  if (before.length) return before.at(-1);
  // Passive or inverted subject: "rejected by Moscow", "bestritt Moskau".
  let after = skipFillers(sentence, verbEnd);
  if (lexicons.passiveBy.has(toks[after])) after++;
  // "evidence suggesting that Russian officials lied": after "that", the clause's own subject.
  const inverted = lexicons.complementisers.has(toks[after])
    ? undefined
    : mentions.find((m) => !m.inQuote && m.start >= verbEnd && m.start <= after + 1);
  if (inverted) return inverted;
  // No subject written ("Ha negado reiteradamente..."): the verb goes on about the previous
  // sentence's subject, else the sentence goes on with the last speaker.
  const previous = previousSubject(sentence, discourse);
  if (previous && onlyFillers(sentence, sentence.start, verb)) return previous.source;
  return verb - sentence.start <= 4 ? discourse.lastSpeaker : undefined;
}

/** Most tokens from a subject relative to its verb ("which has since repeatedly denied"). */
const RELATIVE_REACH = 6;

/** "los ataques de Rusia, que rechaza las acusaciones", "Russia, which denies it": the name right
 *  before a comma and a subject relative that only fillers part from the verb at `verb`. */
function relativeAntecedent(
  sentence: SentenceView,
  mentions: readonly Mention[],
  verb: number,
): Mention | undefined {
  const { toks, lang: lexicons } = sentence;
  for (let k = verb - 1; k > Math.max(sentence.start, verb - RELATIVE_REACH); k--) {
    if (isClauseMark(toks[k])) return undefined;
    const relative = lexicons.subjectRelatives.matchAt(toks, k, verb);
    if (!relative || !onlyFillers(sentence, relative.end, verb)) continue;
    if (toks[k - 1]!.folded !== ',') return undefined;
    return mentions.find((m) => !m.inQuote && m.end === k - 1);
  }
  return undefined;
}

/** Where the coordinator right before a verb stands ("... et a qualifié"), or null. */
function coordinatedAt(sentence: SentenceView, verb: number): number | null {
  const at = skipFillersBack(sentence, verb);
  const conj = sentence.lang.coordinators.matchEndingAt(sentence.toks, at, sentence.start, 2);
  if (!conj || conj.start <= sentence.start) return null;
  // "repeatedly and forcefully denied": the coordinator joins two adverbs, not two verbs.
  const adverbs = sentence.lang.verbFillers.matchEndingAt(
    sentence.toks,
    conj.start,
    sentence.start,
  );
  return adverbs && at < verb ? null : conj.start;
}

/** The mention an apposition between commas ends up describing: "X, ..., verb" gives X. */
function appositionHead(
  sentence: SentenceView,
  before: readonly Mention[],
  clauseStart: number,
): Mention | undefined {
  if (sentence.toks[clauseStart - 1]?.folded !== ',') return undefined;
  // "Russia, which backs Damascus, its ally, denied...": past several asides, the head opens the
  // sentence or follows a comma.
  let nearest = true;
  for (let k = clauseStart - 2; k > sentence.start; k--) {
    if (sentence.toks[k]!.folded !== ',') continue;
    const head = before.find((m) => m.end === k);
    const opens =
      head && (head.start === sentence.start || sentence.toks[head.start - 1]?.folded === ',');
    if (head && (nearest || opens)) return head;
    nearest = false;
  }
  return undefined;
}

const sourceOf = (mentionOrSource: Mention | string | undefined): string | undefined =>
  typeof mentionOrSource === 'string' ? mentionOrSource : mentionOrSource?.source;

const quoteWords = (sentence: SentenceView, quote: Quote): number =>
  wordsIn(sentence, quote.open + 1, quote.close);

/** Content of a quotation without its marks and final punctuation, as a token range. */
function quoteContent(sentence: SentenceView, quote: Quote): [number, number] | null {
  let first = quote.open + 1;
  let last = quote.close;
  while (last > first && TRAILING.has(sentence.toks[last - 1]!.folded)) last--;
  while (first < last && sentence.toks[first]!.kind === 'punct') first++;
  return last > first ? [first, last] : null;
}

/** Whether a clause with its own subject starts at `i` (an article, a pronoun or a name). */
function opensClause(sentence: SentenceView, i: number): boolean {
  const token = sentence.toks[i];
  return (
    !!token &&
    (sentence.lang.determiners.has(token) ||
      sentence.lang.pronouns.has(token) ||
      (token.cap && token.kind === 'word'))
  );
}

/** End (exclusive) of the object of a verb: the clause up to punctuation, a new verb or the length cap. */
function objectEnd(sentence: SentenceView, from: number): number {
  const { toks, lang: lexicons } = sentence;
  // "Moskau dementiert oder schweigt": a coordinator right after the verb starts no object.
  if (lexicons.coordinators.matchAt(toks, from, sentence.end)) return from;
  let k = from;
  let named = false;
  let owned = false;
  let labelled = false;
  while (k < sentence.end && k - from < MAX_OBJECT) {
    const quote = sentence.quotes.find((x) => x.open === k);
    if (quote) {
      if (quote.close >= sentence.end) break;
      k = quote.close + 1;
      continue;
    }
    const token = toks[k]!;
    if (isClauseMark(token) || TRAILING.has(token.folded)) break;
    if (lexicons.attributionBefore.matchAt(toks, k, sentence.end)) break;
    // "dismissed a report by Amnesty that accused...": what is rejected has been named. (Not
    // "reports that the boat was overloaded": a clause with its own subject says what they are.)
    const relative = named && k > from ? lexicons.relatives.matchAt(toks, k, sentence.end) : null;
    if (relative && !opensClause(sentence, relative.end)) break;
    // "rejected the accusations of Amnesty about the strikes", "rejeitou acusações de que...": once
    // it is named, what is rejected keeps its accuser, not its means, topic or content. (Not after
    // "as": "liquidò il rapporto come basato su..." goes on with its label.)
    labelled ||= lexicons.asMarkers.has(token);
    const tail =
      lexicons.objectTails.matchAt(toks, k, sentence.end) ??
      (owned ? lexicons.topicTails.matchAt(toks, k, sentence.end) : null);
    if (named && !labelled && tail) break;
    owned ||= named && token.cap && token.kind === 'word';
    named ||= lexicons.denialTargets.matchAt(toks, k, sentence.end) !== null;
    const conj = lexicons.coordinators.matchAt(toks, k, sentence.end);
    if (conj) {
      let next = skipFillers(sentence, conj.end);
      while (lexicons.objectPronouns.has(toks[next])) next++;
      const verbs = [
        lexicons.speech,
        lexicons.assertVerbs,
        lexicons.denialVerbs,
        lexicons.demandVerbs,
        lexicons.weakDenialVerbs,
      ];
      verbs.push(lexicons.disownVerbs, lexicons.doubtVerbs, lexicons.chargeVerbs);
      verbs.push(lexicons.acknowledgeVerbs);
      if (verbs.some((lex) => lex.matchAt(toks, next, sentence.end))) break;
    }
    k++;
  }
  return k;
}

function targeted(sentence: SentenceView, verb: number, objStart: number, objEnd: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  // "Amnesty accuse Moscou ; Moscou dément": a denial verb by a denier with no object denies what
  // the article reports.
  if (objStart >= objEnd) return true;
  if (lexicons.objectPronouns.has(toks[verb - 1])) return true;
  const first = toks[objStart];
  // "rechaza los informes": after the verb, "los" is an article, not the pronoun of "los rechaza";
  // with no noun after it, it is the pronoun ("negou-o.").
  const pronoun =
    lexicons.objectPronouns.has(first) &&
    (!lexicons.determiners.has(first) || toks[objStart + 1]?.kind !== 'word');
  if (
    lexicons.complementisers.has(first) ||
    lexicons.infinitives.matchAt(toks, objStart, objEnd) ||
    pronoun
  )
    return true;
  if (lexicons.denialAdverbs.matchAt(toks, objStart, objEnd)) return true;
  // "denied responsibility for the strikes", "décline toute responsabilité dans la frappe".
  if (namesAct(sentence, verb, objEnd)) return true;
  for (const lex of [lexicons.denialTargets, lexicons.dismissive])
    if (lex.findIn(toks, objStart, objEnd)) return true;
  if (
    story.denialTopics.some((t) => t.cues.findIn(toks, objStart, objEnd)) ||
    mentionsCivilians(sentence, objStart, objEnd)
  ) {
    return true;
  }
  return sentence.quotes.some(
    (q) => q.open >= objStart && q.close < objEnd && dismissiveIn(sentence, q.open + 1, q.close),
  );
}

/** The span starts at the subject with its article ("El Kremlin rechazó"), when it opens the verb's
 *  clause and names an institution: a pronoun ("he also rejected") or a spokesman's name ("Konashenkov
 *  denied") is who speaks, not part of what is claimed. */
function subjectStart(sentence: SentenceView, subject: Mention, verb: number): number {
  if (coordinatedAt(sentence, verb) !== null) return verb;
  // "It has repeatedly and forcefully denied...", "Konashenkov also rejected...": the adverbs are
  // part of the claim, the pronoun or the spokesman's name not.
  const speaker =
    subject.kind === 'pronoun' ||
    sentence.story.people.matchAt(sentence.toks, subject.start, subject.end)?.end === subject.end;
  if (speaker)
    return subject.end < verb && onlyFillers(sentence, subject.end, verb) ? subject.end : verb;
  if (subject.start < sentence.start || subject.end > verb) return verb;
  // Past an aside, a verb bracket's claim starts at its auxiliary ("..., hat die Berichte ...
  // zurückgewiesen"); a verb right after its auxiliary starts it ("..., a nié avoir visé...").
  const aux = sentence.lang.auxiliaries.matchAt(sentence.toks, clauseStartOf(sentence, verb), verb);
  const afterAside = aux && !onlyFillers(sentence, aux.end, verb) ? aux.start : verb;
  // "Russland hat den Bericht ... über zivile Opfer ... zurückgewiesen": a verb bracket that the
  // auxiliary opens right after the subject; with a long object the claim is the rejection alone.
  const opened = sentence.lang.auxiliaries.matchAt(sentence.toks, subject.end, verb);
  const opener = opened ?? aux;
  const long = opener ? longBracketStart(sentence, opener, verb) : null;
  if (long !== null) return long;
  const bracket = opened !== null;
  if (verb - subject.end > (bracket ? MAX_CLAUSE : 12)) return afterAside;
  for (let k = subject.end; k < verb; k++)
    if (isClauseMark(sentence.toks[k]) && !inQuote(sentence, k)) return afterAside;
  return backOverDeterminers(sentence, subject.start);
}

/** Where the auxiliary right before a subject starts ("hat die Regierung"), or null. */
function auxiliaryBefore(sentence: SentenceView, subject: Mention): number | null {
  const { toks, lang: lexicons } = sentence;
  const at = backOverDeterminers(sentence, subject.start);
  return lexicons.auxiliaries.matchEndingAt(toks, at, sentence.start, 2)?.start ?? null;
}

/** Whether a preposition governs the mention ("au gouvernement de Damas": not a subject; "la
 *  cuenta oficial del ministerio": the channel speaks for the institution after it, which is). */
function governed(sentence: SentenceView, mention: Mention): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let before = mention.start; before > sentence.start; before--) {
    if (lexicons.prepositions.has(toks[before - 1]))
      return !lexicons.channelNouns.matchEndingAt(toks, before - 1, sentence.start);
    if (!lexicons.determiners.has(toks[before - 1])) return false;
  }
  return false;
}

/** "Comments by Russian officials rejecting the findings have failed...": the object of a
 *  participle whose subject is governed ends where the main clause's predicate begins (its
 *  auxiliary or negation). */
function participleObjectEnd(sentence: SentenceView, from: number, to: number): number {
  const { toks, lang: lexicons } = sentence;
  for (let k = from + 1; k < to; k++)
    if (lexicons.negations.has(toks[k]) || lexicons.auxiliaries.matchAt(toks, k, to)) return k;
  return to;
}

/** "Ha negado reiteradamente", "Siempre ha negado": with no subject written, the claim starts with
 *  the sentence when only auxiliaries and adverbs come before its verb. */
const elidedStart = (sentence: SentenceView, verb: number): number =>
  verb > sentence.start && onlyFillers(sentence, sentence.start, verb) ? sentence.start : verb;

function reportedDenials(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: lexicons, story } = sentence;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (inQuote(sentence, i)) continue;
    // "declined all responsibility", "questioned the veracity of its photos": checked with its object.
    // "released satellite pictures of a mosque said to be unharmed": counter-evidence, checked too.
    const act = deniedActVerb(sentence, i) ?? counterEvidenceVerb(sentence, i);
    // "does not confirm these reports": the negation is what makes it deny.
    const unconfirmed = act ? null : unacknowledgedVerb(sentence, i);
    const strong = act || unconfirmed ? null : lexicons.denialVerbs.matchAt(toks, i, sentence.end);
    const weak =
      strong || act || unconfirmed ? null : lexicons.weakDenialVerbs.matchAt(toks, i, sentence.end);
    const verb = act ?? unconfirmed ?? strong ?? weak;
    if (!verb || (!unconfirmed && negatedBefore(sentence, i)) || askedAbout(sentence, i)) continue;
    // "stritt ab, Streumunition eingesetzt zu haben": a particle right after the verb leaves no gap,
    // and the object follows it.
    const gap = verb.gap && verb.gap[1] > verb.gap[0] ? verb.gap : undefined;
    let objStart = gap ? gap[0] : skipFillers(sentence, verb.end);
    // "Auch das bestreitet Moskau, ...": an inverted subject right after the verb is not its object.
    const inverted = gap
      ? undefined
      : mentions.find(
          (m) => !m.inQuote && m.start === objStart && sentence.story.deniers.has(m.source),
        );
    // "bestritt Moskau ebenfalls": adverbs after the inverted subject are not the object either.
    if (inverted) objStart = skipFillers(sentence, inverted.end);
    // "Moskau bestreitet, Streumunition eingesetzt zu haben": the object follows a comma.
    if (!gap && toks[objStart]?.folded === ',' && objectEnd(sentence, objStart) === objStart)
      objStart++;
    let objEnd = gap ? gap[1] : objectEnd(sentence, objStart);
    // "The report was dismissed by Moscow": the agent follows, what is denied comes before.
    const passive = !gap && lexicons.passiveBy.has(toks[objStart]);
    const clause = passive ? clauseStartOf(sentence, i) : i;
    const subject = passive
      ? mentions.find((m) => !m.inQuote && m.start > objStart && m.start <= objStart + 3)
      : subjectOf(sentence, mentions, i, gap ? gap[0] : verb.end, discourse);
    const source = sourceOf(subject);
    if (!source || !story.deniers.has(source)) continue;
    // (Not "los ataques de Rusia, que rechaza...": a relative after a comma starts the claim.)
    const participle =
      typeof subject === 'object' &&
      subject.end <= i &&
      !passive &&
      governed(sentence, subject) &&
      !toks.slice(subject.end, i).some(isClauseMark);
    if (participle) objEnd = participleObjectEnd(sentence, objStart, objEnd);
    // "Auch den Einsatz von Streumunition bestreitet Moskau (ausdrücklich)": what it rejects is
    // fronted when nothing it could reject follows the inverted subject.
    // "Frühere Berichte hat Moskau dementiert": or before the auxiliary that the
    // subject follows.
    const auxAt = typeof subject === 'object' ? auxiliaryBefore(sentence, subject) : null;
    const frontedAt =
      inverted && strong
        ? frontedObject(sentence, mentions, i, clauseStartOf(sentence, i))
        : auxAt !== null && strong
          ? frontedObject(sentence, mentions, auxAt, clauseStartOf(sentence, auxAt))
          : null;
    const fronted =
      frontedAt !== null &&
      (objEnd <= objStart || !targeted(sentence, i, objStart, objEnd)) &&
      targeted(sentence, i, frontedAt, inverted ? i : auxAt!)
        ? frontedAt
        : null;
    if (
      !act &&
      fronted === null &&
      (passive ? !targeted(sentence, i, clause, i) : !targeted(sentence, i, objStart, objEnd))
    )
      continue;
    // "hat die Vorwürfe als haltlos bezeichnet": a verb closing its clause has its label before.
    const labelFrom = weak && objEnd <= objStart ? labelledFrom(sentence, i) : null;
    if (weak) {
      // "dénonce des « clichés »" denies; "a jugé ces allégations « ... »" is left to the quote.
      if (labelFrom === null && !dismissiveIn(sentence, objStart, objEnd)) continue;
      const long = sentence.quotes.some(
        (quote) =>
          quote.open >= objStart &&
          quote.close < objEnd &&
          quoteWords(sentence, quote) >= 3 &&
          !inLabelRun(sentence, quote) &&
          !isCitedExample(sentence, quote),
      );
      if (long) continue;
    }
    // "described it as “biased”, “vague” and “baseless”": the labels after a comma are its object too.
    const labelled = weak && sentence.quotes.some((q) => q.close + 1 === objEnd);
    const alone =
      inverted && (fronted !== null || objEnd <= objStart)
        ? inverted.end
        : Math.max(verb.end, labelled ? coordinatedLabelsEnd(sentence, objEnd) : objEnd);
    let end = silentAlternativeEnd(sentence, alone);
    // "negaron o silenciaron las muertes de civiles": the object both verbs share follows the second.
    if (end > alone && objEnd <= objStart && !inverted && fronted === null) {
      const shared = objectEnd(sentence, skipFillers(sentence, end));
      if (shared > end && targeted(sentence, i, end, shared)) end = shared;
    }
    // Who rejects, the rejection and what it rejects ("El Kremlin rechazó el informe").
    let start = passive
      ? clause
      : typeof subject === 'object'
        ? participle
          ? subject.start
          : subjectStart(sentence, subject, i)
        : elidedStart(sentence, i);
    if (fronted !== null) start = fronted;
    // "Moscú, que apoya a Damasco, lo niega": past an aside, the clitic standing for the charge.
    const clitic = i > sentence.start && lexicons.objectPronouns.has(toks[i - 1]);
    if (start === i && clitic && typeof subject === 'object' && subject.end < i) start--;
    // "Konaschenkow hat den Bericht als haltlos bezeichnet": what is labelled and the label are
    // the claim, the speaker's name not.
    if (labelFrom !== null && start === i)
      start =
        typeof subject === 'object' && subject.end > labelFrom && subject.end < i
          ? subject.end
          : labelFrom;
    // "... and has not acknowledged any civilian death": the claim is the second predicate, its
    // negation included.
    if (unconfirmed) start = unacknowledgedStart(sentence, i, start);
    // A claim that starts with its subject goes on with the rejection after it.
    const fromSubject =
      typeof subject === 'object' &&
      !passive &&
      !participle &&
      subject.end <= i &&
      start < subject.end &&
      start === backOverDeterminers(sentence, subject.start);
    const rejection = fromSubject ? { rejection: subject.end } : {};
    out.push({ start, end, source, priority: 3, act: true, ...rejection });
    i = end - 1;
  }
}

/** A quotation of at most this many words is a label ("« clichés »", "“fake information”") that says
 *  little alone: it is read with the clause that applies it and the labels coordinated with it. */
const LABEL_WORDS = 3;
/** Most words of a quoted fragment coordinated with a label ("“stereotypes” and “accusations without
 *  a single proof”"): the fragments are one claim. */
const FRAGMENT_WORDS = 8;
/** A dismissive quotation longer than this is read clause by clause: each clause that dismisses is a
 *  claim of its own, and the rest of the quotation (greetings, context) is not. */
const WHOLE_QUOTE_CHARS = 100;
const CLAUSE_CUTS = new Set(['.', '!', '?', '…', ';', ':', ',', '—', '–']);
const LABEL_REACH = 8;

const chars = (sentence: SentenceView, from: number, to: number): number =>
  sentence.toks[to - 1]!.end - sentence.toks[from]!.start;

/** Whether tokens [from, to) dismiss or deny on one of the story's topics. */
function dismisses(sentence: SentenceView, from: number, to: number): boolean {
  return dismissiveIn(sentence, from, to) || deniesInClause(sentence, from, to);
}

/** The clauses of a long quotation that dismiss, as token ranges. */
function dismissiveClauses(sentence: SentenceView, start: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  // The cut that ended the clause before, when that clause dismissed.
  let cutAfterDismissal = -1;
  for (let k = start; k <= to; k++) {
    if (
      k < to &&
      !(sentence.toks[k]!.kind === 'punct' && CLAUSE_CUTS.has(sentence.toks[k]!.folded))
    )
      continue;
    let [first, last] = [from, k];
    while (
      first < last &&
      sentence.toks[first]!.kind !== 'word' &&
      sentence.toks[first]!.kind !== 'num'
    )
      first++;
    while (last > first && TRAILING.has(sentence.toks[last - 1]!.folded)) last--;
    // "The report uses expressions such as « alleged strikes »": the report's words quoted as
    // examples do not make the denier's clause dismiss.
    const own = last > first ? outsideCitedExamples(sentence, first, last) : [];
    // The first of its own parts that dismisses: whether the clause dismisses, and where its claim
    // starts (after the report's wording quoted as examples, as afterCitedExamples reads it).
    const firstOwn = own.findIndex(([a, b]) => dismisses(sentence, a, b));
    const dismissal = firstOwn >= 0;
    if (dismissal && cutAfterDismissal >= 0 && continuesDismissal(sentence, cutAfterDismissal))
      out.at(-1)![1] = last;
    else if (dismissal) out.push([firstOwn > 0 ? own[firstOwn]![0] : first, last]);
    cutAfterDismissal = dismissal && k < to ? k : -1;
    from = k + 1;
  }
  return out;
}

/** End of a run of short quoted labels coordinated with the one that ends at `end`: "« fakes » et
 *  de « clichés »", "“biased”, “vague” and “baseless”" belong to the same claim. */
function coordinatedLabelsEnd(sentence: SentenceView, end: number): number {
  const { toks, lang: lexicons } = sentence;
  for (let next = end; next < sentence.end;) {
    let k = next;
    while (k < Math.min(sentence.end, next + 3) && !sentence.quotes.some((x) => x.open === k)) {
      const token = toks[k]!;
      const link =
        token.folded === ',' ||
        lexicons.coordinators.has(token) ||
        lexicons.countLinks.has(token) ||
        lexicons.determiners.has(token) ||
        lexicons.prepositions.has(token);
      if (!link) break;
      k++;
    }
    const following = sentence.quotes.find((x) => x.open === k);
    // "« clichés » and « claims without key evidence »": a longer fragment joins the run when a
    // coordinator links it.
    const coordinated = lexicons.coordinators.findIn(toks, next, k) !== null;
    if (
      !following ||
      following.close >= sentence.end ||
      quoteWords(sentence, following) > (coordinated ? FRAGMENT_WORDS : LABEL_WORDS)
    )
      break;
    end = following.close + 1;
    next = end;
  }
  return end;
}

/** Whether a short quotation is one of coordinated labels ("« partial » et « sans preuves »"). */
function inLabelRun(sentence: SentenceView, quote: Quote): boolean {
  const words = quoteWords(sentence, quote);
  if (words > FRAGMENT_WORDS) return false;
  if (words <= LABEL_WORDS && coordinatedLabelsEnd(sentence, quote.close + 1) > quote.close + 1)
    return true;
  return sentence.quotes.some(
    (before) =>
      before.close < quote.open &&
      quoteWords(sentence, before) <= LABEL_WORDS &&
      coordinatedLabelsEnd(sentence, before.close + 1) > quote.close,
  );
}

/** A short quoted label with the clause that applies it: "elles sont « fausses » et « sans preuves »". */
function labelClause(
  sentence: SentenceView,
  mentions: readonly Mention[],
  quote: Quote,
): [number, number] {
  const { toks, lang: lexicons } = sentence;
  // "a résumé sa position d'un mot : « désinformation »": a formula after a colon is read with the
  // clause that introduces it.
  const colon = toks[quote.open - 1]?.folded === ':' && !inQuote(sentence, quote.open - 1);
  const from = colon ? quote.open - 1 : quote.open;
  let start = quote.open;
  for (let k = from - 1; k >= Math.max(sentence.start, from - LABEL_REACH); k--) {
    // "un rapport « partial » fondé sur des « ... »": an earlier quotation is a claim of its own.
    if (inQuote(sentence, k) || sentence.quotes.some((q) => q.close === k)) break;
    if (
      isClauseMark(toks[k]) ||
      lexicons.complementisers.has(toks[k]) ||
      TRAILING.has(toks[k]!.folded)
    )
      break;
    // "told reporters the group had produced « clichés »": the clause starts after the verb of saying.
    // (Not a verb of reacting: "reagiu ao documento com duas palavras: « ... »" is the clause.)
    const said = lexicons.assertVerbs.matchAt(toks, k, from);
    if (said) {
      start = Math.max(start, said.end);
      break;
    }
    start = k;
  }
  // The clause may reach back into the name of who speaks, not cut it in two.
  const cut = mentions.find((m) => !m.inQuote && m.start < start && start < m.end);
  if (cut) start = cut.end;
  const labels = coordinatedLabelsEnd(sentence, quote.close + 1);
  const end = labelledAfter(sentence, quote, labels);
  // Nothing applies the label before it: the tag after it does ("« Des bobards », a réagi X").
  return [start, (start === quote.open && speechTagEnd(sentence, mentions, end)) || end];
}

/** "calificó de «campaña de desinformación» las cifras de la ONG", "a qualifié de « propagande »
 *  les conclusions de l'ONG": a label verb that gives its label before what it labels (its
 *  word for "as" at most between them) has the claim read on through its object. Returns where the
 *  claim ends: the object's end, or `end` (the labels' end) when no object follows. */
function labelledAfter(sentence: SentenceView, quote: Quote, end: number): number {
  const { toks, lang: lexicons } = sentence;
  const verb = [quote.open, quote.open - 1].some(
    (k) => lexicons.weakDenialVerbs.matchEndingAt(toks, k, sentence.start) !== null,
  );
  if (!verb || !lexicons.determiners.has(toks[end])) return end;
  const object = objectEnd(sentence, end);
  return lexicons.denialTargets.findIn(toks, end, object) ? object : end;
}

/** The spans a dismissive quotation claims: a label with its clause, a short quotation whole, a long
 *  one by its dismissing clauses; none when it does not dismiss. */
function quoteSpans(
  sentence: SentenceView,
  mentions: readonly Mention[],
  quote: Quote,
): [number, number][] {
  const content = quoteContent(sentence, quote);
  const own = content ? outsideCitedExamples(sentence, content[0], content[1]) : [];
  if (!content || !own.some(([from, to]) => dismisses(sentence, from, to))) return [];
  const [first, last] = content;
  if (quoteWords(sentence, quote) <= LABEL_WORDS) return [labelClause(sentence, mentions, quote)];
  if (chars(sentence, first, last) <= WHOLE_QUOTE_CHARS) {
    const [from, to] = fromFirstDismissal(sentence, first, last, (a, b) =>
      outsideCitedExamples(sentence, a, b).some(([x, y]) => dismisses(sentence, x, y)),
    );
    return [[afterCitedExamples(sentence, from, to, (a, b) => dismisses(sentence, a, b)), to]];
  }
  return dismissiveClauses(sentence, first, last);
}

const quotesOf = (sentence: SentenceView): Quote[] =>
  sentence.quotes.filter(
    (q) =>
      q.open >= sentence.start &&
      q.close < sentence.end &&
      !isCitedExample(sentence, q) &&
      !isReportTitle(sentence, q),
  );

function quotedDenials(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  for (const quote of quotesOf(sentence)) {
    const spans = quoteSpans(sentence, mentions, quote);
    const label =
      spans.length && quoteWords(sentence, quote) <= LABEL_WORDS
        ? labelSpeaker(
            sentence,
            mentions,
            quote.open,
            coordinatedLabelsEnd(sentence, quote.close + 1),
          )
        : undefined;
    // "El informe que Amnistía publicó «...», afirmó Konashenkov": the tag after a quotation says
    // whose it is, whoever the sentence named before it.
    const source = spans.length
      ? (label?.source ??
        speechTag(sentence, mentions, quote.close + 1)?.speaker.source ??
        sentenceSpeaker(sentence, mentions, discourse, quote.open))
      : undefined;
    if (!source || !sentence.story.deniers.has(source)) continue;
    for (const [start, end] of spans) out.push({ start, end, source, priority: 2 });
  }
}

/**
 * Dismissive quotations of a sentence that names no one and whose speaker is not known yet: the
 * next sentence may name the speaker ("« Rien de nouveau. » C'est ainsi que le ministère a répondu.").
 */
export function unclaimedQuotes(
  sentence: SentenceView,
  mentions: readonly Mention[],
): [number, number][] {
  if (mentions.some((m) => !m.inQuote)) return [];
  return quotesOf(sentence).flatMap((q) => quoteSpans(sentence, mentions, q));
}

/** Most words of the topic before a headline's speaker ("Siria, Mosca: ..."). */
const KICKER_WORDS = 2;

/** "Moscou : « Des clichés »", "Moskau: nur Terroristen im Visier": a headline giving a denier's words
 *  after a colon is a denial as a whole. */
function colonHeadline(
  sentence: SentenceView,
  mentions: readonly Mention[],
  out: DenialHit[],
): void {
  const { toks } = sentence;
  let colon = -1;
  for (let k = sentence.start; k < Math.min(sentence.end, sentence.start + 8); k++) {
    if (toks[k]!.folded === ':' && !inQuote(sentence, k)) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || sentence.end - colon > MAX_HEADLINE_TOKENS) return;
  // The speaker alone before the colon (with its article, and capitalised words that complete its
  // name, "Ministero Difesa"): "Il a ajouté :" introduces a quote.
  const named = (mention: Mention) => {
    for (let k = mention.end; k < colon; k++) if (!toks[k]!.cap) return false;
    return colon - mention.end <= 2;
  };
  const speaker = mentions.find((m) => !m.inQuote && m.kind !== 'pronoun' && named(m));
  const first = backOverDeterminers(sentence, speaker?.start ?? sentence.start);
  // "Siria, Mosca: ...": a topic of one or two capitalised words and a comma may come first.
  const kicker =
    toks[first - 1]?.folded === ',' &&
    first - 1 - sentence.start <= KICKER_WORDS &&
    toks.slice(sentence.start, first - 1).every((t) => t.cap && t.kind === 'word');
  if (!speaker || (first !== sentence.start && !kicker)) return;
  if (!sentence.story.deniers.has(speaker.source)) return;
  let end = sentence.end;
  while (end > colon + 1 && TRAILING.has(toks[end - 1]!.folded)) end--;
  if (end <= colon + 1 || !dismisses(sentence, colon + 1, end)) return;
  out.push({ start: speaker.start, end, source: speaker.source, priority: 4 });
}

/** Most tokens before the colon of a "the denier's answer: ..." sentence. */
const REPLY_REACH = 16;

/** "Russia's answer to Amnesty is the same as always: it never happened", "la ligne de Moscou n'a
 *  pas varié : ...": a denier's answer or line named before a colon, its words after it. */
function replyColon(sentence: SentenceView, mentions: readonly Mention[], out: DenialHit[]): void {
  const { toks, lang: lexicons } = sentence;
  let colon = -1;
  for (let k = sentence.start; k < Math.min(sentence.end, sentence.start + REPLY_REACH); k++) {
    if (toks[k]!.folded === ':' && !inQuote(sentence, k)) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || !lexicons.replyNouns.findIn(toks, sentence.start, colon)) return;
  const speaker = mentions.find((m) => !m.inQuote && m.kind !== 'pronoun' && m.end <= colon);
  if (!speaker || !sentence.story.deniers.has(speaker.source)) return;
  // The first clause with the answer it completes; each further clause of the list on its own.
  let start = sentence.start;
  for (let from = colon + 1; from < sentence.end;) {
    const to = clauseEnd(sentence, from);
    if (to <= from || !dismisses(sentence, from, to)) return;
    out.push({ start, end: to, source: speaker.source, priority: 1 });
    if (toks[to]?.folded !== ',') return;
    from = to + 1;
    start = from;
  }
}

/** What a demand asks to be revealed, from `from` on: a reveal verb and its sources ("reveal its
 *  sources", "seine Quellen offenzulegen"), to the end of what it asks for ("who gave it its data"). */
function revealedObject(
  sentence: SentenceView,
  from: number,
): { reveal: number; end: number } | null {
  const { toks, lang: lexicons } = sentence;
  let reveal = null;
  for (let j = from; !reveal && j < Math.min(sentence.end, from + 10); j++)
    reveal = lexicons.revealVerbs.matchAt(toks, j, sentence.end);
  if (!reveal) return null;
  // The sources follow the verb, or precede it where verbs come last ("seine Quellen offenzulegen").
  let noun = null;
  for (let j = reveal.end; !noun && j < Math.min(sentence.end, reveal.end + 5); j++)
    noun = lexicons.sourceNouns.matchAt(toks, j, sentence.end);
  for (let j = Math.max(from, reveal.start - 5); !noun && j < reveal.start; j++) {
    noun = lexicons.sourceNouns.matchAt(toks, j, reveal.start);
  }
  if (!noun) return null;
  return { reveal: reveal.start, end: objectEnd(sentence, Math.max(noun.end, reveal.end)) };
}

function revealDemands(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  for (let i = sentence.start; i < sentence.end; i++) {
    const demand = inQuote(sentence, i)
      ? null
      : lexicons.demandVerbs.matchAt(toks, i, sentence.end);
    if (!demand) continue;
    const asked = revealedObject(sentence, demand.end);
    if (!asked) continue;
    const source = sourceOf(subjectOf(sentence, mentions, i, demand.end, discourse));
    if (!source || !sentence.story.deniers.has(source)) continue;
    // Quoted ("à « révéler les sources... »"): the quotation is the demand.
    const quote = quoteAt(sentence.quotes, asked.reveal);
    const content = quote && quoteContent(sentence, quote);
    if (content) out.push({ start: content[0], end: content[1], source, priority: 2 });
    else out.push({ start: i, end: asked.end, source, priority: 2 });
    i = asked.end - 1;
  }
}

/** A demand reported in the addressee's clause, its demander after it: "Amnesty solle offenlegen,
 *  woher seine Daten stammten, forderte das Ministerium", "Amnesty must reveal its sources, the
 *  ministry demanded". The span is the clause, from its subject through what must be revealed. */
function reportedDemands(
  sentence: SentenceView,
  mentions: readonly Mention[],
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  for (let i = sentence.start; i < sentence.end; i++) {
    const modal = inQuote(sentence, i)
      ? null
      : lexicons.demandModals.matchAt(toks, i, sentence.end);
    if (!modal) continue;
    const asked = revealedObject(sentence, modal.end);
    if (!asked || toks[asked.end]?.folded !== ',') continue;
    // ", forderte das Ministerium" or ", the ministry demanded".
    const subjectAt = pastDeterminers(sentence, asked.end + 1);
    const first = mentions.find((m) => !m.inQuote && m.start > asked.end && m.start <= subjectAt);
    const verbAt = skipFillers(sentence, first ? first.end : asked.end + 1);
    const demand = lexicons.demandVerbs.matchAt(toks, verbAt, sentence.end);
    if (!demand) continue;
    const after = skipFillers(sentence, demand.end);
    const speaker =
      first ?? mentions.find((m) => !m.inQuote && m.start >= demand.end && m.start <= after + 1);
    if (!speaker || !sentence.story.deniers.has(speaker.source)) continue;
    const start = backOverDeterminers(
      sentence,
      mentions.find((m) => m.end === i && !m.inQuote)?.start ?? i,
    );
    out.push({ start, end: asked.end, source: speaker.source, priority: 2 });
    i = demand.end - 1;
  }
}

/** Whether a reported clause denies: a negated or restricted fact on the story's topics ("it does
 *  not use cluster bombs", "it strikes only terrorists"), a dismissive word outside quotes
 *  ("the report is biased"; a quotation is read by `quotedDenials`), or missing evidence. */
function deniesInClause(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons, story } = sentence;
  const quoted = (k: number) => sentence.quotes.some((q) => q.open <= k && k <= q.close);
  const dismissive = findDismissive(sentence, from, to);
  if (dismissive && !quoted(dismissive.start)) return true;
  // "acusa sin contar con la menor prueba": evidence said to be missing dismisses too.
  if (lacksEvidence(sentence, from, to)) return true;
  if (ignoresReport(sentence, from, to) || nilToll(sentence, from, to)) return true;
  // "non abbiamo informazioni sull'attendibilità dei dati": knowing nothing of the charge.
  if (noInformation(sentence, from, to)) return true;
  // "it fights exclusively against international terrorism", "it hits only military targets".
  if (restrictedTargets(sentence, from, to)) return true;
  // "its military operates in line with international law": the strikes were lawful.
  if (lexicons.lawfulConduct.findIn(toks, from, to)) return true;
  // "the mosque named in the report is still intact": a place said unharmed denies its strike.
  if (lexicons.intactWords.findIn(toks, from, to) && namesPlace(sentence, from, to)) return true;
  if (
    !deniesWithNegation(sentence, from, to) &&
    !lexicons.restrictives.findIn(toks, from, to) &&
    // "its targets are terrorist groups": what the targets are said to be restricts them.
    !lexicons.targetsAre.findIn(toks, from, to) &&
    !universalStrikes(sentence, from, to)
  )
    return false;
  return (
    story.denialTopics.some((t) => t.cues.findIn(toks, from, to)) ||
    mentionsCivilians(sentence, from, to) ||
    namesAct(sentence, from, to) ||
    // "some of the hospitals it supposedly struck do not exist".
    namesPlace(sentence, from, to)
  );
}

/** Whether tokens [from, to) name a place a raid is said to have hit (a hospital, civilian areas). */
const namesPlace = (sentence: SentenceView, from: number, to: number): boolean =>
  sentence.lang.struckPlaces.findIn(sentence.toks, from, to) !== null ||
  sentence.lang.civilianTargets.findIn(sentence.toks, from, to) !== null;

/** Whether the token at `k` closes a quotation whose last word is followed by a clause mark. */
const closesOnMark = (sentence: SentenceView, k: number): boolean =>
  sentence.quotes.some((q) => q.close === k && q.close - 1 > q.open) &&
  (isClauseMark(sentence.toks[k - 1]) || TRAILING.has(sentence.toks[k - 1]!.folded));

/** The end of a reported clause starting at `from`: its punctuation, a cut word or the length cap. */
function clauseEnd(sentence: SentenceView, from: number): number {
  let to = from;
  while (to < sentence.end && to - from < MAX_CLAUSE) {
    const token = sentence.toks[to]!;
    if ((isClauseMark(token) || TRAILING.has(token.folded)) && !inQuote(sentence, to)) break;
    // 'which it called "a pile of fakes," the spokesman said': a comma or stop closing a quotation
    // ends the clause with it.
    if (to > from && closesOnMark(sentence, to - 1)) break;
    // "não têm como saber": a dismissive phrase is read whole, a cut word inside it included.
    // ("keine Möglichkeit, die Angaben zu prüfen": a comma inside a phrase with a gap too; "no se
    // pueden calificar como pruebas": a phrase of lack too.)
    const phrase =
      sentence.lang.dismissive.matchAt(sentence.toks, to, sentence.end) ??
      sentence.lang.lackWords.matchAt(sentence.toks, to, sentence.end) ??
      cannotCheckAt(sentence, to);
    if (phrase) {
      to = phrase.end;
      continue;
    }
    if (sentence.lang.clauseCuts.matchAt(sentence.toks, to, sentence.end)) break;
    if (to > from && opensSecondPredicate(sentence, to)) break;
    to++;
  }
  return to;
}

/** Whether the sentence's first clause is in a mood of reported speech and has no verb of saying
 *  or attribution of its own ("..., selon Amnesty": the conditional tells whose account it is). */
function reportedMood(sentence: SentenceView): boolean {
  const { toks, lang: lexicons } = sentence;
  const end = clauseEnd(sentence, sentence.start);
  return (
    lexicons.reportedMood.findIn(toks, sentence.start, Math.min(end, sentence.start + 6)) !==
      null &&
    lexicons.assertVerbs.findIn(toks, sentence.start, sentence.end) === null &&
    lexicons.speech.findIn(toks, sentence.start, sentence.end) === null &&
    lexicons.attributionBefore.findIn(toks, sentence.start, sentence.end) === null &&
    lexicons.attributionAfter.findIn(toks, sentence.start, sentence.end) === null
  );
}

/** "Der Bericht enthalte keinerlei Beweise. So das Ministerium.": a sentence in a mood of reported
 *  speech that denies while no denier has spoken yet; the next sentence may name who says it. */
export function unclaimedReports(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): [number, number][] {
  // A document is what the clause evaluates, not who speaks.
  if (mentions.some((m) => !m.inQuote && m.generic !== 'report')) return [];
  const speaker = discourse.lastSpeaker;
  if ((speaker && sentence.story.deniers.has(speaker)) || !reportedMood(sentence)) return [];
  const to = clauseEnd(sentence, sentence.start);
  return deniedClause(sentence, sentence.start, to) ? [[sentence.start, to]] : [];
}

/** A reported clause [from, to) that denies, unless a dismissive quotation in it is the claim. */
function deniedClause(sentence: SentenceView, from: number, to: number): boolean {
  if (to <= from || !deniesInClause(sentence, from, to)) return false;
  return !sentence.quotes.some(
    (q) => q.open >= from && q.close < to && dismissiveIn(sentence, q.open + 1, q.close),
  );
}

/** Whether what starts at `at` is a verb's own reported clause: a "that", a negated or restricted
 *  infinitive ("dit ne frapper que..."). */
function takesClause(sentence: SentenceView, at: number): boolean {
  const { toks, lang: lexicons } = sentence;
  return (
    lexicons.complementisers.has(toks[at]) ||
    lexicons.negations.has(toks[at]) ||
    lexicons.restrictives.matchAt(toks, at, sentence.end) !== null ||
    lexicons.infinitives.matchAt(toks, at, sentence.end) !== null
  );
}

/**
 * "Russian jets hit only terrorist targets, the ministry said": a clause reported before its
 * speaker, who follows a comma with a verb of saying or an attribution ("..., según Moscú").
 */
function postposedSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  for (let comma = sentence.end - 2; comma > sentence.start + 2; comma--) {
    if (toks[comma]!.folded !== ',' || inQuote(sentence, comma)) continue;
    const tail = mentions.find((m) => !m.inQuote && m.start > comma && m.start <= comma + 4);
    const said = lexicons.speech.findIn(toks, comma + 1, Math.min(sentence.end, comma + 6));
    const attributed = tail && closingAttribution(sentence, comma, tail);
    // ", sagte der Sprecher, Igor Konaschenkow, am Mittwoch in Moskau": the speaker may stand
    // before an apposition, whose comma says nothing.
    if (!tail || (!said && !attributed)) continue;
    if (!sentence.story.deniers.has(tail.source)) return;
    // "..., l'armée russe dit ne frapper que des terroristes": the verb has a clause of its own.
    if (said && !attributed && takesClause(sentence, skipFillers(sentence, said.end))) return;
    let from = sentence.start;
    for (let k = comma - 1; k > sentence.start; k--) {
      if (toks[k]!.folded === ':' && !inQuote(sentence, k)) {
        from = k + 1;
        break;
      }
    }
    // "The researchers, who spoke to witnesses by phone, cannot know ...": the claim is what the
    // subject is said to do, not the relative clause that describes it.
    from = afterSubjectRelative(sentence, from, comma);
    if (deniedClause(sentence, from, comma))
      out.push({ start: from, end: comma, source: tail.source, priority: 1 });
    return;
  }
}

/** Most tokens between a subject and its own-account hedge ("Russland greift nach eigenen Angaben"). */
const OWN_ACCOUNT_REACH = 6;

/**
 * "Moskau bombardiert nach eigenen Angaben nur Stellungen von Terroristen", "Russia, by its
 * own account, strikes only terrorists": a hedge that gives the clause to its own subject reports
 * a denier's words without a verb of saying. The claim runs from the subject through the clause.
 */
function ownAccountClauses(
  sentence: SentenceView,
  mentions: readonly Mention[],
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  for (let i = sentence.start; i < sentence.end; i++) {
    const hedge = inQuote(sentence, i) ? null : lexicons.ownAccount.matchAt(toks, i, sentence.end);
    if (!hedge) continue;
    const after = toks[hedge.end]?.folded === ',' ? hedge.end + 1 : hedge.end;
    // The subject before the hedge in its clause ("Russia, by its own account, ..." sets the hedge
    // off by commas), or right after a hedge that opens the clause.
    const hedgeAt = toks[i - 1]?.folded === ',' ? i - 1 : i;
    const before = (m: Mention) => {
      if (m.inQuote || m.kind === 'pronoun' || m.end > hedgeAt) return false;
      if (hedgeAt - m.end > OWN_ACCOUNT_REACH) return false;
      for (let k = m.end; k < hedgeAt; k++) if (isClauseMark(toks[k])) return false;
      return true;
    };
    const subject =
      mentions.findLast(before) ??
      mentions.find((m) => !m.inQuote && m.kind !== 'pronoun' && m.start === after);
    if (!subject || !sentence.story.deniers.has(subject.source)) continue;
    const to = clauseEnd(sentence, Math.max(after, subject.end));
    if (!deniedClause(sentence, Math.max(after, subject.end), to)) continue;
    const start = backOverDeterminers(sentence, subject.start);
    out.push({ start, end: to, source: subject.source, priority: 1 });
    i = to - 1;
  }
}

/** Most tokens of a parenthetical speech tag (", said Major-General Igor Konashenkov,"). */
const TAG_REACH = 12;

/**
 * "Russia's jets, we were told, strike only terrorists", "There was, said Konashenkov, nothing new in
 * the report": a verb of saying between commas inside the clause it reports. Its speaker is the
 * denier named in the tag, or the last speaker; a subject before the tag is part of the claim.
 */
function parentheticalSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  for (let open = sentence.start + 1; open < sentence.end; open++) {
    if (toks[open]!.folded !== ',' || inQuote(sentence, open)) continue;
    let close = open + 1;
    while (close < Math.min(sentence.end, open + TAG_REACH) && toks[close]!.folded !== ',') close++;
    if (toks[close]?.folded !== ',') continue;
    const said = lexicons.speech.findIn(toks, open + 1, close);
    // ", Konashenkov indicó que ...,": a verb with a clause of its own is no parenthetical tag.
    if (!said || takesClause(sentence, skipFillers(sentence, said.end))) continue;
    const named = mentions.find((m) => !m.inQuote && m.start > open && m.end <= close);
    const source = named ? named.source : discourse.lastSpeaker;
    if (!source || !sentence.story.deniers.has(source)) continue;
    const from = clauseStartOf(sentence, open);
    const to = clauseEnd(sentence, close + 1);
    if (!deniedClause(sentence, close + 1, to)) continue;
    // "Russia's jets, we were told, ..." has its subject before the tag; "There was, said X,
    // nothing new" ends on a function word, and the claim starts after the tag.
    const subject = open > from && !lexicons.stopwords.has(toks[open - 1]!.folded);
    out.push({ start: subject ? from : close + 1, end: to, source, priority: 1 });
    open = to;
  }
}

/** "Russland hat keine Zivilisten angegriffen", "La Russie n'a jamais frappé de cibles civiles":
 *  a denier that opens its clause, said not to have done the accused act. */
function ownActsDenied(
  sentence: SentenceView,
  mentions: readonly Mention[],
  out: DenialHit[],
): void {
  for (const subject of mentions) {
    if (subject.inQuote || subject.kind === 'pronoun') continue;
    if (!sentence.story.deniers.has(subject.source) || governed(sentence, subject)) continue;
    const at = backOverDeterminers(sentence, subject.start);
    if (at !== clauseStartOf(sentence, subject.start)) continue;
    const to = clauseEnd(sentence, subject.end);
    const start = deniedOwnAct(sentence, at, subject.end, to);
    if (start !== null) out.push({ start, end: to, source: subject.source, priority: 1 });
  }
}

function deniedFacts(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: lexicons } = sentence;
  postposedSpeaker(sentence, mentions, out);
  parentheticalSpeaker(sentence, mentions, discourse, out);
  ownAccountClauses(sentence, mentions, out);
  ownActsDenied(sentence, mentions, out);
  for (let i = sentence.start; i < sentence.end; i++) {
    if (inQuote(sentence, i)) continue;
    // "il ministero, secondo cui ogni bomba è caduta...": the source is named before the relative.
    const relative = lexicons.relativeAttribution.matchAt(toks, i, sentence.end);
    const antecedent =
      relative && mentions.findLast((m) => !m.inQuote && m.end <= i && m.end >= i - 2);
    if (relative && antecedent && sentence.story.deniers.has(antecedent.source)) {
      const to = clauseEnd(sentence, relative.end);
      if (deniedClause(sentence, relative.end, to)) {
        out.push({ start: relative.end, end: to, source: antecedent.source, priority: 1 });
        i = to - 1;
        continue;
      }
    }
    // "Moscow's claims that it kills no civilians": the clause of a denier's claim noun.
    const claim = ownedClaimClause(sentence, mentions, i);
    if (claim) {
      const to = clauseEnd(sentence, claim.from);
      if (deniedClause(sentence, claim.from, to)) {
        out.push({ start: claim.from, end: to, source: claim.source, priority: 1 });
        i = to - 1;
        continue;
      }
    }
    // "Secondo il ministero, non c'è alcuna munizione...": the clause after a denier's attribution.
    const according = lexicons.attributionBefore.matchAt(toks, i, sentence.end);
    const named = according ? pastDeterminers(sentence, according.end) : -1;
    // "Selon lui, ...": the pronoun is part of the attribution's match.
    const by =
      according &&
      mentions.find(
        (m) => !m.inQuote && (m.start === named || (m.kind === 'pronoun' && m.start === i)),
      );
    if (by && sentence.story.deniers.has(by.source)) {
      const from = toks[by.end]?.folded === ',' ? by.end + 1 : by.end;
      const to = unseenReportEnd(sentence, from, clauseEnd(sentence, from));
      if (deniedClause(sentence, from, to)) {
        out.push({ start: from, end: to, source: by.source, priority: 1 });
        i = to - 1;
      }
      continue;
    }
    // "Er enthalte nichts Neues": reported speech by its mood alone, the last speaker's words.
    if (
      i === sentence.start &&
      reportedMood(sentence) &&
      discourse.lastSpeaker &&
      sentence.story.deniers.has(discourse.lastSpeaker)
    ) {
      const to = clauseEnd(sentence, i);
      if (deniedClause(sentence, i, to)) {
        out.push({ start: i, end: to, source: discourse.lastSpeaker, priority: 1 });
        i = to - 1;
        continue;
      }
    }
    const verb = lexicons.assertVerbs.matchAt(toks, i, sentence.end);
    if (!verb || negatedBefore(sentence, i)) continue;
    // "betonte, dass ..." / "sagte, es gebe ...": German sets the reported clause off by a comma.
    let after = skipFillers(sentence, verb.end);
    if (toks[after]?.folded === ',' && lexicons.optionalComplementiser) after++;
    const comp = lexicons.complementisers.matchAt(toks, after, sentence.end);
    // "affirme ne viser que...", "diz visar apenas...": an infinitive clause with no "que", read with
    // its verb.
    // (Where "that" may be left out, a negation there opens the clause: "said none of...").
    const infinitive =
      !comp &&
      !lexicons.optionalComplementiser &&
      (lexicons.negations.findIn(toks, after, Math.min(sentence.end, after + 2)) !== null ||
        lexicons.restrictives.findIn(toks, after, Math.min(sentence.end, after + 3)) !== null);
    if (!comp && !lexicons.optionalComplementiser && !infinitive) continue;
    const from = comp ? comp.end : after;
    const to = unseenReportEnd(sentence, from, clauseEnd(sentence, from));
    if (!deniedClause(sentence, from, to)) continue;
    const subject = subjectOf(sentence, mentions, i, verb.end, discourse);
    const source = sourceOf(subject);
    // "Mosca ha sempre dichiarato di condurre solo...": an infinitive claim is read with its verb,
    // and with who makes it as a rejection is ("El Kremlin rechazó").
    const said = typeof subject === 'object' ? subjectStart(sentence, subject, i) : i;
    if (source && sentence.story.deniers.has(source))
      out.push({ start: infinitive ? said : from, end: to, source, priority: 1 });
    i = to - 1;
  }
}

/** How a clause after a comma goes on the sentence's main verb: as a reported clause of it ("and
 *  that ...", "saying that ...", "en le qualifiant de ..."), as a relative that labels what it rejects
 *  ("que calificó de ..."), or not at all (a relative about the report, an aside). */
type Tail = { kind: 'reported' | 'label'; from: number } | { kind: 'none' };

function tailOf(sentence: SentenceView, at: number, to: number): Tail {
  const { toks, lang: lexicons } = sentence;
  const conj = lexicons.coordinators.matchAt(toks, at, to);
  const k = conj ? conj.end : at;
  // The verb after a relative, its pronouns and auxiliaries ("which it called", "que calificó").
  const verbAfter = (from: number) => {
    let v = from;
    while (v < to && (lexicons.objectPronouns.has(toks[v]) || lexicons.pronouns.has(toks[v]))) v++;
    return skipFillers(sentence, v, to);
  };
  const labels = (v: number) =>
    lexicons.weakDenialVerbs.matchAt(toks, v, to) ?? lexicons.denialVerbs.matchAt(toks, v, to);
  const relative =
    lexicons.relatives.matchAt(toks, k, to) ?? lexicons.complementisers.matchAt(toks, k, to);
  if (relative) {
    const verb = verbAfter(relative.end);
    if (labels(verb)) return { kind: 'label', from: verb };
    // "..., and that Amnesty raised claims it cannot check": a second clause of the same verb.
    return conj && lexicons.complementisers.matchAt(toks, k, to)
      ? { kind: 'reported', from: relative.end }
      : { kind: 'none' };
  }
  // "saying that ...", "asegurando que ...", "en le qualifiant de ...", "calling it ...".
  let v = k;
  while (v < Math.min(to, k + 2) && !lexicons.speech.matchAt(toks, v, to) && !labels(v)) {
    if (!lexicons.objectPronouns.has(toks[v]) && !lexicons.prepositions.has(toks[v])) break;
    v++;
  }
  const label = labels(v);
  if (label) return { kind: 'label', from: k };
  const said = lexicons.speech.matchAt(toks, v, to) ?? lexicons.assertVerbs.matchAt(toks, v, to);
  if (!said) return { kind: 'none' };
  const comp = lexicons.complementisers.matchAt(toks, said.end, to);
  return { kind: 'reported', from: comp ? comp.end : said.end };
}

/** Whether tokens [from, to) give the floor to someone who is not a denier: "Amnesty says",
 *  "according to the UN". ("..., said the BBC," after its verb only relays.) */
function otherSpeaks(
  sentence: SentenceView,
  mentions: readonly Mention[],
  from: number,
  to: number,
): boolean {
  const { toks, lang: lexicons, story } = sentence;
  const others = mentions.filter(
    (m) => !m.inQuote && m.start >= from && m.end <= to && !story.deniers.has(m.source),
  );
  // "..., as it accuses Russia of ...": a charge by a pronoun is the one the denier answers.
  return others.some(
    (m) =>
      lexicons.attributionBefore.matchEndingAt(toks, m.start, from) !== null ||
      // "... were rejected by Amnesty as false": the agent of a passive has the floor.
      lexicons.passiveBy.has(
        toks[lexicons.determiners.has(toks[m.start - 1]) ? m.start - 2 : m.start - 1],
      ) ||
      lexicons.speech.findIn(toks, m.end, to) !== null ||
      lexicons.assertVerbs.findIn(toks, m.end, to) !== null ||
      (m.kind !== 'pronoun' && lexicons.chargeVerbs.findIn(toks, m.end, to) !== null),
  );
}

/** Whether [from, to) holds an inability to check with no verb of saying or acknowledging before it. */
function inabilityToCheck(sentence: SentenceView, from: number, to: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const inability = findCannotCheck(sentence, from, to);
  if (!inability) return false;
  const tellers = [lexicons.speech, lexicons.assertVerbs, lexicons.acknowledgeVerbs];
  return !tellers.some((lex) => lex.findIn(toks, from, inability.start));
}

/** Where a piece's own clause starts, past the words that link it ("but they cannot know", "mais
 *  qu'elle n'a aucun moyen"). */
function afterLink(sentence: SentenceView, at: number, to: number): number {
  const { toks, lang: lexicons } = sentence;
  const link =
    lexicons.coordinators.matchAt(toks, at, to) ?? lexicons.clauseCuts.matchAt(toks, at, to);
  const k = link ? link.end : at;
  return lexicons.complementisers.matchAt(toks, k, to)?.end ?? k;
}

/** End of the comma-separated piece of the sentence that starts at `from` (quotes read whole). */
function pieceEnd(sentence: SentenceView, from: number): number {
  for (let k = from; k < sentence.end; k++) {
    const token = sentence.toks[k]!;
    if (inQuote(sentence, k)) continue;
    if (k > from && (isClauseMark(token) || TRAILING.has(token.folded))) return k;
  }
  return sentence.end;
}

/** "Vielmehr stellte Militärsprecher Igor Konaschenkow richtig": a verb in two parts with no source
 *  before it in its clause has its subject in the gap. */
function invertedInGap(
  sentence: SentenceView,
  mentions: readonly Mention[],
  verb: { start: number; gap?: [number, number] },
): Mention | undefined {
  const { gap } = verb;
  const clauseStart = clauseStartOf(sentence, verb.start);
  const outside = mentions.filter((m) => !m.inQuote);
  if (!gap || outside.some((m) => m.start >= clauseStart && m.end <= verb.start)) return undefined;
  return outside.find((m) => m.start >= gap[0] && m.end <= gap[1]);
}

/** Whether the token at `at` is a colon outside quotations. */
const colonAt = (sentence: SentenceView, at: number): boolean =>
  sentence.toks[at]?.folded === ':' && !inQuote(sentence, at);

/** "sagte: die Luftwaffe setze ...": the words a verb of saying introduces start after its colon. */
const afterColon = (sentence: SentenceView, at: number): number =>
  colonAt(sentence, at) ? at + 1 : at;

/** Whether the piece of a verb of saying ends on a colon that opens its words: "stellte der
 *  Sprecher am Mittwoch richtig: ...", "replicó el general en rueda de prensa: ...". (A quotation
 *  after the colon is read as the speaker's quotation.) */
const introducesByColon = (sentence: SentenceView, end: number): boolean =>
  colonAt(sentence, end) && sentence.toks[end + 1]?.kind !== 'quote';

/**
 * A denier's scope over the rest of the sentence whose main verb is theirs: "A ministry spokesman
 * said he saw nothing new, and that Amnesty raised claims it cannot check", "rechazó las
 * acusaciones, que calificó de « falsas »", "refuted the report, saying it is full of « stock
 * phrases »". Each clause of it that dismisses is the denier's, until someone else has the floor.
 */
function scopeTails(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  out: DenialHit[],
): void {
  const { toks, lang: lexicons, story } = sentence;
  let main: { start: number; end: number; gap?: [number, number] } | null = null;
  let rejects = false;
  for (let i = sentence.start; i < sentence.end && !main; i++) {
    if (inQuote(sentence, i)) continue;
    const rejection =
      lexicons.denialVerbs.matchAt(toks, i, sentence.end) ??
      lexicons.weakDenialVerbs.matchAt(toks, i, sentence.end);
    main =
      rejection ??
      lexicons.speech.matchAt(toks, i, sentence.end) ??
      lexicons.assertVerbs.matchAt(toks, i, sentence.end) ??
      lexicons.demandVerbs.matchAt(toks, i, sentence.end);
    rejects = rejection !== null;
  }
  if (!main || negatedBefore(sentence, main.start)) return;
  const subject =
    invertedInGap(sentence, mentions, main) ??
    subjectOf(sentence, mentions, main.start, main.end, discourse);
  const source = sourceOf(subject);
  if (!source || !story.deniers.has(source)) return;
  if (typeof subject === 'object' && inAccusersWords(sentence, mentions, subject.start)) return;
  const sentenceQuotes = quotesOf(sentence);
  const claim = (from: number, to: number, quotedOnly = false) => {
    const quotes = sentenceQuotes.filter((q) => q.open >= from && q.close < to);
    const spans = quotes.flatMap((q) => quoteSpans(sentence, mentions, q));
    if (spans.length)
      for (const [a, b] of spans) out.push({ start: a, end: b, source, priority: 0 });
    else if (!quotedOnly && to > from && dismisses(sentence, from, to))
      out.push({ start: from, end: to, source, priority: 0 });
  };
  // What a verb of saying says is theirs; what a rejection rejects is the accuser's.
  let at = afterColon(sentence, main.end);
  let end = pieceEnd(sentence, at);
  if (!rejects && !otherSpeaks(sentence, mentions, at, end)) claim(at, end);
  // A reported clause set off by a comma of its own ("und erklärte, der Bericht sei ..."), or
  // introduced by a colon after the speaker ("stellte der Sprecher richtig: ...").
  let pending = !rejects && introducesByColon(sentence, end);
  for (at = end + 1; at < sentence.end; at = end + 1) {
    // "(AI), que calificó...": the marks between pieces start none.
    while (at < sentence.end && isClauseMark(toks[at])) at++;
    end = pieceEnd(sentence, at);
    if (otherSpeaks(sentence, mentions, at, end)) return;
    const tail = tailOf(sentence, at, end);
    if (tail.kind !== 'none') claim(tail.from, end);
    else if (pending) claim(at, end);
    // "said that ..., but they have no way of checking": an inability to check in the scope of a
    // denier's words is theirs (not in a piece that gives it to another teller: "and the villagers
    // admit nobody could tell").
    else if (!rejects && inabilityToCheck(sentence, at, end))
      claim(afterLink(sentence, at, end), end);
    // "..., claims that « we categorically reject »": their words in a piece that is not an
    // account of the charge ("as it accuses Russia of « ... »").
    else if (!lexicons.chargeVerbs.findIn(toks, at, end)) claim(at, end, true);
    pending = tail.kind === 'reported' && tail.from >= end;
  }
}

/** Where the tail after a claim ending at `end` starts: past its comma, or at the coordinator that
 *  links it; -1 when nothing links it. */
function tailStart(sentence: SentenceView, end: number): number {
  const { toks } = sentence;
  if (toks[end]?.folded === ',' && !inQuote(sentence, end)) return end + 1;
  return sentence.lang.coordinators.matchAt(toks, end, sentence.end) ? end : -1;
}

/** Most tokens of a bracketed aside ("(AI)", "(HRW)") between a claim and its tail. */
const ASIDE_TOKENS = 5;

/** Past a short bracketed aside right after a claim ending at `end` ("... Amnesty International
 *  (AI), que calificó de «falsas»"): the tail goes on after it. */
function pastAside(sentence: SentenceView, end: number): number {
  const { toks } = sentence;
  if (toks[end]?.folded !== '(') return end;
  for (let k = end + 1; k <= end + ASIDE_TOKENS && k < sentence.end; k++)
    if (toks[k]!.folded === ')') return k + 1;
  return end;
}

/** A denial that goes on to `end` with the label it gives what it rejects: from the rejection on
 *  (the subject before it with a long object and its label would outgrow what it claims). */
const joinedWithLabel = (hit: DenialHit, end: number): DenialHit => ({
  ...hit,
  start: hit.rejection ?? hit.start,
  end,
});

/** "descartou o relatório, que chamou de « infundado »", "rejected the findings, calling them
 *  « pure invention »", "wies die Vorwürfe zurück und nannte sie „erfunden“": a denial that goes on
 *  in a relative or a clause that labels what it rejects is one claim with it, past a bracketed
 *  short name ("… Amnesty International (AI), which it called « baseless »"). */
function joinTails(sentence: SentenceView, hits: DenialHit[]): DenialHit[] {
  const { toks, lang: lexicons } = sentence;
  const out: DenialHit[] = [];
  for (const hit of hits) {
    const last = out.at(-1);
    const end = last ? pastAside(sentence, last.end) : -1;
    const at = last?.source === hit.source ? tailStart(sentence, end) : -1;
    const near = last !== undefined && at >= 0 && hit.start >= at && hit.start - at <= 3;
    // "..., que considera falso": a relative right after the comma; "..., calificándolas de",
    // "und nannte sie": a clause that labels it.
    const relative =
      near &&
      at === end + 1 &&
      hit.start > at &&
      lexicons.relatives.matchAt(toks, at, hit.start) !== null;
    // (Not "... y calificó de «falsas» las cifras": a label verb with an object of its own is a
    // second claim; nor a clause after a claim that rejects nothing.)
    const label =
      near &&
      last.act === true &&
      tailOf(sentence, at, pieceEnd(sentence, at)).kind === 'label' &&
      !lexicons.denialTargets.findIn(toks, at, hit.end);
    if (last && (relative || label)) out[out.length - 1] = joinedWithLabel(last, hit.end);
    else out.push({ ...hit });
  }
  return out;
}

/** "bezeichnete den Bericht als Sammlung von Klischees, die nichts Neues enthalte": a relative clause
 *  that goes on dismissing what the denial rejects is part of it, with a quoted label of the same
 *  speaker inside it ("…, which it called « a heap of inventions », a spokesman said"). */
function withDismissiveRelative(sentence: SentenceView, hits: DenialHit[]): DenialHit[] {
  const { toks, lang: lexicons } = sentence;
  const out: DenialHit[] = [];
  for (let n = 0; n < hits.length; n++) {
    const hit = hits[n]!;
    out.push(hit);
    if (toks[hit.end]?.folded !== ',' || inQuote(sentence, hit.end)) continue;
    const relative = lexicons.relatives.matchAt(toks, hit.end + 1, sentence.end);
    if (!relative) continue;
    const to = clauseEnd(sentence, relative.end);
    const next = hits[n + 1];
    const inside = next !== undefined && next.source === hit.source && next.end <= to;
    if (next !== undefined && next.start < to && !inside) continue;
    // Dismissive words only: "which found no military targets" is the report's own claim.
    if (!lexicons.dismissive.findIn(toks, relative.end, to)) continue;
    out[out.length - 1] = inside ? joinedWithLabel(hit, to) : { ...hit, end: to };
    if (inside) n++;
  }
  return out;
}

/** Denials of the sentence, without overlaps: the higher reading, then the longer, wins. */
export function findDenials(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): DenialHit[] {
  const found: DenialHit[] = [];
  colonHeadline(sentence, mentions, found);
  const verdict = verdictHeadline(sentence, mentions);
  if (verdict) found.push(verdict);
  const unreal = counterfactualDenial(sentence, mentions);
  if (unreal) found.push({ ...unreal, priority: 1 });
  replyColon(sentence, mentions, found);
  reportedDenials(sentence, mentions, discourse, found);
  quotedDenials(sentence, mentions, discourse, found);
  revealDemands(sentence, mentions, discourse, found);
  reportedDemands(sentence, mentions, found);
  deniedFacts(sentence, mentions, discourse, found);
  scopeTails(sentence, mentions, discourse, found);
  found.push(
    ...evaluationDenials(sentence, mentions, discourse),
    ...denialNouns(sentence, mentions),
    ...unseenReportClauses(sentence, mentions).map((hit) => ({ ...hit, priority: 1 })),
  );
  const dateline = afterDateline(sentence);
  for (const hit of found) {
    hit.start = Math.max(hit.start, dateline);
    // "no tiene información sobre la fiabilidad de las denuncias sobre la posibilidad de...": knowing
    // nothing of the charge ends with the charge when a long tail follows that dismisses nothing
    // ("... de mortes de civis na Síria" keeps its place).
    const unknown = noInformation(sentence, hit.start, hit.end);
    if (
      unknown &&
      wordsIn(sentence, unknown[1], hit.end) > UNKNOWN_TAIL_WORDS &&
      !dismisses(sentence, unknown[1], hit.end)
    )
      hit.end = unknown[1];
  }
  const chars = (h: DenialHit) => sentence.toks[h.end - 1]!.end - sentence.toks[h.start]!.start;
  found.sort((a, b) => b.priority - a.priority || chars(b) - chars(a));
  const kept: DenialHit[] = [];
  const rival: DenialHit[] = [];
  for (const candidate of found) {
    if (candidate.end <= candidate.start || chars(candidate) > MAX_CHARS) continue;
    // "called a Western documentary « not credible » and « one-sided »": a label inside a
    // rejection of something a rival put out is part of it.
    if (rival.some((r) => r.start <= candidate.start && candidate.end <= r.end)) continue;
    if (rejectsRivalClaims(sentence, mentions, candidate.start, candidate.end)) {
      rival.push(candidate);
      continue;
    }
    if (
      !candidate.act &&
      (toldByAccuser(sentence, mentions, candidate.start, candidate.end) ||
        chargesDenier(sentence, mentions, candidate.start, candidate.end))
    )
      continue;
    if (kept.some((k) => candidate.start < k.end && k.start < candidate.end)) continue;
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  // "Konashenkov ha criticado…", "têm reiterado não ter…": a compound tense's auxiliary and the
  // adverbs after it are part of the claim, whichever reading found it (not a lone "Zudem").
  let floor = Math.max(sentence.start, dateline);
  for (const hit of kept) {
    const back = skipFillersBack(sentence, hit.start, floor);
    for (let k = back; k < hit.start; k++)
      if (sentence.lang.auxiliaries.matchAt(sentence.toks, k, hit.start)) hit.start = back;
    floor = hit.end;
  }
  return joinTails(sentence, withDismissiveRelative(sentence, kept));
}
