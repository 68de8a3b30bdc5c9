import attribution from '../../../../stories/syria-russia-amnesty-2015/attribution.json';
import { findClaims } from '../../../../src/engine/claims/find-claims';
import { storyRulesSchema } from '../../../../src/engine/claims/story-rules';

/** The first story's attribution section, validated as the build validates it. */
export const storyRules = storyRulesSchema.parse(attribution);

export interface Seen {
  kind: string;
  text: string;
  source?: string;
  metric?: string;
  value?: number;
  min?: number;
}

/** Claims of a whole text (one region), reduced to what a reader checks. Paragraphs: '\n'. */
export function claimsIn(text: string, lang?: string): Seen[] {
  return findClaims(text, [{ start: 0, end: text.length }], storyRules, lang).map((c) => {
    const seen: Seen = { kind: c.kind, text: c.text, ...(c.source ? { source: c.source } : {}) };
    if (c.kind === 'casualty') {
      seen.metric = c.metric;
      if ('value' in c) seen.value = c.value;
      else seen.min = c.min;
    }
    return seen;
  });
}

export const casualties = (text: string, lang?: string) =>
  claimsIn(text, lang).filter((c) => c.kind === 'casualty');
export const denials = (text: string, lang?: string) =>
  claimsIn(text, lang).filter((c) => c.kind === 'denial');

/** Denials as [text, source] pairs. */
export const readDenials = (text: string, lang: string) =>
  denials(text, lang).map((d) => [d.text, d.source]);

/** The accusation that opens a story's article, so that a test sentence reads as part of one. */
const ACCUSATION: Record<string, string> = {
  en: 'Amnesty International accuses Russian aircraft of killing civilians in Syria.',
  fr: 'Amnesty International accuse l’aviation russe d’avoir tué des civils en Syrie.',
  de: 'Amnesty International wirft der russischen Luftwaffe vor, in Syrien Zivilisten getötet zu haben.',
  it: 'Amnesty International accusa i jet russi di aver ucciso civili in Siria.',
  es: 'Amnistía Internacional acusa a la aviación rusa de haber matado a civiles en Siria.',
  pt: 'A Anistia Internacional acusa a aviação russa de ter matado civis na Síria.',
};
export const inStory = (lang: string, ...lines: string[]) =>
  [ACCUSATION[lang]!, ...lines].join('\n');
