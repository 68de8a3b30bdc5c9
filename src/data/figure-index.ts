import type { Figure, FigureIndexEntry } from './schema';
import { CASUALTY_METRICS } from './vocabulary';

const casualty = new Set<string>(CASUALTY_METRICS);

/**
 * A figure as the content script sees it, or null for counts no article
 * claim can carry (strikes, sorties, facilities).
 */
export function indexEntry(f: Figure): FigureIndexEntry | null {
  if (!casualty.has(f.metric)) return null;
  const entry: FigureIndexEntry = {
    id: f.id,
    source: f.source,
    metric: f.metric as FigureIndexEntry['metric'],
    scope: f.scope,
  };
  if (f.incident !== undefined) entry.incident = f.incident;
  if (f.value !== undefined) entry.value = f.value;
  if (f.min !== undefined) entry.min = f.min;
  if (f.max !== undefined) entry.max = f.max;
  if (f.period.from !== undefined) entry.from = f.period.from;
  if (f.period.to !== undefined) entry.to = f.period.to;
  return entry;
}
