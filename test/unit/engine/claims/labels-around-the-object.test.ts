import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Verbs of labelling whose label stands where the grammar puts it: before a verb that closes the
// clause (German), or after an object pronoun that the participle agrees with (French). Every
// sentence here was written for this test.

describe('a labelling verb that closes its clause', () => {
  it('reads the label before it, with what it labels', () => {
    expect(
      read(
        inStory('de', 'Das Verteidigungsministerium hat die Angaben als frei erfunden bezeichnet.'),
        'de',
      ),
    ).toEqual([
      ['Das Verteidigungsministerium hat die Angaben als frei erfunden bezeichnet', 'russia-mod'],
    ]);
    expect(
      read(
        inStory('de', 'Konaschenkow hatte den Bericht schon am Mittwoch als haltlos bezeichnet.'),
        'de',
      ),
    ).toEqual([['hatte den Bericht schon am Mittwoch als haltlos bezeichnet', 'russia-mod']]);
  });

  it('leaves a label that dismisses nothing, or an accuser who labels', () => {
    expect(
      read(inStory('de', 'Moskau hat den Bericht als wichtigen Beitrag bezeichnet.'), 'de'),
    ).toEqual([]);
    expect(
      read(inStory('de', 'Amnesty hat die Antwort des Ministeriums als haltlos bezeichnet.'), 'de'),
    ).toEqual([]);
  });
});

describe('a French participle that agrees with the pronoun it labels', () => {
  it('reads the feminine and plural forms and the simple past', () => {
    expect(
      read(inStory('fr', 'Le ministère russe de la Défense les a qualifiées de mensonges.'), 'fr'),
    ).toEqual([['Le ministère russe de la Défense les a qualifiées de mensonges', 'russia-mod']]);
    expect(read(inStory('fr', 'Konachenkov les a jugées infondées et partiales.'), 'fr')).toEqual([
      ['les a jugées infondées et partiales', 'russia-mod'],
    ]);
    expect(read(inStory('fr', 'Le ministère les taxa aussitôt de « propagande ».'), 'fr')).toEqual([
      ['Le ministère les taxa aussitôt de « propagande »', 'russia-mod'],
    ]);
  });
});

describe('a label inside the rejection of something a rival put out', () => {
  it('is part of that rejection, not a denial of its own', () => {
    expect(
      read(
        inStory(
          'en',
          'Zakharova also called a Western documentary on Crimea "not credible" and "one-sided".',
        ),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'de',
          'Sacharowa hat zudem einen westlichen Film über die Krim als „unseriös“ und „einseitig“ kritisiert.',
        ),
        'de',
      ),
    ).toEqual([]);
    expect(
      read(inStory('en', 'Zakharova called the Amnesty report "biased" and "one-sided".'), 'en'),
    ).toEqual([['called the Amnesty report "biased" and "one-sided"', 'russia-mfa']]);
  });
});
