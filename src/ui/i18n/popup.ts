import { commonLabels, type CommonLabels } from './common';
import type { UiLanguage } from './language';

// Strings of the popup and the options page (see ./index.ts for how the
// tables work). Metric names, kinds of source and differences come from
// ./common.ts.

const en = {
  appName: 'Crosscount',
  loading: 'Loading…',
  analysingTitle: 'Analysing this page…',
  analysingBody: 'Crosscount is reading the page. This takes a moment on long articles.',
  unreadableTitle: 'Crosscount cannot read this page',
  unreadableBody:
    'It reads ordinary web pages. Browser pages, extension stores, PDF files and other extensions’ pages are out of its reach.',
  noMatchTitle: 'No matching article',
  noMatchBody:
    'This page does not carry a story Crosscount knows, so nothing is highlighted. It recognises reprints and reports of the stories in its dataset.',
  offSiteTitle: (site: string) => `Off on ${site}`,
  offSiteBody:
    'Crosscount neither reads nor highlights this site’s pages. Untick the switch above, or restore the site in the options.',
  offGlobalTitle: 'Crosscount is switched off',
  offGlobalBody: 'It reads no page until you switch it back on.',
  reprintOf: 'Reprint of',
  sameStoryAs: 'Same story as',
  claimCount: (n: number) => (n === 1 ? '1 casualty claim' : `${n} casualty claims`),
  denialCount: (n: number) => (n === 1 ? '1 denial' : `${n} denials`),
  claimsHeading: 'Casualty claims',
  denialsHeading: 'Denials',
  unknownSource: 'Source not named in the article',
  showOnPage: 'Show on page',
  showOnPageLabel: (text: string) => `Show “${text}” on the page`,
  onThisPage: 'This article',
  citedSource: 'as published',
  published: (date: string) => `published ${date}`,
  said: (date: string) => `said ${date}`,
  link: 'source',
  linkLabel: (source: string) => `Where ${source} published it (opens a new tab)`,
  noComparable:
    'No other figure in the dataset counts the same thing over the same period, so none is shown.',
  chartLabel: (metric: string) => `Who counted ${metric}`,
  moreFigures: (n: number) => (n === 1 ? '1 more figure' : `${n} more figures`),
  disputes: 'Disputes',
  disputesNothingOnPage: 'No figure on this page comes from the sources it disputes.',
  switchSite: 'Off on this site',
  switchGlobal: 'Off everywhere',
  aboutData: 'About the data',
  back: 'Back',
  aboutDataIntro:
    'Every figure Crosscount shows comes from this bundled dataset, with a link to where it was published and the words it was published in. Judge the sources here.',
  datasetDate: (date: string) => `Latest figure or statement in the dataset: ${date}.`,
  datasetCounts: (sources: number, figures: number, statements: number) =>
    `${sources} sources, ${figures} figures, ${statements} statements.`,
  figuresFrom: (n: number) => (n === 1 ? '1 figure' : `${n} figures`),
  statementsFrom: (n: number) => (n === 1 ? '1 statement' : `${n} statements`),
  homepage: 'website',
  copyJson: 'Copy claims as JSON',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  reportWrong: 'Report a wrong highlight',
  reportHint: 'Shows the report first: you edit it, copy it or send it yourself.',
  reportIntro:
    'Nothing has been sent. Check the report, remove what you would rather not share, then copy it or open the form on GitHub and send it from there.',
  reportPage: 'Page address',
  reportProblem: 'What is wrong',
  reportProblemHint: 'A missed claim, a wrong number or source, a highlight that is not a claim…',
  reportClaim: 'The highlight',
  reportFound: 'What Crosscount found on the page',
  reportVersion: 'Crosscount version and browser',
  reportCopy: 'Copy the report',
  reportOpen: 'Open the form on GitHub',
  reportOpenHint:
    'Opens in a new tab, filled in with the report: nothing is sent until you submit it there.',
  optionsLink: 'Options',
  optionsTitle: 'Crosscount options',
  optionsGlobalHint: 'When off, Crosscount reads no page and highlights nothing.',
  offSitesHeading: 'Sites switched off',
  offSitesNone: 'None: Crosscount reads every site.',
  restore: 'Switch back on',
  restoreLabel: (site: string) => `Switch Crosscount back on for ${site}`,
};

export type PopupStrings = typeof en & CommonLabels;

const fr: typeof en = {
  appName: 'Crosscount',
  loading: 'Chargement…',
  analysingTitle: 'Analyse de la page…',
  analysingBody: 'Crosscount lit la page. Cela prend un instant pour les longs articles.',
  unreadableTitle: 'Crosscount ne peut pas lire cette page',
  unreadableBody:
    'Il lit les pages web ordinaires. Les pages du navigateur, les boutiques d’extensions, les fichiers PDF et les pages d’autres extensions lui sont inaccessibles.',
  noMatchTitle: 'Aucun article correspondant',
  noMatchBody:
    'Cette page ne reprend pas une histoire que Crosscount connaît : rien n’est surligné. Il reconnaît les reprises et les comptes rendus des histoires de son jeu de données.',
  offSiteTitle: (site) => `Désactivé sur ${site}`,
  offSiteBody:
    'Crosscount ne lit ni ne surligne les pages de ce site. Décochez l’interrupteur ci-dessus, ou rétablissez le site dans les options.',
  offGlobalTitle: 'Crosscount est désactivé',
  offGlobalBody: 'Il ne lit aucune page tant que vous ne le réactivez pas.',
  reprintOf: 'Reprise de',
  sameStoryAs: 'Même histoire que',
  claimCount: (n) => (n <= 1 ? `${n} bilan` : `${n} bilans`),
  denialCount: (n) => (n <= 1 ? `${n} démenti` : `${n} démentis`),
  claimsHeading: 'Bilans',
  denialsHeading: 'Démentis',
  unknownSource: 'Source non nommée dans l’article',
  showOnPage: 'Voir dans la page',
  showOnPageLabel: (text) => `Montrer « ${text} » dans la page`,
  onThisPage: 'Cet article',
  citedSource: 'tel que publié',
  published: (date) => `publié ${date}`,
  said: (date) => `déclaré ${date}`,
  link: 'source',
  linkLabel: (source) => `Où ${source} l’a publié (nouvel onglet)`,
  noComparable:
    'Aucun autre chiffre du jeu de données ne compte la même chose sur la même période : aucun n’est montré.',
  chartLabel: (metric) => `Qui a compté les ${metric}`,
  moreFigures: (n) => (n <= 1 ? `${n} autre chiffre` : `${n} autres chiffres`),
  disputes: 'Conteste',
  disputesNothingOnPage: 'Aucun chiffre de cette page ne vient des sources qu’il conteste.',
  switchSite: 'Désactivé sur ce site',
  switchGlobal: 'Désactivé partout',
  aboutData: 'À propos des données',
  back: 'Retour',
  aboutDataIntro:
    'Chaque chiffre montré par Crosscount vient de ce jeu de données intégré, avec un lien vers sa publication et ses termes exacts. Jugez-en les sources ici.',
  datasetDate: (date) => `Chiffre ou déclaration le plus récent du jeu de données : ${date}.`,
  datasetCounts: (sources, figures, statements) =>
    `${sources} sources, ${figures} chiffres, ${statements} déclarations.`,
  figuresFrom: (n) => (n <= 1 ? `${n} chiffre` : `${n} chiffres`),
  statementsFrom: (n) => (n <= 1 ? `${n} déclaration` : `${n} déclarations`),
  homepage: 'site web',
  copyJson: 'Copier les bilans en JSON',
  copied: 'Copié',
  copyFailed: 'Copie impossible',
  reportWrong: 'Signaler un surlignage erroné',
  reportHint: 'Montre d’abord le signalement : vous le modifiez, le copiez ou l’envoyez vous-même.',
  reportIntro:
    'Rien n’a été envoyé. Relisez le signalement, retirez ce que vous préférez ne pas partager, puis copiez-le ou ouvrez le formulaire sur GitHub pour l’envoyer de là.',
  reportPage: 'Adresse de la page',
  reportProblem: 'Ce qui ne va pas',
  reportProblemHint:
    'Un bilan manqué, un nombre ou une source faux, un surlignage qui n’est pas un bilan…',
  reportClaim: 'Le passage surligné',
  reportFound: 'Ce que Crosscount a trouvé sur la page',
  reportVersion: 'Version de Crosscount et navigateur',
  reportCopy: 'Copier le signalement',
  reportOpen: 'Ouvrir le formulaire sur GitHub',
  reportOpenHint:
    'S’ouvre dans un nouvel onglet, rempli avec le signalement : rien n’est envoyé avant que vous ne le validiez là-bas.',
  optionsLink: 'Options',
  optionsTitle: 'Options de Crosscount',
  optionsGlobalHint: 'Désactivé, Crosscount ne lit aucune page et ne surligne rien.',
  offSitesHeading: 'Sites désactivés',
  offSitesNone: 'Aucun : Crosscount lit tous les sites.',
  restore: 'Réactiver',
  restoreLabel: (site) => `Réactiver Crosscount sur ${site}`,
};

export const popupStrings = (lang: UiLanguage): PopupStrings => ({
  ...(lang === 'fr' ? fr : en),
  ...commonLabels(lang),
});
