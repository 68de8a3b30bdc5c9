import { describe, expect, it } from 'vitest';
import { denials, inStory } from './helpers';

// Denials told without a verb of denial: the accused act negated with the denier as subject, the
// act's unseen consequence ("if Russia had..., the world would know"), the report not known, the
// charge denied by a pronoun. Every sentence here was written for this test.
const texts = (lang: string, line: string) => denials(inStory(lang, line), lang).map((d) => d.text);

describe('acts said undone', () => {
  it('reads the accused act negated with the denier as subject, in six languages', () => {
    expect(texts('en', 'Moscow has not bombed a single civilian in Syria.')).toEqual([
      'Moscow has not bombed a single civilian in Syria',
    ]);
    expect(texts('fr', 'La Russie n’a jamais visé de cibles civiles à Idlib.')).toEqual([
      'La Russie n’a jamais visé de cibles civiles à Idlib',
    ]);
    expect(texts('es', 'Moscú no emplea bombas de racimo en sus misiones.')).toEqual([
      'Moscú no emplea bombas de racimo en sus misiones',
    ]);
    expect(texts('it', 'La Russia non ha mai colpito scuole od ospedali in Siria.')).toEqual([
      'La Russia non ha mai colpito scuole od ospedali in Siria',
    ]);
    expect(texts('pt', 'A Rússia nunca atacou alvos civis em Alepo.')).toEqual([
      'A Rússia nunca atacou alvos civis em Alepo',
    ]);
    // The German Perfekt closes its clause with the participle.
    expect(texts('de', 'Moskau hat in Idlib keine Zivilisten angegriffen.')).toEqual([
      'Moskau hat in Idlib keine Zivilisten angegriffen',
    ]);
  });

  it('starts at the negation when the subject is far from it', () => {
    expect(
      texts(
        'de',
        'Russland hat seit dem ersten Tag des Einsatzes niemals zivile Ziele bombardiert.',
      ),
    ).toEqual(['niemals zivile Ziele bombardiert']);
  });

  it('leaves the same negation to others, and acts that are not the accused ones', () => {
    expect(texts('en', 'The coalition has never bombed civilian sites in Raqqa.')).toEqual([]);
    expect(texts('fr', 'Damas n’a jamais frappé de cibles civiles.')).toEqual([]);
    // Restricted, not denied: "not only".
    expect(texts('en', 'Russia does not only bomb civilians in Idlib.')).toEqual([]);
    // No act of the charge: warning is not striking.
    expect(texts('en', 'Russia has never warned civilians before a raid.')).toEqual([]);
  });

  it('reads a past unreal condition whose result would show the act, in six languages', () => {
    expect(
      texts('en', 'If Russia had bombed civilians in Syria, the whole world would know it.'),
    ).toEqual(['If Russia had bombed civilians in Syria, the whole world would know it']);
    expect(
      texts('fr', 'Si la Russie avait frappé des civils, le monde entier le saurait.'),
    ).toEqual(['Si la Russie avait frappé des civils, le monde entier le saurait']);
    expect(texts('es', 'Si Rusia hubiera atacado a civiles, todo el planeta lo sabría.')).toEqual([
      'Si Rusia hubiera atacado a civiles, todo el planeta lo sabría',
    ]);
    expect(
      texts('it', 'Se la Russia avesse bombardato civili, tutto il pianeta lo saprebbe.'),
    ).toEqual(['Se la Russia avesse bombardato civili, tutto il pianeta lo saprebbe']);
    expect(
      texts('pt', 'Se a Rússia tivesse atacado alvos civis, o planeta inteiro saberia.'),
    ).toEqual(['Se a Rússia tivesse atacado alvos civis, o planeta inteiro saberia']);
    expect(
      texts('de', 'Hätte Russland Zivilisten bombardiert, wüsste es längst der ganze Planet.'),
    ).toEqual(['Hätte Russland Zivilisten bombardiert, wüsste es längst der ganze Planet']);
  });

  it('leaves conditions that are not unreal, or whose subject is not a denier', () => {
    expect(texts('en', 'If the raids go on, more civilians will be killed.')).toEqual([]);
    expect(
      texts('en', 'If the coalition had bombed civilians in Raqqa, the world would know it.'),
    ).toEqual([]);
  });

  it('reads the report not known, by a verb that carries its negation', () => {
    expect(texts('es', 'El Kremlin desconoce el informe de Amnistía.')).toEqual([
      'El Kremlin desconoce el informe',
    ]);
    expect(texts('de', 'Der Kreml weiß nichts von dem Bericht.')).toEqual([
      'Der Kreml weiß nichts von dem Bericht',
    ]);
    expect(texts('en', 'The Kremlin is unaware of the report.')).toEqual([
      'The Kremlin is unaware of the report',
    ]);
  });

  it('keeps the clitic that stands for the charge after an aside', () => {
    expect(texts('es', 'Moscú, aliado de Damasco desde hace años, lo niega.')).toEqual([
      'lo niega',
    ]);
  });

  it('does not read a verb with a clause of its own as a parenthetical tag', () => {
    expect(
      texts(
        'es',
        'Sobre el informe, Konashénkov afirmó que Rusia no emplea bombas de racimo en Siria, porque no las tiene en su base.',
      ),
    ).toEqual(['Rusia no emplea bombas de racimo en Siria']);
  });
});
