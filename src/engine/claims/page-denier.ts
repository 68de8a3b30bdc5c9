// Who answers for Moscow when the article never names the speaker in a form the story knows: an
// envoy under a garbled title or a misspelt surname, "the diplomat", "he" with nothing before it.
// On a page whose lead names Moscow's answer, such a speaker, introduced by a verb of saying, is the
// page's denier. Anyone the engine resolves keeps the floor, and so does an unknown name first seen
// beside another party (an Amnesty researcher named once in full, then by surname).
import { partOwner } from './compound-owner';
import {
  inQuote,
  isClauseMark,
  skipFillers,
  skipFillersBack,
  type Mention,
  type SentenceView,
} from './sentence';
import type { Token } from './tokens';

/** How many of the article's first topical sentences make its lead (headline, standfirst, lead). */
const LEAD_SENTENCES = 4;
/** Most words of an unresolved speaker ("the envoy", "Konstantin Dolgikh"). */
const SPEAKER_WORDS = 6;
/** Most tokens between an unknown name and a source named beside it ("Jane Doe, Amnesty's ..."). */
const BESIDE = 6;

const DASHES = new Set(['–', '—', '-']);

/** Whether a speaker's phrase may begin after this token: the sentence's start, a comma, a dash,
 *  a quotation mark. */
const opensSpeaker = (t: Token | undefined): boolean =>
  !t || t.kind === 'quote' || isClauseMark(t) || DASHES.has(t.folded);

export class PageDenier {
  /** The denier whose answer the lead names, once read. */
  source: string | undefined;
  private leadLeft = LEAD_SENTENCES;
  /** Unknown capitalised words and whom they were first seen beside: a denier, or undefined for
   *  another party. */
  private readonly names = new Map<string, string | undefined>();

  /** Reads a topical sentence of the lead: a denial found in it, or a denier named as the subject
   *  of a rejection, names the page's denier. */
  readLead(
    sentence: SentenceView,
    mentions: readonly Mention[],
    denials: readonly { source: string }[],
  ): void {
    if (this.leadLeft <= 0 || this.source) return;
    this.leadLeft--;
    const { deniers } = sentence.story;
    this.source =
      denials.find((d) => deniers.has(d.source))?.source ?? rejectingDenier(sentence, mentions);
  }

  /** The sentence's mentions, with the page's denier for an official the engine left unresolved,
   *  and with another party for an unresolved speaker who is not one. */
  complete(sentence: SentenceView, mentions: Mention[]): Mention[] {
    // A lead read without a denier gives the page none: nothing after it needs the names.
    if (!this.source && this.leadLeft <= 0) return mentions;
    this.register(sentence, mentions);
    if (!this.source) return mentions;
    const added: Mention[] = [];
    const { toks, lang: lexicons } = sentence;
    for (let i = sentence.start; i < sentence.end; i++) {
      const verb = lexicons.speech.matchAt(toks, i, sentence.end);
      if (!verb) continue;
      const found = inQuote(sentence, i)
        ? dashedAside(sentence, i)
        : (speakerBefore(sentence, i) ?? speakerAfter(sentence, i, verb.end));
      if (!found || mentions.some((m) => m.start < found.end && found.start < m.end)) continue;
      // A name first seen beside someone is theirs; a reporter or a resident is another party.
      const source =
        found.kind === 'official' ? this.speakerSource(sentence, found.start, found.end) : null;
      added.push({
        start: found.start,
        end: found.end,
        source: source ?? 'unknown',
        kind: 'generic',
        generic: 'spokesman',
        inQuote: false,
        attributive: true,
        citing: false,
        relayed: false,
      });
      i = Math.max(i, verb.end - 1);
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }

  /** Who an unresolved official is: the denier an unknown name was first seen with, null for
   *  another party's, else the page's denier. */
  private speakerSource(sentence: SentenceView, from: number, to: number): string | null {
    for (let k = from; k < to; k++) {
      const key = sentence.toks[k]!.folded;
      if (!this.names.has(key)) continue;
      return this.names.get(key) ?? null;
    }
    return this.source!;
  }

  /** Remembers the unknown capitalised words of the sentence beside the source named nearest. */
  private register(sentence: SentenceView, mentions: readonly Mention[]): void {
    const { toks, story } = sentence;
    const named: { start: number; end: number; source: string }[] = mentions.filter(
      (m) => !m.inQuote && m.source !== 'unknown',
    );
    // "die Amnesty-Forscherin Lena Hartmann": a compound names her body too.
    for (let k = sentence.start; k < sentence.end; k++) {
      const owner = inQuote(sentence, k) ? undefined : partOwner(sentence, k);
      if (owner) named.push({ start: k, end: k + 1, source: owner });
    }
    for (let k = sentence.start + 1; k < sentence.end; k++) {
      const t = toks[k]!;
      if (!t.cap || t.kind !== 'word' || inQuote(sentence, k) || this.names.has(t.folded)) continue;
      if (mentions.some((m) => m.start <= k && k < m.end)) continue;
      const near = named
        .map((m) => ({ m, gap: k < m.start ? m.start - k : k - m.end + 1 }))
        .filter(({ gap }) => gap <= BESIDE)
        .sort((a, b) => a.gap - b.gap)[0];
      if (near)
        this.names.set(t.folded, story.deniers.has(near.m.source) ? near.m.source : undefined);
    }
  }
}

/** A denier named, outside quotations, in a sentence that rejects or dismisses: "Moscow rejects
 *  Amnesty's report", "Dolgov calls the report a hoax". */
function rejectingDenier(sentence: SentenceView, mentions: readonly Mention[]): string | undefined {
  const { toks, lang: lexicons, story } = sentence;
  const denier = mentions.find(
    (m) => !m.inQuote && m.kind !== 'pronoun' && story.deniers.has(m.source),
  );
  if (!denier) return undefined;
  const rejects = [lexicons.denialVerbs, lexicons.weakDenialVerbs, lexicons.dismissive].some(
    (lex) => lex.findIn(toks, denier.end, sentence.end) !== null,
  );
  return rejects ? denier.source : undefined;
}

/** An unresolved speaker: an official (a title, or a capitalised name written without an article),
 *  or someone else (a reporter, a resident: introduced by an indefinite article, with neither). */
interface Speaker {
  start: number;
  end: number;
  kind: 'official' | 'other';
}

/** What the words [from, to) before or after a verb of saying are as a speaker, or null. */
function speakerIn(sentence: SentenceView, from: number, to: number): Speaker | null {
  const { toks, lang: lexicons } = sentence;
  let official = false;
  let plain = false;
  for (let k = from; k < to;) {
    // "the envoy for human rights": what follows a title completes it.
    if (lexicons.speakerTitles.matchAt(toks, k, to))
      return { start: from, end: to, kind: 'official' };
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    // "la Bbc", "the Interfax agency": a name after an article is a body, not a person.
    if (t.cap && lexicons.determiners.has(toks[k - 1]) && k > from) return null;
    if (t.cap && (k > sentence.start || (toks[k + 1]?.cap && k + 1 < to))) official = true;
    else if (!lexicons.determiners.has(t) && !sentence.story.adjectives.matchAt(toks, k, to))
      plain = true;
    k++;
  }
  if (official && !plain) return { start: from, end: to, kind: 'official' };
  // "a local reporter said", "un habitant a raconté": someone new, and no official.
  const introduced = lexicons.indefinites.has(toks[from]);
  return plain && !official && introduced ? { start: from, end: to, kind: 'other' } : null;
}

/** "the diplomat said", "– Dolgikh added": the words from a clause's opening to the verb. */
function speakerBefore(sentence: SentenceView, verb: number): Speaker | null {
  const to = skipFillersBack(sentence, verb);
  let from = to;
  while (
    from > sentence.start &&
    to - from < SPEAKER_WORDS &&
    sentence.toks[from - 1]!.kind === 'word'
  )
    from--;
  if (from === to || (from > sentence.start && !opensSpeaker(sentence.toks[from - 1]))) return null;
  return speakerIn(sentence, from, to);
}

/** "“The report is false, – the diplomat said. – It ...”": a speaker set off by dashes inside the
 *  quotation. */
function dashedAside(sentence: SentenceView, verb: number): Speaker | null {
  const found = speakerBefore(sentence, verb);
  return found && DASHES.has(sentence.toks[found.start - 1]?.folded ?? '') ? found : null;
}

/** "« ... », said the envoy", "..., said Dolgikh": a speaker after a verb that follows a comma or a
 *  quotation, up to a preposition or the clause's end. */
function speakerAfter(sentence: SentenceView, verb: number, verbEnd: number): Speaker | null {
  const { toks, lang: lexicons } = sentence;
  const before = skipFillersBack(sentence, verb);
  if (before === sentence.start || !opensSpeaker(toks[before - 1])) return null;
  const from = skipFillers(sentence, verbEnd);
  let to = from;
  while (
    to < sentence.end &&
    to - from < SPEAKER_WORDS &&
    toks[to]!.kind === 'word' &&
    !lexicons.prepositions.has(toks[to])
  )
    to++;
  if (
    to === from ||
    (to < sentence.end && toks[to]!.kind === 'word' && !lexicons.prepositions.has(toks[to]))
  )
    return null;
  return speakerIn(sentence, from, to);
}
