import type { Dataset } from '../../data/schema';
import { formatPartialDate } from '../i18n/format';
import { useStrings } from './strings';

/** The latest date any figure or statement of the dataset carries. */
export function datasetDate(dataset: Dataset): string | null {
  const dates = [
    ...dataset.figures.map((f) => f.published),
    ...dataset.statements.map((s) => s.date),
  ].filter((d): d is string => d !== undefined);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** Every source of the bundled dataset: who they are, how they count, how much of the data is theirs. */
export function AboutData({ dataset }: { dataset: Dataset }) {
  const { lang, t } = useStrings();
  const date = datasetDate(dataset);
  const count = (list: { source: string }[], id: string) =>
    list.filter((x) => x.source === id).length;
  const sources = [...dataset.sources].sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.aboutData}</h2>
      <p>{t.aboutDataIntro}</p>
      <p class="dataset-meta">
        {t.datasetCounts(dataset.sources.length, dataset.figures.length, dataset.statements.length)}
        {date && <> {t.datasetDate(formatPartialDate(date, lang))}</>}
      </p>
      <ul class="sources">
        {sources.map((s) => {
          const figures = count(dataset.figures, s.id);
          const statements = count(dataset.statements, s.id);
          return (
            <li key={s.id} data-source={s.id}>
              <h3>{s.name}</h3>
              <p class="source-kind">
                {[
                  t.sourceKind[s.kind] ?? s.kind,
                  s.country,
                  figures > 0 && t.figuresFrom(figures),
                  statements > 0 && t.statementsFrom(statements),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p>{s.description}</p>
              {s.homepage && (
                <a href={s.homepage} target="_blank" rel="noopener noreferrer">
                  {t.homepage}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
