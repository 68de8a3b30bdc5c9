import type { Difference } from '../../data/compare';
import type { Metric } from '../../engine/types';
import type { UiLanguage } from './language';

// Labels that every surface prints the same way.

const en = {
  metric: {
    'civilians-killed': 'civilians killed',
    'people-killed': 'people killed',
    'children-killed': 'children killed',
    'women-killed': 'women killed',
    'fighters-killed': 'fighters killed',
    'war-deaths-total': 'deaths in the whole war',
  } satisfies Record<Metric, string>,
  sourceKind: {
    ngo: 'NGO',
    monitor: 'monitoring group',
    government: 'government',
    un: 'United Nations',
    research: 'research institute',
    media: 'news media',
  } as Record<string, string>,
  difference: {
    period: 'other period',
    place: 'other place',
    method: 'counted differently',
    range: 'a range',
    later: 'published later',
  } satisfies Record<Difference, string>,
  /** A figure that states no number ("hundreds"). */
  noNumber: 'no number',
  /** Before an approximate figure. */
  about: 'about',
};

export type CommonLabels = typeof en;

const fr: CommonLabels = {
  metric: {
    'civilians-killed': 'civils tués',
    'people-killed': 'personnes tuées',
    'children-killed': 'enfants tués',
    'women-killed': 'femmes tuées',
    'fighters-killed': 'combattants tués',
    'war-deaths-total': 'morts de toute la guerre',
  },
  sourceKind: {
    ngo: 'ONG',
    monitor: 'observatoire',
    government: 'gouvernement',
    un: 'Nations unies',
    research: 'institut de recherche',
    media: 'média',
  },
  difference: {
    period: 'autre période',
    place: 'autre lieu',
    method: 'autre méthode',
    range: 'une fourchette',
    later: 'publié plus tard',
  },
  noNumber: 'sans nombre',
  about: 'environ',
};

export const commonLabels = (lang: UiLanguage): CommonLabels => (lang === 'fr' ? fr : en);
