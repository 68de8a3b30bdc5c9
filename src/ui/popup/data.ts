import type { Dataset, StoryPack } from '../../data/schema';
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

export interface StoryInfo {
  id: string;
  title: string;
  published: string;
}

/** The title and date of a bundled story, or null for an id no pack has. */
export async function loadStoryInfo(id: string): Promise<StoryInfo | null> {
  const url = Object.entries(packUrls).find(([path]) => path.endsWith(`/${id}.json`))?.[1];
  if (!url) return null;
  const pack = await readJson<StoryPack>(url);
  return { id: pack.id, title: pack.title, published: pack.published };
}
