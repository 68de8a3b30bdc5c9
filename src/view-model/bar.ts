import type { Bar } from '../contracts/claim-card';
import type { CountLike } from '../ui/i18n/format';

/** The largest number a count can mean: what a chart's axis must reach. */
export const countTop = (c: CountLike) => c.max ?? c.value ?? c.min ?? 0;

/** Where a count's bar lies on a 0..scale axis, in percent; null for no number. */
export function barOf(c: CountLike, scale: number): Bar | null {
  const low = c.min ?? c.value;
  if (low === undefined || scale <= 0) return null;
  const pct = (n: number) => Math.min(100, (n / scale) * 100);
  if (c.max !== undefined) return { start: pct(low), end: pct(c.max), shape: 'range' };
  // A value that is also its own min is a floor ("at least 200").
  return { start: 0, end: pct(low), shape: c.min !== undefined ? 'at-least' : 'value' };
}
