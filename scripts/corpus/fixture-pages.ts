// The fixture pages of `test/pages/`: one folder per page, `<slug>/<slug>.html`
// and a one-page `labels.json` in the shared corpus label format. Read by
// `merge-pages.ts` and by tests that go through every fixture page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';

const METRICS = [
  'civilians-killed',
  'fighters-killed',
  'people-killed',
  'children-killed',
  'women-killed',
  'war-deaths-total',
] as const;

const casualtySchema = z.object({
  kind: z.literal('casualty'),
  text: z.string().check(z.minLength(1)),
  /** Absent for the article's own figure (a count the text credits to no one). */
  source: z.optional(z.string().check(z.minLength(1))),
  metric: z.enum(METRICS),
  value: z.optional(z.int()),
  min: z.optional(z.int()),
});
const denialSchema = z.object({
  kind: z.literal('denial'),
  text: z.string().check(z.minLength(1)),
  source: z.string().check(z.minLength(1)),
});
const pageSchema = z.object({
  file: z.string(),
  url: z.url(),
  lang: z.enum(['fr', 'en', 'it', 'es', 'pt', 'de']),
  verdict: z.enum(['copy', 'same-story', 'none']),
  /** What the page is, for people reading the set: layout and the class of phrasing it holds. */
  note: z.optional(z.string()),
  highlights: z.array(z.union([casualtySchema, denialSchema])),
  forbidden: z.array(z.string()),
});
const folderSchema = z.object({
  story: z.string(),
  pages: z.tuple([pageSchema]),
});
export type FixturePage = z.infer<typeof pageSchema>;

/** Every fixture folder's page, checked; throws with the folder's name on a bad label file. */
export function readFixturePages(
  root: string,
): { slug: string; html: string; page: FixturePage; story: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = join(root, slug);
      const parsed = folderSchema.safeParse(
        JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')),
      );
      if (!parsed.success) throw new Error(`${slug}/labels.json: ${z.prettifyError(parsed.error)}`);
      const [page] = parsed.data.pages;
      if (page.file !== `${slug}.html`)
        throw new Error(`${slug}/labels.json: file must be "${slug}.html"`);
      const html = join(dir, page.file);
      if (!existsSync(html)) throw new Error(`${slug}: ${page.file} is missing`);
      if (page.verdict === 'none' && page.highlights.length > 0) {
        throw new Error(`${slug}: a 'none' page has no highlights`);
      }
      for (const h of page.highlights) {
        if (h.kind === 'casualty' && (h.value === undefined) === (h.min === undefined)) {
          throw new Error(`${slug}: casualty "${h.text}" needs exactly one of value and min`);
        }
      }
      return { slug, html, page, story: parsed.data.story };
    });
}
