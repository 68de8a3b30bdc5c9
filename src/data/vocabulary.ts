import type { Metric } from '../engine/types';

// The dataset's closed vocabularies, without zod: code in the content script
// can import these without pulling in the schemas.

/** Metrics a claim in an article can carry: the engine's `Metric`, exactly. */
const casualtyMetrics: Record<Metric, true> = {
  'civilians-killed': true,
  'fighters-killed': true,
  'people-killed': true,
  'children-killed': true,
  'women-killed': true,
  'war-deaths-total': true,
};
export const CASUALTY_METRICS = Object.keys(casualtyMetrics) as [Metric, ...Metric[]];

export const FIGURE_METRICS = [...CASUALTY_METRICS, 'strikes-count', 'other'] as const;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/** Who caused the deaths counted, or that the figure is no death count. */
export const SCOPES = [
  'russian-strikes',
  'russian-and-syrian-strikes',
  'all-parties',
  'coalition-strikes',
  'single-incident',
  'not-casualties',
] as const;
export type Scope = (typeof SCOPES)[number];

export const SOURCE_KINDS = ['ngo', 'monitor', 'government', 'un', 'research', 'media'] as const;
export const STATEMENT_KINDS = ['denial', 'deflection', 'non-confirmation', 'rebuttal'] as const;
