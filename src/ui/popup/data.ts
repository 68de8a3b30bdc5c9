import * as z from 'zod/mini';
import type { Dataset } from '../../data/schema';
import datasetUrl from '../../data/dataset.json?url';

// The dataset and story packs are too big to bundle into the popup's script
// (its size budget), so they ship as files of the extension and are read when
// needed: a local read of the extension's own package, never a network request.
// Both are validated when the extension is built (src/data/check.ts).

const packUrls = import.meta.glob<string>('../../data/packs/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function readJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read ${url}`);
  return (await response.json()) as T;
}

let dataset: Promise<Dataset> | undefined;
export function loadDataset(): Promise<Dataset> {
  dataset ??= readJson<Dataset>(datasetUrl);
  return dataset;
}

/** What the popup reads of a story pack: its title and date, and which figures its claims name. */
const storyInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string(),
  claims: z.array(
    z.object({
      kind: z.string(),
      source: z.optional(z.string()),
      metric: z.optional(z.string()),
      refs: z.array(z.string()),
    }),
  ),
});
export type StoryInfo = z.infer<typeof storyInfoSchema>;

/** A bundled story, or null for an id no pack has (or a pack that does not parse). */
export async function loadStoryInfo(id: string): Promise<StoryInfo | null> {
  const url = Object.entries(packUrls).find(([path]) => path.endsWith(`/${id}.json`))?.[1];
  if (!url) return null;
  const parsed = storyInfoSchema.safeParse(await readJson<unknown>(url));
  if (!parsed.success) return null;
  const { title, published, claims } = parsed.data;
  return { id: parsed.data.id, title, published, claims };
}
