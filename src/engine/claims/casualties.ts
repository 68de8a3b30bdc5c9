// Casualty claims in one sentence: a count, the noun it counts and its
// qualifier ("au moins 300 civils", "640 of them civilians", "des dizaines de
// victimes civiles"), kept only where the sentence is about people dying.
import { monthOf } from '../match/dateline';
import { accuserOfCount } from './accused-party';
import { diesAfterBreakdown } from './broken-down-count';
import { clauseOwner } from './clause-owner';
import { digitValue } from './numbers';
import type { HeadKind } from './rules/types';
import { Discourse, type Mention, type SentenceView } from './sentence';
import { copularToll, invertedToll, numberToll, tallyToll } from './stated-tolls';
import { deathInClause } from './vague-clause';
import type { IncidentTeller } from './incident-teller';
import type { Count, Metric } from '../types';

export interface CasualtyHit {
  /** Token range [start, end) in the paragraph. */
  start: number;
  end: number;
  metric: Metric;
  count: Count;
  source: string;
}

interface CountRead {
  start: number;
  end: number;
  count: Count;
  /** A figure that may stand alone ("killed 49"): a plain number, or a noun of number ("killed
   *  hundreds", "a tué des centaines"), not a word that needs its noun ("many", "plusieurs"). */
  bare: boolean;
}

/** The least count a noun of number stands for ("une dizaine", "dozens"); "several" is less. */
const NOUN_OF_NUMBER = 10;

interface NounRead {
  kind: HeadKind;
  civilian: boolean;
  end: number;
  /** Counted as dead ("morts parmi les combattants", "bajas entre los rebeldes"): death by itself. */
  ofDead?: boolean;
}

const CUE_WINDOW = 15;
/** How far a death word may be from a counted noun when no clause mark comes between them. */
const CLAUSE_REACH = 30;
const WAR_WINDOW = 14;
/** Words between a month and its year ("marzo de 2011", "March of 2011"). */
const MONTH_LINKS = new Set(['de', 'del', 'of']);
/** How far back a figure after "up to" looks for the noun it resumes. */
const RESUME_WINDOW = 12;
/** How far from a count a ratio's unit makes it a proportion ("pour un combattant rebelle éliminé, 16"). */
const RATIO_WINDOW = 8;

function readCount(sentence: SentenceView, i: number): CountRead | null {
  const { toks, lang: lexicons } = sentence;
  const phrase = lexicons.counts.matchAt(toks, i, sentence.end);
  if (phrase) {
    const count: Count =
      phrase.data.value !== undefined
        ? { value: phrase.data.value }
        : { min: phrase.data.min ?? 2 };
    // "un dizaine de combattants", "un decena": a noun of quantity keeps whatever article
    // precedes it, misspelt ones too.
    const article =
      phrase.end === i + 1 && i > sentence.start && lexicons.indefinites.has(toks[i - 1]);
    const least = 'value' in count ? count.value : count.min;
    return {
      start: article ? i - 1 : i,
      end: phrase.end,
      count,
      bare: least >= NOUN_OF_NUMBER,
    };
  }
  const token = toks[i]!;
  if (token.kind === 'num') {
    let value = digitValue(token.folded);
    let end = i + 1;
    // "Kills 100s": a round figure made plural counts at least two of it (hundreds: 200).
    const plural = toks[end];
    if (
      plural?.start === token.end &&
      lexicons.figurePlurals.has(plural) &&
      /^10+$/.test(token.folded)
    ) {
      return { start: i, end: end + 1, count: { min: 2 * value }, bare: true };
    }
    const scale = toks[end] && lexicons.scales.get(toks[end]!.folded);
    if (scale) {
      value *= scale;
      end++;
    }
    // "between 1,098 and 1,450 civilians": the least is the first.
    const link = toks[end];
    const second = toks[end + 1];
    if (
      second?.kind === 'num' &&
      lexicons.rangeLinks.has(link) &&
      digitValue(second.folded) > value
    ) {
      const upper = toks[end + 2];
      const after = upper && lexicons.scales.get(upper.folded) ? end + 3 : end + 2;
      if (
        lexicons.heads.matchAt(toks, after, sentence.end) ||
        lexicons.countLinks.matchAt(toks, after, sentence.end)
      ) {
        return { start: i, end: after, count: { min: value }, bare: false };
      }
    }
    return Number.isFinite(value) ? { start: i, end, count: { value }, bare: true } : null;
  }
  const words = lexicons.numbers.read(toks, i, sentence.end);
  return words ? { start: i, end: words.end, count: { value: words.value }, bare: true } : null;
}

function readNoun(sentence: SentenceView, j: number): NounRead | null {
  const { toks, lang: lexicons } = sentence;
  let k = j;
  let civilian = false;
  let linked = false;
  for (let step = 0; step < 4; step++) {
    // "civilian deaths", "zivile Opfer".
    const before = lexicons.civilianBefore.matchAt(toks, k, sentence.end);
    const after = before && lexicons.heads.matchAt(toks, before.end, sentence.end);
    if (after && (after.data === 'dead' || after.data === 'people')) {
      civilian = true;
      k = before.end;
      break;
    }
    if (lexicons.heads.matchAt(toks, k, sentence.end)) break;
    const mod = lexicons.modifiers.matchAt(toks, k, sentence.end);
    const link = linked ? null : lexicons.countLinks.matchAt(toks, k, sentence.end);
    const next = mod && (!link || mod.end >= link.end) ? mod : link;
    if (!next) return null;
    if (next === link) linked = true;
    k = next.end;
  }
  let head = lexicons.heads.matchAt(toks, k, sentence.end);
  if (!head) return null;
  // "200 getöteten Zivilisten", "zwölf getötete Kämpfer": a participle of death before the noun;
  // "bajas civiles", "perdite civili": a noun of the dead before its group. Either way the count
  // is of dead by itself.
  const ofDead = head.data === 'dead';
  const noun = ofDead ? lexicons.heads.matchAt(toks, head.end, sentence.end) : null;
  if (noun && noun.data !== 'dead') head = noun;
  let end = head.end;
  let kind = head.data;
  if (kind === 'dead' || kind === 'people') {
    const civ = lexicons.civilianAfter.matchAt(toks, end, sentence.end);
    // "une douzaine de morts parmi les combattants": the dead of a group count that group.
    const among = civ ? null : lexicons.among.matchAt(toks, end, sentence.end);
    const group = among && lexicons.heads.matchAt(toks, among.end, sentence.end);
    if (civ) {
      civilian = true;
      end = civ.end;
    } else if (group && group.data !== 'dead') {
      kind = group.data;
      end = group.end;
    }
  }
  // "200 civiles sirios": the nationality after the noun is still the noun's.
  end = lexicons.nationalityAfter.matchAt(toks, end, sentence.end)?.end ?? end;
  return { kind, civilian: civilian || kind === 'civilians', end, ofDead };
}

/** Whom a plural with no count counts when a verb of killing takes it: the groups a report on
 *  strikes counts, not any people ("the strike killed shoppers" places a scene). */
const KILLABLE = new Set<HeadKind>(['civilians', 'children', 'women']);

/**
 * "Russian strikes killed civilians", "ont tué des civils", "mataram civis": a finite verb of
 * killing whose object is a plural of civilians, children or women with no count says at least two died. The count
 * read is the verb (and its article); the noun follows. Not when negated ("never killed civilians").
 */
function killedPlural(sentence: SentenceView, i: number): CountRead | null {
  const { toks, lang: lexicons } = sentence;
  const verb = lexicons.killsPlural.matchAt(toks, i, sentence.end);
  if (!verb || lexicons.negations.findIn(toks, Math.max(sentence.start, i - 3), i)) return null;
  const noun = readNoun(sentence, verb.end);
  if (!noun || !KILLABLE.has(noun.kind)) return null;
  return { start: i, end: verb.end, count: { min: 2 }, bare: false };
}

/**
 * "Des enfants tués dans des raids", "Unos civiles muertos en Homs": a headline that opens with
 * a plural article, a plural of civilians, children or women and its participle of death says at
 * least two died. Without the article ("Civils tués en Syrie") it names a topic, not a count.
 * The count read is the article (see `killedPlural` for the noun).
 */
function headlinePlural(sentence: SentenceView, i: number): CountRead | null {
  const { toks, lang: lexicons } = sentence;
  if (i !== sentence.start || !lexicons.headlineArticles.has(toks[i])) return null;
  const at = i + 1;
  // The noun itself, no count or modifier before it, then the participle.
  const noun = lexicons.heads.matchAt(toks, at, sentence.end) && readNoun(sentence, at);
  if (!noun || !KILLABLE.has(noun.kind)) return null;
  if (!lexicons.deathCues.matchAt(toks, noun.end, sentence.end)) return null;
  return { start: i, end: at, count: { min: 2 }, bare: false };
}

const isYear = (count: Count): boolean =>
  'value' in count && Number.isInteger(count.value) && count.value >= 1900 && count.value <= 2100;

/** Nothing but punctuation, a preposition or an attribution ("even 849 according to the
 *  network") follows the figure: no noun of its own. */
function standsAlone(sentence: SentenceView, count: CountRead): boolean {
  const next = sentence.toks[count.end];
  return (
    !next ||
    (next.kind !== 'word' && next.kind !== 'num') ||
    sentence.lang.prepositions.has(next) ||
    sentence.lang.attributionBefore.matchAt(sentence.toks, count.end, sentence.end) !== null
  );
}

/** The noun a metric counts, for a figure that resumes the sentence before's count. */
const NOUN_OF_METRIC: Record<Metric, Omit<NounRead, 'end'>> = {
  'civilians-killed': { kind: 'civilians', civilian: true },
  'children-killed': { kind: 'children', civilian: false },
  'women-killed': { kind: 'women', civilian: false },
  'fighters-killed': { kind: 'fighters', civilian: false },
  'people-killed': { kind: 'dead', civilian: false },
  'war-deaths-total': { kind: 'dead', civilian: false },
};

/**
 * "The Observatory counts more civilians killed, up to 710", "sogar mit 710": a figure standing
 * alone after a resuming link counts what the casualty noun named just before it counts.
 */
function resumedCount(
  sentence: SentenceView,
  countRead: CountRead,
  previous: PreviousClaims | undefined,
): { start: number; noun: NounRead } | null {
  const { toks, lang: lexicons } = sentence;
  if (!countRead.bare || isYear(countRead.count) || !standsAlone(sentence, countRead)) return null;
  const link = lexicons.resumeLinks.matchEndingAt(toks, countRead.start, sentence.start, 3);
  if (!link) return null;
  const from = Math.max(sentence.start, link.start - RESUME_WINDOW);
  let noun: NounRead | null = null;
  let firstAt = -1;
  // The nearest noun, or just before it the one it qualifies ("civils tués", "zivilen Todesopfern").
  for (let k = link.start - 1; k >= from && (firstAt < 0 || firstAt - k <= 2); k--) {
    const read = readNoun(sentence, k);
    if (!read || read.end > link.start) continue;
    if (!noun || read.civilian || (noun.kind === 'dead' && read.kind !== 'dead')) noun = read;
    if (firstAt < 0) firstAt = k;
  }
  // "Otros observadores hablan incluso de 849": with no noun of its own sentence, the figure
  // goes on with what the sentence before counted last.
  const last = previous?.metrics.at(-1);
  if (!noun && sentence.start === from && last)
    return { start: link.start, noun: { ...NOUN_OF_METRIC[last], end: countRead.end } };
  if (!noun) return null;
  const dying = noun.kind === 'dead' || lexicons.deathCues.findIn(toks, from, link.start) !== null;
  return dying ? { start: link.start, noun } : null;
}

/**
 * "Six attacks which killed no fewer than 200 of them": a figure followed by a pronoun of the
 * group counts the group the sentence named before it ("hundreds of civilians").
 */
function partitiveCount(sentence: SentenceView, countRead: CountRead): NounRead | null {
  const { toks, lang: lexicons } = sentence;
  if (!countRead.bare || isYear(countRead.count)) return null;
  const pronoun = lexicons.partitives.matchAt(toks, countRead.end, sentence.end);
  if (!pronoun) return null;
  // The nearest group named before, anywhere in the sentence: the pronoun stands for it.
  for (let k = countRead.start - 1; k >= sentence.start; k--) {
    const read = readNoun(sentence, k);
    if (read && read.end <= countRead.start && read.kind !== 'dead')
      return { ...read, end: pronoun.end };
  }
  return null;
}

/**
 * "Killed 49", "the toll rose to 115", "eleva a 2.132 la cifra de muertos": a figure with no noun
 * still counts the dead.
 */
function bareDeathCount(sentence: SentenceView, start: number, countRead: CountRead): boolean {
  const { toks, lang: lexicons } = sentence;
  if (!countRead.bare || isYear(countRead.count)) return false;
  const alone = standsAlone(sentence, countRead);
  if (alone && lexicons.killVerbs.matchEndingAt(toks, start, sentence.start, 3)) return true;
  if (!lexicons.tollLinks.matchEndingAt(toks, start, sentence.start, 2)) return false;
  if (alone && lexicons.tollNouns.findIn(toks, Math.max(sentence.start, start - 10), start))
    return true;
  const after = lexicons.tollNouns.findIn(
    toks,
    countRead.end,
    Math.min(sentence.end, countRead.end + 6),
  );
  return after !== null && after.start <= countRead.end + 1;
}

/** Most tokens of the group a listed count belongs to ("wounded several others, including"). */
const GROUP_REACH = 6;

/** "wounded several others, including three women", "blessé plusieurs personnes, dont trois
 *  femmes": a count listed after "including" belongs to the group before it, and is not of dead
 *  when that group is the wounded (or the displaced...), whatever killed someone earlier. */
function listedUnderNonDeath(sentence: SentenceView, start: number): boolean {
  const { toks, lang: lexicons } = sentence;
  const listed = lexicons.including.matchEndingAt(toks, start, sentence.start, 3);
  if (!listed) return false;
  const at = toks[listed.start - 1]?.folded === ',' ? listed.start - 1 : listed.start;
  for (let k = at - 1; k >= Math.max(sentence.start, at - GROUP_REACH); k--) {
    if (toks[k]!.kind === 'punct' || lexicons.coordinators.matchAt(toks, k, at)) return false;
    if (lexicons.notDeathBefore.matchAt(toks, k, at) || lexicons.notDeathAfter.matchAt(toks, k, at))
      return true;
  }
  return false;
}

/** A word right after the noun says the count is not of dead (injured, displaced, interviewed). */
function vetoed(sentence: SentenceView, start: number, end: number): boolean {
  const { toks, lang: lexicons } = sentence;
  for (let k = end; k < Math.min(sentence.end, end + 3); k++) {
    const token = toks[k]!;
    if (token.kind === 'punct' || token.kind === 'num' || token.kind === 'quote') break;
    if (lexicons.notDeathAfter.matchAt(toks, k, sentence.end)) return true;
    if (
      lexicons.coordinators.matchAt(toks, k, sentence.end) ||
      lexicons.including.matchAt(toks, k, sentence.end)
    )
      break;
  }
  // Before: only within the count's own phrase ("12 wounded and 3 killed" keeps the 3).
  let from = Math.max(sentence.start, start - 4);
  for (let k = start - 1; k >= from; k--) {
    const tokenBefore = toks[k]!;
    if (
      tokenBefore.kind === 'punct' ||
      tokenBefore.kind === 'num' ||
      lexicons.coordinators.matchAt(toks, k, start)
    ) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < start; k++) {
    if (lexicons.notDeathBefore.matchAt(toks, k, start)) return true;
  }
  if (lexicons.notDeathRightBefore.matchEndingAt(toks, start, sentence.start, 3)) return true;
  if (listedUnderNonDeath(sentence, start)) return true;
  // "16 civilians for every fighter", "pour un combattant éliminé, 16 civils": a proportion.
  return (
    lexicons.ratioUnits.findIn(
      toks,
      Math.max(sentence.start, start - RATIO_WINDOW),
      Math.min(sentence.end, end + RATIO_WINDOW),
    ) !== null
  );
}

/** "530 civils dont 80 femmes et 95 enfants": a count listed after a claim shares its death. */
function continuesClaim(
  sentence: SentenceView,
  start: number,
  previous: CasualtyHit | undefined,
): boolean {
  if (!previous || previous.end > start || start - previous.end > 6) return false;
  const { toks, lang: lexicons } = sentence;
  for (let k = previous.end; k < start;) {
    const token = toks[k]!;
    if (token.folded === ',') {
      k++;
      continue;
    }
    // "46 civis mortos, entre os quais 32 crianças": a word of death may close the first count.
    const link =
      lexicons.coordinators.matchAt(toks, k, start) ??
      lexicons.including.matchAt(toks, k, start) ??
      lexicons.deathCues.matchAt(toks, k, start);
    if (!link) return false;
    k = link.end;
  }
  return true;
}

interface SentenceCues {
  /** Any word in the sentence that says some counts are not of dead. */
  nonDeath: boolean;
  /** Token positions of whole-war cues (war word with a start year, "since the start"...). */
  war: number[];
}

function sentenceCues(sentence: SentenceView): SentenceCues {
  const { toks, lang: lexicons, story } = sentence;
  let nonDeath = false;
  const notWar = new Set<number>();
  const warWords: number[] = [];
  const anchors: number[] = [];
  for (let k = sentence.start; k < sentence.end; k++) {
    nonDeath ||= !!(
      lexicons.notDeathAfter.matchAt(toks, k, sentence.end) ??
      lexicons.notDeathBefore.matchAt(toks, k, sentence.end)
    );
    const nw = lexicons.notWar.matchAt(toks, k, sentence.end);
    if (nw) for (let index = nw.start; index < nw.end; index++) notWar.add(index);
    if (!notWar.has(k) && lexicons.warNouns.matchAt(toks, k, sentence.end)) warWords.push(k);
    if (
      story.conflictStart.has(toks[k]!.folded) ||
      lexicons.sinceStart.matchAt(toks, k, sentence.end) ||
      lexicons.totalCues.matchAt(toks, k, sentence.end)
    ) {
      anchors.push(k);
    }
  }
  const war: number[] = [];
  for (const warWord of warWords) {
    // "the death toll of the war", "le bilan du conflit".
    if (lexicons.tollNouns.findIn(toks, Math.max(sentence.start, warWord - 4), warWord))
      war.push(warWord);
    if (
      anchors.length ||
      lexicons.deathCues.findIn(toks, warWord + 1, Math.min(sentence.end, warWord + 13)) ||
      // "have died in the war", "muertos en la guerra".
      lexicons.deathCues.findIn(toks, Math.max(sentence.start, warWord - 4), warWord)
    )
      war.push(warWord, ...anchors);
  }
  // "250,000 people have died since 2011", "desde marzo de 2011": the conflict's start year
  // after "since", its month between them or not, is enough.
  for (let k = sentence.start; k < sentence.end; k++) {
    const since = lexicons.since.matchAt(toks, k, sentence.end);
    if (!since) continue;
    let at = since.end;
    if (monthOf(toks[at]?.folded ?? '') !== undefined)
      at += MONTH_LINKS.has(toks[at + 1]?.folded ?? '') ? 2 : 1;
    if (story.conflictStart.has(toks[at]?.folded ?? '')) war.push(at);
  }
  return { nonDeath, war };
}

function metricOf(noun: NounRead | null, war: boolean): Metric {
  if (!noun) return war ? 'war-deaths-total' : 'people-killed';
  if (noun.civilian) return 'civilians-killed';
  switch (noun.kind) {
    case 'children':
      return 'children-killed';
    case 'women':
      return 'women-killed';
    case 'fighters':
      return 'fighters-killed';
    default:
      return war ? 'war-deaths-total' : 'people-killed';
  }
}

function nearest(list: Mention[], hit: CasualtyHit): Mention {
  const distance = (mention: Mention) =>
    mention.end <= hit.start ? hit.start - mention.end : mention.start - hit.end + 0.5;
  return list.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/**
 * Who gives a count: the attributed source nearest to it, else one named in the sentence. A count
 * the sentence credits to no one stays 'unknown' (the article's own figure) unless it continues or
 * breaks down a count already credited (see `findCasualties`).
 */
function casualtySource(
  sentence: SentenceView,
  mentions: readonly Mention[],
  hit: CasualtyHit,
  narrator: string | undefined,
): string {
  const usable = mentions.filter((m) => !m.inQuote && !m.relayed && m.source !== 'unknown');
  const attributed = usable.filter((m) => m.attributive);
  // "..., a monitoring group said": someone is named, but not who; that is not the last counter.
  const unnamed = mentions.some(
    (m) => !m.inQuote && !m.relayed && m.attributive && m.source === 'unknown',
  );
  if (!attributed.length && unnamed) return 'unknown';
  const named = usable.filter((m) => m.kind !== 'pronoun' && !sentence.story.deniers.has(m.source));
  const citing = attributed.filter((m) => m.citing);
  if (!citing.length) {
    const owner = clauseOwner(sentence, mentions, hit.start, hit.end);
    if (owner) return owner;
  }
  if (attributed.length) {
    const chosen = nearest(citing.length ? citing : attributed, hit);
    // "The Observatory keeps a tally. It says 2,371 died": a pronoun takes up whom the paragraph
    // was naming, even when that source has not spoken yet.
    const speaker = chosen.kind === 'pronoun' && narrator ? narrator : chosen.source;
    // "Moscow rejected Amnesty's claim of 200 dead": a denier quoting the accusation's figure does
    // not give it; the accuser named in the sentence does.
    if (sentence.story.deniers.has(speaker) && named.length) return nearest(named, hit).source;
    return speaker;
  }
  return named.length ? nearest(named, hit).source : 'unknown';
}

/** The sentence credits a figure to `source` by name: "X said", "according to X", "X's count". */
const creditedByName = (mentions: readonly Mention[], source: string): boolean =>
  mentions.some((m) => m.source === source && !m.inQuote && m.attributive && m.kind !== 'pronoun');

/** "custaram a vida a, no mínimo, 200 civis": a qualifier set off by commas before the count. */
function setOff(sentence: SentenceView, at: number): { start: number } | null {
  const { toks, lang: lexicons } = sentence;
  if (toks[at - 1]?.folded !== ',') return null;
  const qualifier = lexicons.qualifiers.matchEndingAt(toks, at - 1, sentence.start, 4);
  return qualifier && toks[qualifier.start - 1]?.folded === ',' ? qualifier : null;
}

/** The phrase of death whose complement starts at `at` ("claimed the lives of", "the killing of",
 *  "Killing of" in a headline): the longer one where both lists match. */
function deathPhraseEndingAt(sentence: SentenceView, at: number) {
  const { toks, lang: lexicons } = sentence;
  const idiom = lexicons.deathOf.matchEndingAt(toks, at, sentence.start, 6);
  const noun = lexicons.killingNouns.matchEndingAt(toks, at, sentence.start, 4);
  return idiom && (!noun || idiom.start <= noun.start) ? idiom : noun;
}

const isDay = (sentence: SentenceView, k: number): boolean => {
  const token = sentence.toks[k];
  return (
    token?.kind === 'num' &&
    /^\d{1,2}$/.test(token.folded) &&
    Number(token.folded) >= 1 &&
    Number(token.folded) <= 31
  );
};

const isMonth = (sentence: SentenceView, k: number): boolean => {
  const token = sentence.toks[k];
  return token?.kind === 'word' && monthOf(token.folded) !== undefined;
};

/** A day and its month, either way round: "le 29 novembre", "am 29. November", "on November 29". */
export function namesOneDay(sentence: SentenceView): boolean {
  const { toks } = sentence;
  for (let k = sentence.start; k < sentence.end; k++) {
    if (!isMonth(sentence, k)) continue;
    if (isDay(sentence, k - 1) || isDay(sentence, k + 1)) return true;
    // "29. November", "29 de noviembre".
    if (
      k - 2 >= sentence.start &&
      isDay(sentence, k - 2) &&
      ['.', 'de', 'di'].includes(toks[k - 1]!.folded)
    )
      return true;
  }
  return false;
}

/** "On November 29 killed 49": the figure at `at` is the day of a date, not a count. */
function isDateDay(sentence: SentenceView, at: number): boolean {
  if (!isDay(sentence, at)) return false;
  const next = sentence.toks[at + 1]?.folded;
  return (
    isMonth(sentence, at - 1) ||
    isMonth(sentence, at + 1) ||
    ((next === '.' || next === 'de' || next === 'di') && isMonth(sentence, at + 2))
  );
}

/**
 * The sentence retells an account at second hand and names no one: a conditional or a
 * "reportedly" ("49 civili sarebbero stati uccisi"), a single strike, the place it hit or its day,
 * or a word that points back to what the account described ("les civils tués dans ces raids"); or
 * it follows a sentence that named one attack ("The report describes a strike on a market.").
 */
function retellsIncident(
  sentence: SentenceView,
  mentions: readonly Mention[],
  incidentBefore: boolean,
): boolean {
  if (mentions.some((m) => !m.inQuote)) return false;
  const { toks, lang: lexicons } = sentence;
  return (
    incidentBefore ||
    lexicons.hearsay.findIn(toks, sentence.start, sentence.end) !== null ||
    lexicons.incidentMarks.findIn(toks, sentence.start, sentence.end) !== null ||
    lexicons.anaphors.findIn(toks, sentence.start, sentence.end) !== null ||
    namesOneDay(sentence)
  );
}

/** The sentence names an attack of another kind than the story's, and no source of the story. */
function otherEvent(sentence: SentenceView, mentions: readonly Mention[]): boolean {
  return (
    sentence.story.otherEvents.findIn(sentence.toks, sentence.start, sentence.end) !== null &&
    // "controlled by the government" names no one who counts.
    !mentions.some(
      (m) => !m.inQuote && m.source !== 'unknown' && (m.kind === 'name' || m.attributive),
    )
  );
}

/** Who the story ties a count to when the text credits it to no one (see `storyTie` in link.ts). */
export type StoryTie = (metric: Metric, count: Count) => string | undefined;

/** The claims of the sentence before, which the next one may break down. */
export interface PreviousClaims {
  /** The largest count, and who gave it. */
  most: number;
  source: string;
  metrics: readonly Metric[];
}

// A breakdown counts a part of what was counted: civilians among the dead, children among civilians.
const PARTS: Partial<Record<Metric, readonly Metric[]>> = {
  'people-killed': ['civilians-killed', 'fighters-killed', 'children-killed', 'women-killed'],
  'civilians-killed': ['children-killed', 'women-killed'],
};

function breaksDown(previous: PreviousClaims | undefined, metric: Metric, count: Count): boolean {
  if (!previous || !('value' in count) || count.value >= previous.most) return false;
  return previous.metrics.some((m) => PARTS[m]?.includes(metric));
}

/**
 * Casualty claims of the sentence. `previous`: the claims of the sentence before; a smaller count of
 * a part of them, with nothing else said, is their breakdown ("Au total, on compte 530 civils").
 * `narrator`: the source whose account the paragraph's sentences before were giving.
 * `investigator`: the accuser whose investigation the sentence narrates (see inquiry-passage.ts).
 * `incident`: who may be telling of one incident when no one is named (see incident-teller.ts).
 */
export function findCasualties(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
  previous: PreviousClaims | undefined,
  tie: StoryTie = () => undefined,
  narrator?: string,
  investigator?: string,
  incident: IncidentTeller = { incidentBefore: false },
): CasualtyHit[] {
  const { toks, lang: lexicons } = sentence;
  const hits: CasualtyHit[] = [];
  let retold: boolean | undefined;
  let other: boolean | undefined;
  let cues: SentenceCues | undefined;
  for (let i = sentence.start; i < sentence.end;) {
    const counted = readCount(sentence, i);
    const killing = counted ? null : (killedPlural(sentence, i) ?? headlinePlural(sentence, i));
    const countRead = counted ?? killing;
    if (!countRead || isDateDay(sentence, i)) {
      i++;
      continue;
    }
    // "Un carro-bomba matou dezenas de pessoas": the dead of another kind of attack are other news.
    other ??= otherEvent(sentence, mentions);
    if (other) break;
    const qualifier = killing
      ? null
      : (lexicons.qualifiers.matchEndingAt(toks, countRead.start, sentence.start, 4) ??
        setOff(sentence, countRead.start));
    const from = qualifier ? qualifier.start : countRead.start;
    // "causaron la muerte de cientos de civiles": the phrase of death is part of the claim.
    const deathOf =
      deathPhraseEndingAt(sentence, from) ??
      (qualifier && toks[from - 1]?.folded === ','
        ? deathPhraseEndingAt(sentence, from - 1)
        : null);
    const own = readNoun(sentence, countRead.end) ?? partitiveCount(sentence, countRead);
    // "The number of dead is put at a few hundred": a vague count may close a toll too.
    const stated =
      own || deathOf || isYear(countRead.count)
        ? null
        : (tallyToll(sentence, from, countRead.end, readNoun) ??
          (standsAlone(sentence, countRead)
            ? (copularToll(sentence, from, countRead.end, readNoun) ??
              numberToll(sentence, from, countRead.end, readNoun))
            : null) ??
          invertedToll(sentence, from, countRead.end, readNoun));
    const resumed = own || deathOf || stated ? null : resumedCount(sentence, countRead, previous);
    const noun = own ?? stated?.noun ?? resumed?.noun ?? null;
    // "The massacre of 1982" names a year, not a count.
    const bare =
      !noun &&
      ((deathOf !== null && !isYear(countRead.count)) || bareDeathCount(sentence, from, countRead));
    const end = own ? own.end : stated ? stated.end : countRead.end;
    if ((!noun && !bare) || vetoed(sentence, from, end)) {
      i = countRead.end;
      continue;
    }
    const start = stated
      ? stated.start
      : resumed
        ? Math.min(resumed.start, from)
        : deathOf
          ? deathOf.start
          : from;
    cues ??= sentenceCues(sentence);
    const deadByItself =
      bare ||
      killing !== null ||
      stated !== null ||
      resumed !== null ||
      deathOf !== null ||
      own?.ofDead === true;
    const continued = continuesClaim(sentence, start, hits.at(-1)) ? hits.at(-1) : undefined;
    const brokenDown =
      !cues.nonDeath && breaksDown(previous, metricOf(noun, false), countRead.count);
    // "Dozens of people gathered where the strike killed 49": a vague count of people needs
    // death in its own clause.
    const vaguePeople = !deadByItself && !('value' in countRead.count) && noun!.kind === 'people';
    // "nos forces ont éliminé des centaines de combattants": the army's word for killing,
    // a count the army gives, never the accuser whose account the paragraph may be retelling.
    const eliminated =
      noun?.kind === 'fighters' &&
      lexicons.eliminates.matchEndingAt(toks, from, sentence.start, 3) !== null;
    const dying =
      deadByItself ||
      (vaguePeople
        ? deathInClause(sentence, start, end)
        : lexicons.deathCues.findIn(
            toks,
            Math.max(sentence.start, start - CUE_WINDOW),
            Math.min(sentence.end, end + CUE_WINDOW),
          ) !== null ||
          // "200 Zivilisten sind ... bei Angriffen in der Provinz ums Leben gekommen": a verb
          // at the end of the count's own clause, however long its complement.
          deathInClause(sentence, start, end, CLAUSE_REACH)) ||
      continued !== undefined ||
      brokenDown ||
      eliminated ||
      diesAfterBreakdown(sentence, end);
    if (!dying) {
      i = end;
      continue;
    }
    const war = cues.war.some(
      (w) => Math.abs(w - start) <= WAR_WINDOW || Math.abs(w - end) <= WAR_WINDOW,
    );
    const hit: CasualtyHit = {
      start,
      end,
      metric: metricOf(noun, war),
      count: countRead.count,
      source: 'unknown',
    };
    hit.source = casualtySource(sentence, mentions, hit, narrator);
    // "Russia accused of killing 200 civilians": the accused never gives the count. The whole
    // war's toll is no part of what it is accused of.
    if (
      hit.metric !== 'war-deaths-total' &&
      (hit.source === 'unknown' || sentence.story.deniers.has(hit.source))
    )
      hit.source = accuserOfCount(sentence, mentions, start) ?? hit.source;
    // A figure the story ties to one source is that source's; "2,132 dead, including 710 civilians":
    // a part of a count is given by whoever gave the count.
    const tied = tie(hit.metric, hit.count);
    if (hit.source === 'unknown') {
      hit.source = tied ?? continued?.source ?? (brokenDown ? previous!.source : 'unknown');
    } else if (tied && tied !== hit.source && !creditedByName(mentions, hit.source)) {
      // "On the eve of Amnesty's report, its count stood at 2,132": a source merely named near
      // a figure the story ties to another does not give it.
      hit.source = tied;
    }
    // "L'ONG décrit l'attaque du marché. 49 personnes auraient péri": one attack retold, with no
    // one named, goes on with the account the paragraph was giving. A whole-war toll does not,
    // nor a part of a count the sentence gave as its own ("250,000 dead, among them ..."), nor
    // the fighters an army says it eliminated.
    // With no one telling in the paragraph, the article's only accuser tells of the incident.
    const teller = narrator ?? incident.accuser;
    const ownPart = (continued !== undefined && continued.source === 'unknown') || eliminated;
    if (hit.source === 'unknown' && teller && hit.metric !== 'war-deaths-total' && !ownPart) {
      retold ??= retellsIncident(sentence, mentions, incident.incidentBefore);
      if (retold) hit.source = teller;
    }
    // "Five of the attacks killed 119 civilians": what the attacks the accuser examined did.
    if (hit.source === 'unknown' && investigator && hit.metric !== 'war-deaths-total' && !ownPart)
      hit.source = investigator;
    hits.push(hit);
    i = end;
  }
  return hits;
}
