import type { CardChart, CardLink } from '../../contracts/claim-card';
import { chartOf, type ChartEntry } from '../../view-model/card-model';
import type { ClaimView, FigureView } from '../../view-model/claim-view';
import { formatPeriod } from '../i18n/format';
import type { UiLanguage } from '../i18n/language';
import type { PopupStrings } from '../i18n/popup';

// The popup's charts, in the shape of the shared FigureChart (src/ui/card):
// every dataset row says its period and how it differs from the claim's own
// figure, and links to where it was published.

/** Period, then each difference with what it is for this figure. */
export function figureFacts(f: FigureView, t: PopupStrings, lang: UiLanguage): string {
  const differences = f.differences.flatMap((d) => {
    if (d === 'period') return t.difference.period;
    if (d === 'place') return `${t.difference.place}: ${f.place}`;
    if (d === 'method')
      return f.metricDetail ? `${t.difference.method}: ${f.metricDetail}` : t.difference.method;
    return t.difference[d];
  });
  return [formatPeriod(f, lang), ...differences, ...(f.incident ? [f.incident] : [])]
    .filter(Boolean)
    .join(' · ');
}

function figureEntry(f: FigureView, label: string, t: PopupStrings, lang: UiLanguage): ChartEntry {
  const link: CardLink = { text: t.link, label: t.linkLabel(f.source.shortName), href: f.url };
  const row: ChartEntry['row'] = {
    key: f.id,
    label,
    tone: f.role === 'own' ? 'own' : 'other',
    links: [link],
  };
  // A figure with no number says why in its source's own words.
  const noNumber = f.value === undefined && f.min === undefined;
  const facts = [figureFacts(f, t, lang), noNumber ? `“${f.quote}”` : '']
    .filter(Boolean)
    .join(' · ');
  if (facts) row.facts = facts;
  return { row, count: f };
}

/** A casualty claim: the article's count, its source's own figures, then competing ones. */
export function claimChart(view: ClaimView, t: PopupStrings, lang: UiLanguage): CardChart {
  const metric = t.metric[view.metric as keyof PopupStrings['metric']] ?? view.metric ?? '';
  return chartOf(
    t.chartLabel(metric),
    [
      { row: { key: 'page', label: t.onThisPage, tone: 'page' }, count: view },
      ...view.figures
        .filter((f) => f.role === 'own')
        .map((f) => figureEntry(f, `${f.source.shortName} (${t.citedSource})`, t, lang)),
      ...view.figures
        .filter((f) => f.role === 'other')
        .map((f) => figureEntry(f, f.source.shortName, t, lang)),
    ],
    t,
    lang,
  );
}

/** A denial: the figures it disputes, one chart per thing counted. */
export function disputedCharts(view: ClaimView, t: PopupStrings, lang: UiLanguage): CardChart[] {
  const disputed = view.figures.filter((f) => f.role === 'disputed');
  const metrics = [...new Set(disputed.map((f) => f.metric))];
  return metrics.map((m) =>
    chartOf(
      t.metric[m as keyof PopupStrings['metric']] ?? m,
      disputed
        .filter((f) => f.metric === m)
        .map((f) => figureEntry(f, f.source.shortName, t, lang)),
      t,
      lang,
    ),
  );
}
