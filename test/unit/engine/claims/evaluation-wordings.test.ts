import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// How articles word the ministry's evaluation of the report: quoted fragments inside the
// journalist's sentence, verbs of opinion, nouns of guesswork and falsehood, admissions of
// ignorance. Every sentence here was written for this test.

describe('quoted fragments in the journalist’s sentence', () => {
  it('reads a label and a longer fragment coordinated with it as one claim', () => {
    expect(
      read(
        inStory(
          'en',
          'Konashenkov spoke of a pile of "clichés" and "claims without key evidence".',
        ),
        'en',
      ),
    ).toEqual([['spoke of a pile of "clichés" and "claims without key evidence"', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Konaschenkow sprach von „Klischees“ und von „Anschuldigungen ohne jeden Beweis“.',
        ),
        'de',
      ),
    ).toEqual([
      ['sprach von „Klischees“ und von „Anschuldigungen ohne jeden Beweis“', 'russia-mod'],
    ]);
  });

  it('starts a label’s clause after the verb of saying, not at who says it', () => {
    expect(
      read(
        inStory(
          'en',
          'The Russian defence ministry said the data were one-sided and included "fake information".',
        ),
        'en',
      ),
    ).toEqual([['the data were one-sided and included "fake information"', 'russia-mod']]);
  });

  it('does not start a label’s clause inside the name of who speaks or in an earlier quotation', () => {
    expect(
      read(
        inStory(
          'fr',
          'Le ministère russe de la Défense a fustigé un rapport « partial » fondé sur des « informations non vérifiées ».',
        ),
        'fr',
      ),
    ).toEqual([
      ['a fustigé un rapport « partial »', 'russia-mod'],
      ['fondé sur des « informations non vérifiées »', 'russia-mod'],
    ]);
  });

  it('reads a headline whose speaker follows a topic and a comma', () => {
    expect(
      read(inStory('it', 'Siria, Mosca: il rapporto di Amnesty è "privo di prove"'), 'it'),
    ).toEqual([['Mosca: il rapporto di Amnesty è "privo di prove"', 'russia-mod']]);
  });
});

describe('verbs of opinion', () => {
  it('credits the denier whose view of the report a verb of opinion reports', () => {
    expect(
      read(
        inStory(
          'es',
          'El Ministerio de Defensa ruso opina que el documento no aporta datos concretos.',
        ),
        'es',
      ),
    ).toEqual([['el documento no aporta datos concretos', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Das russische Verteidigungsministerium ist der Ansicht, der Bericht sei einseitig.',
        ),
        'de',
      ),
    ).toEqual([['der Bericht sei einseitig', 'russia-mod']]);
  });

  it('leaves the accusers’ view of Russia’s statements', () => {
    expect(read(inStory('en', 'Amnesty believes the Russian statements are false.'), 'en')).toEqual(
      [],
    );
    expect(
      read(inStory('es', 'Amnistía cree que las explicaciones rusas son falsas.'), 'es'),
    ).toEqual([]);
  });
});

describe('nouns of falsehood and guesswork', () => {
  it('reads a report said to be a forgery or to rest on guesses', () => {
    expect(
      read(
        inStory('es', 'El Ministerio de Defensa ruso afirmó que el informe es una falsificación.'),
        'es',
      ),
    ).toEqual([['el informe es una falsificación', 'russia-mod']]);
    expect(
      read(
        inStory(
          'en',
          'The Russian defence ministry said the study rested on assumptions and guesswork.',
        ),
        'en',
      ),
    ).toEqual([['the study rested on assumptions and guesswork', 'russia-mod']]);
    expect(
      read(
        inStory(
          'it',
          'Il ministero della Difesa russo ha detto che il rapporto è assente di fondamento.',
        ),
        'it',
      ),
    ).toEqual([['il rapporto è assente di fondamento', 'russia-mod']]);
  });
});

describe('admissions of ignorance turned against the accusers', () => {
  it('reads a German infinitive clause set off by a comma', () => {
    expect(
      read(
        inStory(
          'de',
          'Konaschenkow sagte, die Autoren hätten keine Möglichkeit, die Angaben zu überprüfen.',
        ),
        'de',
      ),
    ).toEqual([['die Autoren hätten keine Möglichkeit, die Angaben zu überprüfen', 'russia-mod']]);
  });

  it('claims what the subject cannot do, not the relative clause that describes it', () => {
    expect(
      read(
        inStory(
          'en',
          'The researchers, who spoke to witnesses by telephone, cannot know what was hit, Konashenkov said.',
        ),
        'en',
      ),
    ).toEqual([['cannot know what was hit', 'russia-mod']]);
  });
});
