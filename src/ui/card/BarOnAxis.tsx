import type { Bar } from '../../contracts/claim-card';

/** A count's bar on its chart's axis; a single value stays visible as a sliver. */
export function BarOnAxis({ bar, class: className }: { bar: Bar; class: string }) {
  return (
    <span
      class={className}
      data-shape={bar.shape}
      style={{ left: `${bar.start}%`, width: `${Math.max(bar.end - bar.start, 0.5)}%` }}
    />
  );
}
