import type { UiLanguage } from './language';

// What the content script itself says in the page: the card's frame and the
// screen-reader announcements. Kept short: it ships in every page's script.

const en = {
  kind: { casualty: 'Casualty claim', denial: 'Denial' },
  close: 'Close',
  loading: 'Loading the sources…',
  missing: 'Crosscount has no details for this claim: the page changed since it was read.',
  copied: 'Citation copied',
  copyBlocked: 'This page blocks copying: select the citation below and copy it.',
  claimOf: (i: number, n: number, kind: string, text: string) =>
    `Claim ${i} of ${n}, ${kind.toLowerCase()}: “${text}”`,
  highlightsHidden: 'Crosscount highlights hidden',
  highlightsShown: 'Crosscount highlights shown',
  colon: ': ',
};

export type PageStrings = typeof en;

const fr: PageStrings = {
  kind: { casualty: 'Bilan', denial: 'Démenti' },
  close: 'Fermer',
  loading: 'Chargement des sources…',
  missing: 'Crosscount n’a plus de détails pour ce passage : la page a changé depuis sa lecture.',
  copied: 'Citation copiée',
  copyBlocked: 'Cette page bloque la copie : sélectionnez la citation ci-dessous et copiez-la.',
  claimOf: (i, n, kind, text) => `Passage ${i} sur ${n}, ${kind.toLowerCase()} : « ${text} »`,
  highlightsHidden: 'Surlignages de Crosscount masqués',
  highlightsShown: 'Surlignages de Crosscount affichés',
  colon: ' : ',
};

export const pageStrings = (lang: UiLanguage): PageStrings => (lang === 'fr' ? fr : en);
