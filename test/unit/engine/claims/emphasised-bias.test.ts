import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// The ministry's answer told as what its spokesman stressed about the accusers: the bias of the
// organisation, with a verb of emphasis and no verb of rejecting. Every sentence here was written
// for this test.

describe('a verb of emphasis on the accusers’ bias', () => {
  it.each([
    [
      'es',
      'El general Konashénkov hizo hincapié en la parcialidad del informe.',
      'la parcialidad del informe',
    ],
    [
      'pt',
      'O porta-voz Konashenkov destacou a parcialidade da organização.',
      'a parcialidade da organização',
    ],
    [
      'it',
      'Il portavoce Konashenkov ha evidenziato la parzialità dell’organizzazione.',
      'la parzialità dell’organizzazione',
    ],
    [
      'en',
      'The spokesman Konashenkov emphasised the partiality of the organisation.',
      'the partiality of the organisation',
    ],
    [
      'de',
      'Der Sprecher Konaschenkow unterstrich die Parteilichkeit der Organisation.',
      'die Parteilichkeit der Organisation',
    ],
    [
      'fr',
      'Le porte-parole Konachenkov a mis l’accent sur la partialité de l’organisation.',
      'la partialité de l’organisation',
    ],
  ])('reads it as the spokesman’s denial (%s)', (lang, sentence, span) => {
    expect(read(inStory(lang, sentence), lang)).toEqual([[span, 'russia-mod']]);
  });

  it('leaves the accuser’s emphasis on the ministry’s bias alone', () => {
    expect(
      read(
        inStory('es', 'Amnistía Internacional hizo hincapié en la parcialidad del recuento ruso.'),
        'es',
      ),
    ).toEqual([]);
  });
});
