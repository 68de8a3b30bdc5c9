import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Evaluations whose subject is what the report holds or rests on (its material, text, sources),
// not the report itself, in sentences that leave their speaker to the text before. Every sentence
// here was written for this test.

describe('an evaluation of what the report holds', () => {
  it('reads a noun of content as the subject, in each language', () => {
    expect(
      read(
        inStory('en', 'Konashenkov spoke on Wednesday.', 'The material is one-sided, he added.'),
        'en',
      ),
    ).toEqual([['The material is one-sided', 'russia-mod']]);
    expect(
      read(
        inStory(
          'fr',
          '« Ce n’est pas sérieux », a dit Konachenkov.',
          'Les éléments présentés seraient partiaux et sans fondement.',
        ),
        'fr',
      ),
    ).toEqual([
      ['Ce n’est pas sérieux', 'russia-mod'],
      ['Les éléments présentés seraient partiaux et sans fondement', 'russia-mod'],
    ]);
    expect(
      read(
        inStory(
          'es',
          '"No es creíble", dijo Konashenkov.',
          'Los materiales empleados están plagados de falsedades, añadió.',
        ),
        'es',
      ),
    ).toEqual([
      ['"No es creíble", dijo Konashenkov', 'russia-mod'],
      ['Los materiales empleados están plagados de falsedades', 'russia-mod'],
    ]);
    expect(
      read(
        inStory(
          'it',
          'Konashenkov ha parlato ai giornalisti.',
          'I materiali utilizzati sono pieni di luoghi comuni, ha aggiunto.',
        ),
        'it',
      ),
    ).toEqual([['I materiali utilizzati sono pieni di luoghi comuni', 'russia-mod']]);
    expect(
      read(
        inStory(
          'pt',
          'Konashenkov falou à imprensa em Moscou.',
          'O material apresentado está repleto de falsidades, acrescentou.',
        ),
        'pt',
      ),
    ).toEqual([['O material apresentado está repleto de falsidades', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Konaschenkow äußerte sich am Mittwoch in Moskau.',
          'Das Material sei einseitig und voller Klischees, fügte er hinzu.',
        ),
        'de',
      ),
    ).toEqual([['Das Material sei einseitig und voller Klischees', 'russia-mod']]);
  });

  it('leaves the same nouns in the accuser’s mouth', () => {
    expect(
      read(
        inStory(
          'es',
          'La directora de Amnistía habló con la prensa.',
          'Los materiales de Moscú están plagados de falsedades, añadió.',
        ),
        'es',
      ),
    ).toEqual([]);
  });
});
