import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Denials that the rules missed for want of a word or a reading: what a denier says the report is
// made of, an inability to check said in a denier's scope after a comma, and verbs of saying the
// lists lacked. Every sentence here was written for this test.

const texts = (lang: string, ...lines: string[]) => read(inStory(lang, ...lines), lang);

describe('what a denier says the report is made of', () => {
  it('reads a quotation after a frame of consisting as content, not as a title, capitals and all', () => {
    expect(
      texts(
        'de',
        'Nach Angaben des Ministeriums bestehe die Studie aus „Gerüchten und Erfindungen“.',
      ),
    ).toEqual([
      [
        'Nach Angaben des Ministeriums bestehe die Studie aus „Gerüchten und Erfindungen“',
        'russia-mod',
      ],
    ]);
    expect(
      texts('de', 'Dem Generalstab zufolge besteht der AI-Bericht aus „Vermutungen“.'),
    ).toEqual([['Dem Generalstab zufolge besteht der AI-Bericht aus „Vermutungen“', 'russia-mod']]);
  });

  it('still reads a title after the report noun as no one’s words', () => {
    expect(
      texts(
        'de',
        'Der Bericht „Keine Beweise, keine Zeugen“ beschreibt sechs Angriffe auf Wohnviertel.',
      ),
    ).toEqual([]);
  });
});

describe('an inability to check in a denier’s scope', () => {
  it('reads the piece after a comma that says the accuser cannot check', () => {
    expect(
      texts(
        'en',
        'The general said that since the group worked from London, it had no way of verifying what the targets were.',
      ),
    ).toEqual([['it had no way of verifying what the targets were', 'russia-mod']]);
    expect(
      texts(
        'fr',
        'Le porte-parole de la Défense a dit qu’Amnesty parle de quartiers sans cibles militaires, mais qu’elle n’a aucun moyen de le vérifier.',
      ),
    ).toEqual([['elle n’a aucun moyen de le vérifier', 'russia-mod']]);
  });

  it('leaves the accuser’s own inability and a scope that another speaker takes', () => {
    expect(
      texts(
        'en',
        'Russian officials have again rejected such charges, and local activists admit they have no way of checking who flew the jets.',
      ),
    ).toEqual([['Russian officials have again rejected such charges', 'russia-mod']]);
    expect(
      texts(
        'en',
        'Amnesty said that as it could not travel to Syria, it had no way of checking each site in person.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'en',
        'The ministry spoke of lies, while Amnesty says it had no way of checking the army’s own claims.',
      ),
    ).toEqual([['The ministry spoke of lies', 'russia-mod']]);
  });
});

describe('a relative clause after a comma', () => {
  it('has the name before it as its subject, in five languages', () => {
    expect(
      texts(
        'es',
        'La ONG culpa de las muertes a los bombardeos de Rusia, que niega las acusaciones.',
      ),
    ).toEqual([['niega las acusaciones', 'russia-mod']]);
    expect(
      texts('en', 'The group blames the deaths on raids by Russia, which rejects the charges.'),
    ).toEqual([['rejects the charges', 'russia-mod']]);
    expect(
      texts('fr', 'L’ONG impute ces morts aux raids de la Russie, qui dément ces accusations.'),
    ).toEqual([['dément ces accusations', 'russia-mod']]);
    expect(
      texts('it', 'La ONG attribuisce i morti ai raid della Russia, che respinge le accuse.'),
    ).toEqual([['respinge le accuse', 'russia-mod']]);
    expect(
      texts('pt', 'A ONG atribui as mortes aos ataques da Rússia, que nega as acusações.'),
    ).toEqual([['nega as acusações', 'russia-mod']]);
  });

  it('leaves a relative whose name is not a denier’s', () => {
    expect(
      texts('es', 'El texto cita al Observatorio Sirio, que rechaza las cifras del Gobierno.'),
    ).toEqual([]);
  });
});

describe('verbs of saying', () => {
  it('reads "observes that" as a verb of saying', () => {
    expect(
      texts(
        'en',
        'General Konashenkov observes that the paper is full of ‘stereotypes’ and ‘invented facts’.',
      ),
    ).toEqual([['that the paper is full of ‘stereotypes’ and ‘invented facts’', 'russia-mod']]);
  });

  it('ends a rejection’s object at "e incluso aseveraron", whose clause is a claim of its own', () => {
    expect(
      texts(
        'es',
        'Los militares rusos negaron haber bombardeado barrios civiles e incluso aseveraron que las denuncias consistían en “relatos inventados”.',
      ),
    ).toEqual([
      ['Los militares rusos negaron haber bombardeado barrios civiles', 'russia-mod'],
      ['las denuncias consistían en “relatos inventados”', 'russia-mod'],
    ]);
  });
});
