// Who tells of one incident when the sentence giving its dead names no one. "The report describes
// a strike on a market on 29 November. Forty-nine civilians were killed there": the second sentence
// goes on with the account the first one gave. And in an article whose only accuser is the report,
// a count of one attack (a market, a mosque, a day and a place) with no source in its sentence is
// the report's, even paragraphs after the report was named. Whole-war tolls are never so credited
// (see `findCasualties`).
import { namesOneDay } from './casualties';
import type { Mention, SentenceView } from './sentence';

export interface IncidentTeller {
  /** The one accuser the article has named so far, if it named exactly one, given only when the
   *  sentence or the one before names one attack. */
  accuser?: string;
  /** The sentence before named one attack (a kind of place hit, a single strike, a day). */
  incidentBefore: boolean;
}

/** Whether the sentence places what it tells in one attack: its place, its singular strike, its day. */
export function namesIncident(sentence: SentenceView): boolean {
  const { toks, lang } = sentence;
  return (
    lang.incidentMarks.findIn(toks, sentence.start, sentence.end) !== null || namesOneDay(sentence)
  );
}

/** Accusers named in the article: NGOs and reports, named outside quotes, never a denier. */
export class ArticleAccusers {
  private readonly named = new Set<string>();

  see(sentence: SentenceView, mentions: readonly Mention[]): void {
    const { story } = sentence;
    // "Moscow rejected the report": a report named by its denier is not the article's accuser.
    if (mentions.some((m) => !m.inQuote && story.deniers.has(m.source))) return;
    for (const m of mentions) {
      if (m.inQuote || m.relayed || m.source === 'unknown' || story.deniers.has(m.source)) continue;
      if (m.generic === 'report' || story.rules.sources[m.source]?.refersAs.includes('ngo'))
        this.named.add(m.source);
    }
  }

  /** The accuser, when the article has named only one: with two, an unsourced count is no one's. */
  get only(): string | undefined {
    return this.named.size === 1 ? [...this.named][0] : undefined;
  }
}
