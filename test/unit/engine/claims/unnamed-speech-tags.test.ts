import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// An evaluation of the report whose speech tag names no one: an inverted pronoun ("sagte er") or no
// subject at all ("añadió"). Every sentence here was written for this test.

describe('an evaluation followed by a tag that names no one', () => {
  it('gives it to the denier the text was about, in each language that drops or inverts it', () => {
    expect(
      read(
        inStory(
          'de',
          'Konaschenkow äußerte sich am Mittwoch in Moskau.',
          'Die Daten der Organisation seien voller Klischees, fügte er hinzu.',
        ),
        'de',
      ),
    ).toEqual([['Die Daten der Organisation seien voller Klischees', 'russia-mod']]);
    expect(
      read(
        inStory(
          'es',
          '"No es nada creíble", dijo el general Konashenkov.',
          'Los datos empleados son parciales y están llenos de falsedades, añadió.',
        ),
        'es',
      ),
    ).toEqual([
      ['No es nada creíble', 'russia-mod'],
      ['Los datos empleados son parciales y están llenos de falsedades', 'russia-mod'],
    ]);
    expect(
      read(
        inStory(
          'it',
          'Il portavoce Igor Konashenkov ha parlato ai giornalisti.',
          'I dati utilizzati sono pieni di luoghi comuni, ha aggiunto.',
        ),
        'it',
      ),
    ).toEqual([['I dati utilizzati sono pieni di luoghi comuni', 'russia-mod']]);
    expect(
      read(
        inStory(
          'pt',
          'O general Igor Konashenkov falou à imprensa em Moscou.',
          'As informações da ONG são parciais e cheias de clichês, acrescentou.',
        ),
        'pt',
      ),
    ).toEqual([['As informações da ONG são parciais e cheias de clichês', 'russia-mod']]);
  });

  it('leaves the evaluation to the accuser when the accuser spoke last', () => {
    expect(
      read(
        inStory(
          'es',
          'La directora de Amnistía para Oriente Próximo habló con la prensa.',
          'Las explicaciones de Moscú son poco serias y están llenas de falsedades, añadió.',
        ),
        'es',
      ),
    ).toEqual([]);
  });
});
