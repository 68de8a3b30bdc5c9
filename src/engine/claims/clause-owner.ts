// "While Amnesty speaks of at least 200 dead, the Observatory puts the number at 710": where a
// sentence contrasts two sources, each count belongs to the source named in its own clause, not
// to the one named nearest to it across a clause boundary.
import { isClauseMark, opensSubordinate, type Mention, type SentenceView } from './sentence';

/** Where the clause holding tokens [start, end) begins and ends: at a clause mark, or at a
 *  subordinator, which belongs to the clause it opens ("While Amnesty speaks of ..."). */
function clauseAround(sentence: SentenceView, start: number, end: number): [number, number] {
  const { toks } = sentence;
  let from = start;
  while (from > sentence.start && !isClauseMark(toks[from - 1])) {
    from--;
    if (opensSubordinate(sentence, from)) break;
  }
  let to = end;
  while (to < sentence.end && !isClauseMark(toks[to]) && !opensSubordinate(sentence, to)) to++;
  return [from, to];
}

/** The source named in the clause of the count [start, end), when the sentence names more than
 *  one source that could give it; undefined when it names one, or none in that clause. */
export function clauseOwner(
  sentence: SentenceView,
  mentions: readonly Mention[],
  start: number,
  end: number,
): string | undefined {
  const givers = mentions.filter(
    (m) =>
      !m.inQuote &&
      !m.relayed &&
      m.kind !== 'pronoun' &&
      m.source !== 'unknown' &&
      !sentence.story.deniers.has(m.source),
  );
  if (new Set(givers.map((m) => m.source)).size < 2) return undefined;
  const [from, to] = clauseAround(sentence, start, end);
  let own = givers.filter((m) => m.start >= from && m.end <= to);
  // "Selon Amnesty, les raids ont tué 200 civils, alors que l'OSDH en compte 710": a source in
  // another subordinate clause speaks for that clause only.
  if (!own.length)
    own = givers.filter(
      (m) => !opensSubordinate(sentence, clauseAround(sentence, m.start, m.end)[0]),
    );
  if (!own.length || own.length === givers.length) return undefined;
  const distance = (m: Mention) => (m.end <= start ? start - m.end : m.start - end);
  return own.reduce((a, b) => (distance(b) < distance(a) ? b : a)).source;
}
