import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A speaker who corrects, objects or answers back, then a colon and their words: "stellte der
// Sprecher richtig: ...", "a rectifié le général : ...", "objetó el portavoz: ...". The verb
// introduces what follows the colon as a verb of saying does, and the claim starts after the colon.
// Every sentence here was written for this test.

type Case = [lang: string, text: string, denials: string[][]];

describe('a verb of correcting or objecting before a colon', () => {
  it.each<Case>([
    [
      'de',
      'Am Donnerstag stellte der Militärsprecher in Moskau richtig: Russlands Jets würfen über Syrien keine Streumunition ab.',
      [['Russlands Jets würfen über Syrien keine Streumunition ab', 'russia-mod']],
    ],
    [
      'de',
      'Konaschenkow wandte ein: in Hmeimim lagere überhaupt keine Streumunition.',
      [['in Hmeimim lagere überhaupt keine Streumunition', 'russia-mod']],
    ],
    [
      'fr',
      'Le général Konachenkov a rectifié : les avions russes ne larguent aucune arme à sous-munitions.',
      [['les avions russes ne larguent aucune arme à sous-munitions', 'russia-mod']],
    ],
    [
      'es',
      'El general Konashénkov objetó: los aviones rusos no lanzan bombas de racimo.',
      [['los aviones rusos no lanzan bombas de racimo', 'russia-mod']],
    ],
    [
      'it',
      'Il generale Konashenkov ribatté: gli aerei russi non sganciano bombe a grappolo.',
      [['gli aerei russi non sganciano bombe a grappolo', 'russia-mod']],
    ],
    [
      'pt',
      'O general Konashenkov objetou: os aviões russos não lançam bombas de fragmentação.',
      [['os aviões russos não lançam bombas de fragmentação', 'russia-mod']],
    ],
    [
      'en',
      'General Konashenkov objected: Russian jets drop no cluster munitions over Syria.',
      [['Russian jets drop no cluster munitions over Syria', 'russia-mod']],
    ],
    // Traps: the accuser corrects, and a colon with no verb of saying before it.
    [
      'de',
      'Die Amnesty-Forscherin stellte richtig: Moskaus Dementi sei „haltlos“, die Bomben seien gefallen.',
      [],
    ],
    ['en', 'Amnesty objected: the excuses offered are “baseless”, the bombs did fall.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(read(inStory(lang, text), lang)).toEqual(expected);
  });
});

describe('a verb of saying before a colon', () => {
  it.each<Case>([
    [
      'de',
      'Konaschenkow sagte: die Flugzeuge setzten keine Streumunition ein.',
      [['die Flugzeuge setzten keine Streumunition ein', 'russia-mod']],
    ],
    [
      'fr',
      'Konachenkov a déclaré : les avions russes n’emploient aucune bombe à sous-munitions.',
      [['les avions russes n’emploient aucune bombe à sous-munitions', 'russia-mod']],
    ],
    [
      'es',
      'Konashénkov dijo: los aviones rusos no emplean bombas de racimo.',
      [['los aviones rusos no emplean bombas de racimo', 'russia-mod']],
    ],
    [
      'it',
      'Konashenkov ha detto: gli aerei russi non impiegano bombe a grappolo.',
      [['gli aerei russi non impiegano bombe a grappolo', 'russia-mod']],
    ],
    [
      'pt',
      'Konashenkov disse: os aviões russos não empregam bombas de fragmentação.',
      [['os aviões russos não empregam bombas de fragmentação', 'russia-mod']],
    ],
    [
      'en',
      'Konashenkov said: Russian jets employ no cluster bombs.',
      [['Russian jets employ no cluster bombs', 'russia-mod']],
    ],
  ])('starts the claim after the colon (%s)', (lang, text, expected) => {
    expect(read(inStory(lang, text), lang)).toEqual(expected);
  });
});
