// The fixture pages of `test/pages/`: one folder per page, `<slug>/<slug>.html`
// and a one-page `labels.json` in the shared corpus label format, checked here.
// A reprint of the source article writes `{{source P.S}}` (paragraph P, sentence
// S; P.S.C for clause C; `{{source P.S words A-B}}` for the sentence's words A to
// B, where the reprint edited the rest) where it reprints the source: they are
// filled in from ../shared/source when the page is read, so the repository holds
// no sentence of the source article, only the edits a reprint makes around it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** The source article's paragraphs, sentences and clauses by `P.S` / `P.S.C` (1-based). */
export function sourcePieces(article: string): Map<string, string> {
  const pieces = new Map<string, string>();
  const paragraphs = article
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  paragraphs.forEach((paragraph, p) => {
    const sentences = paragraph.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÝÉ«“])/);
    sentences.forEach((sentence, s) => {
      pieces.set(`${p + 1}.${s + 1}`, sentence.trim());
      const clauses = sentence.trim().split(/(?<=[,:;])\s+/);
      if (clauses.length > 1)
        clauses.forEach((c, k) => pieces.set(`${p + 1}.${s + 1}.${k + 1}`, c));
    });
  });
  return pieces;
}

const PLACEHOLDER = /\{\{source (\d+\.\d+(?:\.\d+)?)(?: words (\d+)-(\d+))?\}\}/g;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page's HTML with the source article's words in place of its placeholders. */
export function fillSource(html: string, pieces: ReadonlyMap<string, string>): string {
  return html.replace(PLACEHOLDER, (whole: string, key: string, from?: string, to?: string) => {
    const piece = pieces.get(key);
    if (piece === undefined) throw new Error(`${whole}: no such piece of the source article`);
    if (from === undefined) return escapeHtml(piece);
    const words = piece.split(/\s+/).slice(Number(from) - 1, Number(to));
    if (words.length === 0) throw new Error(`${whole}: no such words in the source article`);
    return escapeHtml(words.join(' '));
  });
}

const SOURCE_ARTICLE = resolve(import.meta.dirname, '../../../shared/source/source-article.fr.txt');
const FILLED = join(tmpdir(), 'crosscount-fixture-pages');

/**
 * Every fixture folder's page, checked; throws with the folder's name on a bad label file. `html`
 * is a file to serve: the page itself, or for a reprint a filled-in copy in the temp folder. Reprints
 * are left out, with a warning, when the source article (../shared) is absent.
 */
export function readFixturePages(
  root: string,
): { slug: string; html: string; page: FixturePage; story: string }[] {
  const pieces = existsSync(SOURCE_ARTICLE)
    ? sourcePieces(readFileSync(SOURCE_ARTICLE, 'utf8'))
    : null;
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
      let html = join(dir, page.file);
      if (!existsSync(html)) throw new Error(`${slug}: ${page.file} is missing`);
      const text = readFileSync(html, 'utf8');
      if (text.includes('{{source ')) {
        if (!pieces) {
          console.warn(
            `${slug}: left out, it reprints the source article and ${SOURCE_ARTICLE} is absent`,
          );
          return null;
        }
        mkdirSync(FILLED, { recursive: true });
        html = join(FILLED, page.file);
        writeFileSync(html, fillSource(text, pieces));
      }
      if (page.verdict === 'none' && page.highlights.length > 0) {
        throw new Error(`${slug}: a 'none' page has no highlights`);
      }
      for (const h of page.highlights) {
        if (h.kind === 'casualty' && (h.value === undefined) === (h.min === undefined)) {
          throw new Error(`${slug}: casualty "${h.text}" needs exactly one of value and min`);
        }
      }
      return { slug, html, page, story: parsed.data.story };
    })
    .filter((p) => p !== null);
}
