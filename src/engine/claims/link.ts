// Links a detected claim to the dataset: the source article's own claims first
// (same source, metric and count), then the pack's figure index. The claim's
// value stays the article's; where the dataset says otherwise, both are kept
// and a neutral note says what the dataset records.
import { Lexicon } from './lexicon';
import type { StoryRules } from './story-rules';
import { fold, tokenize } from './tokens';
import type { StoryTie } from './casualties';
import type { Claim } from '../types';

/** A claim of the source article as the pack lists it. */
export interface PackClaim {
  kind: Claim['kind'];
  text: string;
  source: string;
  metric?: string;
  value?: number;
  min?: number;
  refs: readonly string[];
  note?: string;
}

/** A dataset figure as the pack's figure index lists it. */
export interface IndexedFigure {
  id: string;
  source: string;
  metric: string;
  scope?: string;
  value?: number;
  min?: number;
  max?: number;
}

/** What linking needs of a story pack. */
export interface LinkData {
  claims: readonly PackClaim[];
  figureIndex: readonly IndexedFigure[];
  attribution?: StoryRules;
}

/** Counts that differ by more than this share are different figures, not a misreport. */
const NEAR = 0.25;
const ROUNDING = 0.01;

/** Same words and figures, whatever the spacing, quotes or digit grouping. */
const wording = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const label = (data: LinkData, id: string): string => data.attribution?.sources[id]?.label ?? id;

const topicCache = new WeakMap<StoryRules, { cues: Lexicon; refs: string[] }[]>();

function denialTopics(rules: StoryRules): { cues: Lexicon; refs: string[] }[] {
  let topics = topicCache.get(rules);
  if (!topics) {
    topics = rules.denialTopics.map((t) => ({ cues: Lexicon.of(t.cues), refs: t.refs }));
    topicCache.set(rules, topics);
  }
  return topics;
}

function linkDenial(claim: Claim, data: LinkData): { refs: string[]; note?: string } {
  const own = wording(claim.text);
  const same = data.claims.find(
    (c) =>
      c.kind === 'denial' &&
      c.source === claim.source &&
      (wording(c.text).includes(own) || own.includes(wording(c.text))),
  );
  if (same) return same.note ? { refs: [...same.refs], note: same.note } : { refs: [...same.refs] };
  if (!data.attribution) return { refs: [] };
  const toks = tokenize(claim.text);
  const refs = denialTopics(data.attribution)
    .filter((t) => t.cues.findIn(toks, 0, toks.length))
    .flatMap((t) => t.refs);
  return { refs: [...new Set(refs.length ? refs : data.attribution.denialRefs)] };
}

function linkCasualty(
  claim: Extract<Claim, { kind: 'casualty' }>,
  data: LinkData,
): { refs: string[]; note?: string } {
  const exact = 'value' in claim ? claim.value : undefined;
  const least = 'min' in claim ? claim.min : undefined;
  const own = wording(claim.text);
  const articleClaims = data.claims.filter(
    (c) =>
      c.kind === 'casualty' &&
      c.source === claim.source &&
      c.metric === claim.metric &&
      (exact !== undefined ? c.value === exact : c.min === least),
  );
  const refs = new Set(articleClaims.flatMap((c) => c.refs));
  let note = articleClaims.find((c) => c.note && wording(c.text) === own)?.note;

  const figures = data.figureIndex.filter((f) => f.metric === claim.metric);
  const mine = figures.filter((f) => f.source === claim.source);
  const figureCount = (f: IndexedFigure) => f.value ?? f.min;
  if (least !== undefined) {
    // "des centaines de civils": the source's figures given in words only, with no number.
    for (const figure of mine)
      if (figureCount(figure) === undefined && figure.max === undefined) refs.add(figure.id);
    return note ? { refs: [...refs], note } : { refs: [...refs] };
  }
  const value = exact!;
  const source = claim.source;
  if (source === undefined) {
    // Whose figure it is, the article does not say: point to every figure that has it.
    for (const figure of figures) if (figureCount(figure) === value) refs.add(figure.id);
    return { refs: [...refs] };
  }
  // A round figure within 1% of the source's count ("250,000" for 250,124) reports it faithfully.
  const agrees = (f: IndexedFigure) =>
    figureCount(f) !== undefined && Math.abs(figureCount(f)! - value) <= ROUNDING * figureCount(f)!;
  for (const figure of mine) if (figureCount(figure) === value) refs.add(figure.id);
  const linked = mine.filter((f) => refs.has(f.id));
  const differs = (f: IndexedFigure) =>
    `${capitalise(label(data, f.source))} gave ${formatCount(figureCount(f)!)}; the article says ${formatCount(value)}.`;
  if (linked.length) {
    // The article's own source published another number for this count.
    if (!note && !linked.some(agrees) && figureCount(linked[0]!) !== undefined)
      note = differs(linked[0]!);
  } else {
    const distance = (f: IndexedFigure) => Math.abs(figureCount(f)! - value);
    const near = mine
      .filter(
        (f) =>
          figureCount(f) !== undefined && distance(f) <= NEAR * Math.max(value, figureCount(f)!),
      )
      .sort((a, b) => distance(a) - distance(b))[0];
    const elsewhere = figures.find((f) => f.source !== claim.source && figureCount(f) === value);
    if (near) {
      refs.add(near.id);
      if (!agrees(near)) note ??= differs(near);
    } else if (elsewhere) {
      refs.add(elsewhere.id);
      note ??= `The dataset has ${formatCount(value)} from ${label(data, elsewhere.source)}, not from ${label(data, source)}.`;
    }
  }
  return note ? { refs: [...refs], note } : { refs: [...refs] };
}

/** Scopes of the story's own counts: a figure of one of these is the story's, not a general toll. */
const STORY_SCOPES = new Set(['russian-strikes', 'single-incident']);

/**
 * Who gave a count the article credits to no one, when the story ties it to one source only: an
 * exact figure of the story's own counts (the 49 dead of a market strike are the report's), or
 * for a vague count ("hundreds of civilians") the one source whose figure is given in words only.
 * Whole-war tolls stay the article's.
 */
export function storyTie(data: LinkData): StoryTie {
  return (metric, count) => {
    if (metric === 'war-deaths-total') return undefined;
    const sources = new Set(
      data.figureIndex
        .filter((f) => f.metric === metric && f.scope !== undefined && STORY_SCOPES.has(f.scope))
        .filter((f) =>
          'value' in count
            ? f.value === count.value
            : f.value === undefined && f.min === undefined && f.max === undefined,
        )
        .map((f) => f.source),
    );
    return sources.size === 1 ? [...sources][0] : undefined;
  };
}

/**
 * The claim with `refs` (dataset figure or statement ids it corresponds to) and, where the
 * article misreports its own source, a short neutral `note`. Does not change the claim's count.
 */
export function linkClaim<C extends Claim>(claim: C, data: LinkData): C {
  const link = claim.kind === 'casualty' ? linkCasualty(claim, data) : linkDenial(claim, data);
  const out: C = { ...claim, refs: link.refs };
  if (link.note) out.note = link.note;
  else delete out.note;
  return out;
}
