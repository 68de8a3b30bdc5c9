import { openCard, type AnchoredCard, type OpenCardOptions } from './anchored-card';
import cardCss from './card.css?inline';
import chartCss from './figure-chart.css?inline';
import overviewCss from './overview.css?inline';

// The card as the reader loads it (entrypoints/card.ts): its styles join the
// UI host's shadow root with the first card. A constructed stylesheet, not a
// <style> element, which page CSP rules for inline styles do not block.

let sheet: CSSStyleSheet | null = null;

export function openStyledCard(opts: OpenCardOptions): AnchoredCard {
  const { root } = opts.ui;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${cardCss}\n${chartCss}\n${overviewCss}`);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet];
  return openCard(opts);
}
