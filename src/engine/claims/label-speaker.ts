// Who applies a short quoted label: "qualifié de « mensonges » par Moscou" is the passive's agent's;
// "Amnesty called Moscow's answer « a hoax »" is the labelling verb's subject's, not the name
// inside its object; otherwise the sentence's speaker, as for any quotation.
import { isClauseMark, type Mention, type SentenceView } from './sentence';

/** Tokens from the agent preposition to the agent's name ("par le général Igor", "by the"). */
const AGENT_GAP = 4;

const usable = (m: Mention) => !m.inQuote && !m.relayed && m.generic !== 'report';

/** The mention that applies the label in [open, end) when the sentence's construction says. */
export function labelSpeaker(
  sentence: SentenceView,
  mentions: readonly Mention[],
  open: number,
  end: number,
): Mention | undefined {
  const { toks, lang: lexicons } = sentence;
  if (lexicons.passiveBy.has(toks[end])) {
    // "par le général Igor Konachenkov": the name says who, more surely than the title before it.
    const agents = mentions.filter(
      (m) =>
        usable(m) &&
        m.start > end &&
        m.start - end <= AGENT_GAP &&
        !toks.slice(end, m.start).some(isClauseMark),
    );
    const agent = agents.find((m) => m.kind === 'name') ?? agents[0];
    if (agent) return agent;
  }
  // The labelling verb nearest the label, in its clause.
  let verb = -1;
  for (let k = open - 1; k >= sentence.start && !isClauseMark(toks[k]); k--)
    if (lexicons.weakDenialVerbs.matchAt(toks, k, open)) {
      verb = k;
      break;
    }
  if (verb < 0) return undefined;
  const subject = mentions.filter((m) => usable(m) && m.end <= verb).at(-1);
  if (!subject || toks.slice(subject.end, verb).some(isClauseMark)) return undefined;
  return subject;
}
