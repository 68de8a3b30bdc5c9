import * as z from 'zod/mini';

// The story pack's `attribution` section: how the claims engine resolves who
// speaks in one story. Language rules (number words, verbs, generic nouns such
// as "l'ONG" or "the ministry") are not here; this says what those generic
// nouns point to in this story, and the story's own names and topics.

/** Kinds of generic reference the language rules recognise ("l'ONG" is `ngo`). */
export const GENERIC_TYPES = [
  'ngo',
  'organisation',
  'group',
  'monitor',
  'ministry',
  'government',
  'military',
  'diplomacy',
  'spokesman',
  'report',
  'lawmaker',
] as const;
export type GenericType = (typeof GENERIC_TYPES)[number];

const phrases = z.array(z.string().check(z.minLength(1)));

const storySourceSchema = z.object({
  /** How the card names the source in notes. */
  label: z.string().check(z.minLength(1)),
  /** Names and acronyms that stand for the source, in any language... */
  names: phrases,
  /** ...and the people who speak for it, by name: they stand for it too, but a claim they make is
   *  highlighted from its verb ("Konashenkov denied that...": the name is not part of the claim). */
  people: z.optional(phrases),
  /** Adjectives that stand for the source next to a noun ("le démenti russe", "the Russian denial"). */
  adjectives: z.optional(phrases),
  /** Generic references that can point back to this source when it was named last. */
  refersAs: z.array(z.enum(GENERIC_TYPES)),
});

const denialTopicSchema = z.object({
  /** Words that put a denial on this topic, in any language. */
  cues: phrases,
  /** Dataset statement ids a denial on this topic corresponds to. */
  refs: z.array(z.string()),
});

export const storyRulesSchema = z
  .object({
    /** Dataset sources that speak in the story, by dataset id. */
    sources: z.record(z.string(), storySourceSchema),
    /** What a generic reference means when no compatible source was named before it. */
    generic: z.partialRecord(z.enum(GENERIC_TYPES), z.string()),
    /** Sources whose rejections of the accusations are the story's denials. */
    deniers: z.array(z.string()),
    /** The source that makes the story's accusation: "Russia accused of killing 200 civilians",
     *  with no accuser named, is its count. */
    accuser: z.optional(z.string()),
    /** Words that place a paragraph in the story; casualty counts elsewhere are other news. */
    topic: phrases,
    /** Attacks of another kind than the story's (a car bomb, a suicide attack): a count in a
     *  sentence that names one, and no source of the story, is other news. */
    otherEvents: z.optional(phrases),
    /** Years a count "since" refers to the whole war. */
    conflictStart: z.array(z.string()),
    /** What a denial is about, for linking it to dataset statements. */
    denialTopics: z.array(denialTopicSchema),
    /** Statements a denial on no listed topic corresponds to. */
    denialRefs: z.array(z.string()),
  })
  .check(
    z.refine(
      (r) =>
        Object.values(r.generic).every((id) => id in r.sources) &&
        r.deniers.every((id) => id in r.sources) &&
        (r.accuser === undefined || r.accuser in r.sources),
      'generic references, deniers and the accuser must name sources of the story',
    ),
  );

export type StoryRules = z.infer<typeof storyRulesSchema>;
