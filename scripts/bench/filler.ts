import { between, pick, type Random } from './random';

// Article-like French text about everyday local news (sport, weather, council
// meetings, festivals, roadworks), full of numbers — dates, scores, budgets,
// attendance and the odd road accident — so that number and claim detectors
// have honest work on pages that are not about the benchmark's story.

const PLACES = [
  'Villeneuve',
  'Saint-Aubin',
  'Montclar',
  'Les Essarts',
  'Beaulieu',
  'Pontarlier-le-Bas',
  'Charmont',
  'Val-de-Loire',
  'Rochefort-sur-Mer',
  'Bellegarde',
];
const FIRST = [
  'Claire',
  'Julien',
  'Nadia',
  'Thomas',
  'Inès',
  'Marc',
  'Sophie',
  'Karim',
  'Léa',
  'Hugo',
];
const LAST = [
  'Morel',
  'Garnier',
  'Benali',
  'Lefèvre',
  'Roussel',
  'Fontaine',
  'Chevalier',
  'Perrin',
];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const PROJECTS = [
  'la nouvelle médiathèque',
  'la piste cyclable du centre',
  'la rénovation du marché couvert',
  'l’extension du collège',
  'la piscine intercommunale',
  'le parc des berges',
];
const CLUBS = [
  'l’US Charmont',
  'le Stade Beaulieu',
  'l’AS Montclar',
  'le FC Bellegarde',
  'l’Étoile des Essarts',
];
const ROADS = [
  'départementale 12',
  'rocade nord',
  'route de Beaulieu',
  'nationale 7',
  'avenue du Port',
];
const EVENTS = [
  'festival de jazz',
  'salon du livre',
  'marché de Noël',
  'fête de la moisson',
  'semi-marathon',
];
const TOPICS = [
  'Conseil municipal',
  'Football',
  'Météo',
  'Culture',
  'Transports',
  'Économie',
  'Éducation',
  'Environnement',
];

// Thousands are separated by a space, a no-break space or a narrow no-break
// space, as French sites do.
const GROUP = [' ', '\u00a0', '\u202f'];

function frenchNumber(random: Random, n: number): string {
  const sep = pick(random, GROUP);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const date = (r: Random) =>
  `le ${pick(r, DAYS)} ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2009, 2024)}`;
const person = (r: Random) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const count = (r: Random, min: number, max: number) => frenchNumber(r, between(r, min, max));
const decimal = (r: Random) => `${between(r, 1, 99)},${between(r, 1, 9)}`;

const SENTENCES: ReadonlyArray<(r: Random) => string> = [
  (r) =>
    `À ${pick(r, PLACES)}, ${count(r, 12, 480)} personnes ont assisté ${date(r)} à la réunion publique sur ${pick(r, PROJECTS)}.`,
  (r) =>
    `Le match s’est terminé sur le score de ${between(r, 0, 5)}-${between(r, 0, 4)} devant ${count(r, 800, 24000)} spectateurs, ${date(r)}.`,
  (r) =>
    `Selon la mairie, le budget de ${pick(r, PROJECTS)} atteint ${decimal(r)} millions d’euros, en hausse de ${between(r, 2, 19)} % sur un an.`,
  (r) =>
    `Le conseil municipal a adopté le texte par ${between(r, 18, 33)} voix contre ${between(r, 2, 11)}, après ${between(r, 2, 6)} heures de débats.`,
  (r) =>
    `La température a atteint ${between(r, 31, 42)} degrés ${pick(r, DAYS)} après-midi à ${pick(r, PLACES)}, un record depuis ${between(r, 1947, 2003)}.`,
  (r) =>
    `Les travaux de la ligne ${between(r, 1, 14)} doivent durer ${between(r, 4, 30)} mois et coûter ${decimal(r)} millions d’euros.`,
  (r) =>
    `Un accident sur la ${pick(r, ROADS)} a fait ${pick(r, ['deux', 'trois', 'quatre'])} blessés légers ${pick(r, DAYS)} matin, selon les pompiers.`,
  (r) =>
    `Le ${pick(r, EVENTS)} a accueilli ${count(r, 3000, 95000)} visiteurs en ${between(r, 2, 9)} jours, contre ${count(r, 2500, 90000)} l’an dernier.`,
  (r) =>
    `${person(r)}, ${between(r, 28, 67)} ans, entraîneur de ${pick(r, CLUBS)}, s’est dit « satisfait » de la prestation de ses joueurs.`,
  (r) =>
    `Au classement, ${pick(r, CLUBS)} pointe à la ${between(r, 2, 18)}e place avec ${between(r, 8, 61)} points, ${between(r, 3, 12)} de moins que le leader.`,
  (r) =>
    `L’association compte désormais ${count(r, 120, 4200)} adhérents, dont ${between(r, 15, 90)} bénévoles, a indiqué sa présidente ${person(r)}.`,
  (r) =>
    `Le prix du litre de gazole a reculé de ${between(r, 2, 14)} centimes en ${between(r, 2, 8)} semaines, à ${between(r, 1, 2)},${between(r, 10, 99)} euro.`,
  (r) =>
    `Les pompiers sont intervenus ${count(r, 40, 1300)} fois pendant le week-end, sans faire de victime, a précisé la préfecture.`,
  (r) =>
    `Le chantier, lancé en ${between(r, 2015, 2021)}, devrait s’achever au printemps ${between(r, 2025, 2029)} si la météo le permet.`,
  (r) =>
    `Près de ${between(r, 12, 68)} % des habitants interrogés se disent favorables au projet, d’après un sondage publié ${date(r)}.`,
  (r) =>
    `La séance a été levée à ${between(r, 18, 23)} h ${between(r, 10, 59)}, et le prochain conseil se tiendra ${date(r)}.`,
];

const HEADLINES: ReadonlyArray<(r: Random) => string> = [
  (r) => `${pick(r, TOPICS)} : ${count(r, 50, 9000)} participants attendus à ${pick(r, PLACES)}`,
  (r) =>
    `${pick(r, CLUBS)} s’impose ${between(r, 1, 5)} à ${between(r, 0, 2)} et remonte au classement`,
  (r) => `${pick(r, PROJECTS)} : le chantier prend ${between(r, 2, 9)} mois de retard`,
  (r) => `Canicule : ${between(r, 35, 41)} degrés attendus ${pick(r, DAYS)} à ${pick(r, PLACES)}`,
  (r) => `Le ${pick(r, EVENTS)} bat son record avec ${count(r, 10000, 99000)} entrées`,
];

const COMMENTS: ReadonlyArray<(r: Random) => string> = [
  (r) => `Enfin ! Cela fait ${between(r, 3, 15)} ans qu’on attend ${pick(r, PROJECTS)}.`,
  (r) => `J’y étais ${pick(r, DAYS)}, il y avait au moins ${count(r, 200, 3000)} personnes.`,
  (r) => `${between(r, 2, 9)} millions pour ça ? Il y a d’autres priorités à ${pick(r, PLACES)}.`,
  (r) =>
    `Bravo à ${pick(r, CLUBS)}, le score de ${between(r, 1, 4)}-${between(r, 0, 3)} ne dit pas tout.`,
  () => `Merci pour cet article très complet.`,
  (r) => `Et toujours pas de bus après ${between(r, 20, 23)} h, c’est dommage.`,
];

export const sentence = (r: Random): string => pick(r, SENTENCES)(r);
export const headline = (r: Random): string => pick(r, HEADLINES)(r);
export const comment = (r: Random): string => pick(r, COMMENTS)(r);
export const author = person;
export const topic = (r: Random): string => pick(r, TOPICS);
export const clock = (r: Random): string =>
  `${between(r, 6, 23)}h${String(between(r, 0, 59)).padStart(2, '0')}`;
