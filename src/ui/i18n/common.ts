import type { Difference } from '../../data/compare';
import type { Metric } from '../../engine/types';
import { message } from './messages';

// Labels that every surface prints the same way (messages common_*).

export const commonLabels = () => ({
  metric: {
    'civilians-killed': message('common_metric_civilians_killed'),
    'people-killed': message('common_metric_people_killed'),
    'children-killed': message('common_metric_children_killed'),
    'women-killed': message('common_metric_women_killed'),
    'fighters-killed': message('common_metric_fighters_killed'),
    'war-deaths-total': message('common_metric_war_deaths_total'),
  } satisfies Record<Metric, string>,
  sourceKind: {
    ngo: message('common_sourceKind_ngo'),
    monitor: message('common_sourceKind_monitor'),
    government: message('common_sourceKind_government'),
    un: message('common_sourceKind_un'),
    research: message('common_sourceKind_research'),
    media: message('common_sourceKind_media'),
  } as Record<string, string>,
  difference: {
    period: message('common_difference_period'),
    place: message('common_difference_place'),
    method: message('common_difference_method'),
    range: message('common_difference_range'),
    later: message('common_difference_later'),
  } satisfies Record<Difference, string>,
  /** A figure that states no number ("hundreds"). */
  noNumber: message('common_noNumber'),
  /** Before an approximate figure. */
  about: message('common_about'),
});

export type CommonLabels = ReturnType<typeof commonLabels>;
