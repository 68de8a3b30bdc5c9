// Casualty claims and denials in the article regions of a page's text.
import { creditsSentenceBefore } from './back-attribution';
import { findCasualties, type CasualtyHit, type PreviousClaims, type StoryTie } from './casualties';
import {
  detectionSteps,
  languageSteps,
  storySteps,
  type CompiledLanguage,
  type CompiledStory,
} from './compiled';
import { closeContinuedQuote } from './continued-quote';
import { unclaimedEvaluations } from './denial-evaluations';
import { findDenials, unclaimedQuotes, unclaimedReports } from './denials';
import { ArticleAccusers, namesIncident } from './incident-teller';
import { leavesInquiry, opensInquiry, picksAttacks } from './inquiry-passage';
import { detectLanguage, paragraphLanguage } from './language';
import { findMentions, sentenceSpeaker } from './mentions';
import { PageDenier } from './page-denier';
import { findQuotes, splitSentences } from './segment';
import { sentenceSubject } from './speaker-context';
import { Discourse, type Mention, type SentenceView } from './sentence';
import type { StoryRules } from './story-rules';
import { fold, tokenize, type Token } from './tokens';
import { runSteps, type Steps } from '../steps';
import type { Claim, Span } from '../types';

/** Enough of the article to tell its language. */
const LANGUAGE_SAMPLE = 4000;

function cleanRegions(text: string, regions: readonly Span[]): Span[] {
  const sorted = regions
    .map((region) => ({
      start: Math.max(0, Math.floor(region.start)),
      end: Math.min(text.length, Math.floor(region.end)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const region of sorted) {
    const last = out.at(-1);
    if (last && region.start <= last.end) last.end = Math.max(last.end, region.end);
    else out.push({ ...region });
  }
  return out;
}

interface Paragraph {
  offset: number;
  text: string;
}

/** A paragraph that ends on a colon (a caption naming the speaker and their office) and one that
 *  opens on a quotation mark. */
const INTRODUCES = /:\s*$/;
const QUOTED = /^\s*[«“„"‹]/;

/** The page's paragraphs. A caption that ends on a colon introduces the quotation of the next
 *  paragraph: both are read as one (the line break as a space, so that offsets hold), and the
 *  quotation has its speaker. */
function paragraphs(text: string, regions: readonly Span[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const region of regions) {
    let at = region.start;
    let introduces = false;
    for (const piece of text.slice(region.start, region.end).split('\n')) {
      const last = out.at(-1);
      if (introduces && last && QUOTED.test(piece))
        last.text = text.slice(last.offset, at + piece.length).replace(/\n/g, ' ');
      else if (piece.trim()) out.push({ offset: at, text: piece });
      if (piece.trim()) introduces = INTRODUCES.test(piece);
      at += piece.length + 1;
    }
  }
  return out;
}

/** The tokens of the article's first LANGUAGE_SAMPLE characters (paragraphs joined by '\n'). */
function sample(paras: readonly Paragraph[], tokenized: readonly Token[][]): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const [k, toks] of tokenized.entries()) {
    const para = paras[k]!;
    for (const token of toks) {
      if (at + token.end > LANGUAGE_SAMPLE) return out;
      out.push(token);
    }
    at += para.text.length + 1;
  }
  return out;
}

/** Who the sentence names as speaking, when it names someone (not by a pronoun). */
function namedSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  discourse: Discourse,
): string | undefined {
  const named = mentions.some((m) => !m.inQuote && !m.relayed && m.kind !== 'pronoun');
  return named ? sentenceSpeaker(sentence, mentions, discourse, sentence.start) : undefined;
}

/** Updates who speaks after a sentence. */
function remember(
  discourse: Discourse,
  sentence: SentenceView,
  mentions: readonly Mention[],
): void {
  const speaking = mentions.filter((m) => !m.inQuote && m.attributive && m.source !== 'unknown');
  if (speaking.length)
    discourse.lastSpeaker = sentenceSpeaker(sentence, mentions, discourse, sentence.end);
}

const PROSE_END = new Set(['.', '!', '?', '…', '»', '”', '"']);
const PROSE_WORDS = 6;

/** Whether a paragraph names the story's topic or sources. */
function namesStory(
  story: CompiledStory,
  lexicons: CompiledLanguage,
  toks: readonly Token[],
): boolean {
  return [story.topic, story.names, lexicons.generic].some(
    (lex) => lex.findIn(toks, 0, toks.length) !== null,
  );
}

/**
 * A paragraph belongs to the story when it names its topic or sources, when it is a sentence of
 * prose that follows one that does, or when it stands between two that do (a subhead such as
 * "Over 2,000 victims in all"): a "read also" link or a rail item that ends the article is none.
 */
function isTopical(
  story: CompiledStory,
  lexicons: CompiledLanguage,
  toks: readonly Token[],
  afterTopical: boolean,
  next: readonly Token[] | undefined,
): boolean {
  if (!story.topic.size || namesStory(story, lexicons, toks)) return true;
  if (!afterTopical) return false;
  const words = toks.filter((t) => t.kind === 'word').length;
  if (words >= PROSE_WORDS && PROSE_END.has(toks.at(-1)!.folded)) return true;
  return next !== undefined && namesStory(story, lexicons, next);
}

/** The source a sentence names last, which the next ones may go on retelling; a denier retells nothing. */
function narratorAfter(
  story: CompiledStory,
  mentions: readonly Mention[],
  before: string | undefined,
): string | undefined {
  const named = mentions.filter((m) => !m.inQuote && !m.relayed);
  if (!named.length) return before;
  if (named.some((m) => story.deniers.has(m.source))) return undefined;
  const last = named.at(-1)!.source;
  return last === 'unknown' ? undefined : last;
}

/**
 * Whether words with no speaker go on what a source other than a denier had just said, and the
 * sentence after them makes a denial of its own: 'Amnesty accuses Russia...¶"Its denials are
 * baseless."¶The defence ministry rejected the report.' The ministry is not the one quoted there.
 */
function heardBefore(
  story: CompiledStory,
  before: string | undefined,
  denials: readonly unknown[],
): boolean {
  return denials.length > 0 && before !== undefined && !story.deniers.has(before);
}

/** How many sentences apart a count of all dead and a count of civilians may restate each other. */
const RESTATED_WITHIN = 2;

/**
 * "Amnesty: 200 dead in Russian raids. Moscow: false." then "it says the raids killed at least 200
 * civilians": a count of all dead and the same number of civilians a sentence or two before or
 * after are one count, of civilians. `sentenceOf` gives each claim's sentence ordinal.
 */
function civiliansByNeighbour(claims: readonly Claim[], sentenceOf: Map<Claim, number>): void {
  const civilians = claims.filter(
    (c) => c.kind === 'casualty' && c.metric === 'civilians-killed' && 'value' in c,
  );
  for (const claim of claims) {
    if (claim.kind !== 'casualty' || claim.metric !== 'people-killed' || !('value' in claim))
      continue;
    const at = sentenceOf.get(claim)!;
    const tied = civilians.some(
      (c) =>
        'value' in c &&
        c.value === claim.value &&
        Math.abs(sentenceOf.get(c)! - at) <= RESTATED_WITHIN,
    );
    if (tied) claim.metric = 'civilians-killed';
  }
}

/** A headline's unattributed count takes the source of the same count stated later with its source. */
function attributeRepeats(claims: readonly Claim[]): void {
  const later = new Map<string, string>();
  for (let k = claims.length - 1; k >= 0; k--) {
    const claim = claims[k]!;
    if (claim.kind !== 'casualty') continue;
    const key = `${claim.metric}|${'value' in claim ? `=${claim.value}` : `>${claim.min}`}`;
    if (claim.source === undefined) {
      const source = later.get(key);
      if (source) claim.source = source;
    } else later.set(key, claim.source);
  }
}

/**
 * Casualty claims and denials in `regions` of `text` (page text with NBSPs as spaces and
 * paragraphs separated by '\n'). `lang` is the page's declared language, a hint only; `tie` says
 * who a figure credited to no one belongs to, when the story ties it to one source.
 * Offsets index `text`; `refs` are left empty for `linkClaim`. Never throws.
 */
export function* findClaimsSteps(
  text: string,
  regions: Span[],
  rules: StoryRules,
  lang?: string,
  tie?: StoryTie,
): Steps<Claim[]> {
  try {
    yield 'claims';
    const story = yield* storySteps(rules);
    const paras = paragraphs(text, cleanRegions(text, regions));
    // One paragraph per step: tokenizing a whole article at once took longer than a frame.
    const tokenized: Token[][] = [];
    const tokensOf = (k: number) =>
      (tokenized[k] ??= tokenize(paras[k]!.text, fold(paras[k]!.text)));
    for (let k = 0, at = 0; k < paras.length && at < LANGUAGE_SAMPLE; k++) {
      yield 'claims';
      tokensOf(k);
      at += paras[k]!.text.length + 1;
    }
    yield 'claims';
    const languages = yield* detectionSteps();
    const articleLang = detectLanguage(sample(paras, tokenized), languages, lang);
    const discourse = new Discourse();
    const claims: Claim[] = [];
    let topical = false;
    // The largest count of the sentence before, for a breakdown in the next one: layouts split
    // paragraphs (line breaks, ads), so it carries over to the next paragraph.
    let previous: PreviousClaims | undefined;
    // Quotations with no speaker yet, as page-text spans, for the next sentence to attribute.
    let unclaimed: Span[] = [];
    // Who had spoken last when those quotations came.
    let unclaimedAfter: string | undefined;
    // "The report details six attacks.¶ One of them would have killed 49": a paragraph that opens
    // right after a sentence about the report goes on retelling its account.
    let reportNarrator: string | undefined;
    // The accuser whose investigation the article is narrating, across paragraphs.
    let inquiry: string | undefined;
    const accusers = new ArticleAccusers();
    // The denier the lead names answering, for speakers the story's names do not resolve.
    const pageDenier = new PageDenier();
    // The sentence before named one attack: the next one may give its dead.
    let incidentBefore = false;
    // The counts the sentence before credited to no one, for a teller named after them.
    let unsourced: Claim[] = [];
    // Each casualty claim's sentence, counted over the article.
    const sentenceOf = new Map<Claim, number>();
    let sentenceIndex = 0;
    for (const [k, para] of paras.entries()) {
      yield 'claims';
      const toks = closeContinuedQuote(tokensOf(k), paras[k + 1]?.text);
      const lexicons = yield* languageSteps(paragraphLanguage(toks, articleLang, languages));
      if (!lexicons || !toks.length) continue;
      const next = k + 1 < paras.length ? tokensOf(k + 1) : undefined;
      topical = isTopical(story, lexicons, toks, topical, next);
      // Whose account the paragraph gives so far: the last source its sentences named.
      let narrator = reportNarrator;
      const quotes = findQuotes(toks);
      for (const bounds of splitSentences(toks, quotes, lexicons.abbreviations)) {
        // One sentence per step: a paragraph of several took longer than a frame, cold.
        yield 'claims';
        sentenceIndex++;
        const sentence: SentenceView = {
          toks,
          start: bounds.start,
          end: bounds.end,
          quotes,
          lang: lexicons,
          story,
        };
        const mentions = pageDenier.complete(sentence, findMentions(sentence, discourse));
        const teller = unsourced.length ? creditsSentenceBefore(sentence, mentions) : undefined;
        for (const claim of teller ? unsourced : []) claim.source = teller;
        unsourced = [];
        if (inquiry && leavesInquiry(sentence, mentions, inquiry)) inquiry = undefined;
        const investigator = inquiry && picksAttacks(sentence) ? inquiry : undefined;
        const hits: CasualtyHit[] = topical
          ? findCasualties(sentence, mentions, discourse, previous, tie, narrator, investigator, {
              accuser: incidentBefore || namesIncident(sentence) ? accusers.only : undefined,
              incidentBefore,
            })
          : [];
        accusers.see(sentence, mentions);
        incidentBefore = namesIncident(sentence);
        if (hits.some((h) => h.metric === 'war-deaths-total')) inquiry = undefined;
        inquiry = opensInquiry(sentence, mentions) ?? inquiry;
        const denials = topical ? findDenials(sentence, mentions, discourse) : [];
        if (topical) pageDenier.readLead(sentence, mentions, denials);
        const speaker = unclaimed.length ? namedSpeaker(sentence, mentions, discourse) : undefined;
        if (speaker && story.deniers.has(speaker) && !heardBefore(story, unclaimedAfter, denials)) {
          for (const span of unclaimed)
            claims.push({
              kind: 'denial',
              ...span,
              text: text.slice(span.start, span.end),
              source: speaker,
              refs: [],
            });
        }
        unclaimed = [];
        remember(discourse, sentence, mentions);
        narrator = narratorAfter(story, mentions, narrator);
        reportNarrator = mentions.some((m) => m.generic === 'report' && !m.inQuote)
          ? narrator
          : undefined;
        if (denials.length) discourse.lastSpeaker = denials.at(-1)!.source;
        discourse.subject = sentenceSubject(sentence, mentions);
        const counts = hits.map((h) => ('value' in h.count ? h.count.value : h.count.min));
        const most = Math.max(...counts);
        previous = hits.length
          ? {
              most,
              source: hits[counts.indexOf(most)]!.source,
              metrics: hits.map((h) => h.metric),
            }
          : undefined;
        const at = (from: number, to: number) => ({
          start: para.offset + toks[from]!.start,
          end: para.offset + toks[to - 1]!.end,
          text: para.text.slice(toks[from]!.start, toks[to - 1]!.end),
        });
        for (const hit of hits) {
          const claim: Claim = {
            kind: 'casualty',
            ...at(hit.start, hit.end),
            ...(hit.source !== 'unknown' ? { source: hit.source } : {}),
            refs: [],
            metric: hit.metric,
            ...hit.count,
          };
          claims.push(claim);
          sentenceOf.set(claim, sentenceIndex);
          if (hit.source === 'unknown') unsourced.push(claim);
        }
        for (const denial of denials)
          claims.push({
            kind: 'denial',
            ...at(denial.start, denial.end),
            source: denial.source,
            refs: [],
          });
        if (topical && !denials.length) {
          const spans = [
            ...unclaimedQuotes(sentence, mentions),
            ...unclaimedEvaluations(sentence, mentions, discourse),
          ];
          // A reported evaluation of the report may also be in a mood of reported speech.
          for (const span of unclaimedReports(sentence, mentions, discourse))
            if (!spans.some(([from, to]) => from < span[1] && span[0] < to)) spans.push(span);
          unclaimedAfter = discourse.lastSpeaker;
          unclaimed = spans.map(([from, to]) => {
            const { start, end } = at(from, to);
            return { start, end };
          });
        }
      }
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    civiliansByNeighbour(claims, sentenceOf);
    attributeRepeats(claims);
    return claims;
  } catch {
    return [];
  }
}

/** `findClaimsSteps` in one go. */
export function findClaims(
  text: string,
  regions: Span[],
  rules: StoryRules,
  lang?: string,
  tie?: StoryTie,
): Claim[] {
  return runSteps(findClaimsSteps(text, regions, rules, lang, tie));
}
