import raw from './dataset.json';
import type { Dataset } from './schema';

/**
 * Sources, figures and statements of every story, for the background, popup
 * and card; the content script never imports it (it loads only the packs).
 * Validated at build time by ./check.ts.
 */
export const dataset = raw as Dataset;
