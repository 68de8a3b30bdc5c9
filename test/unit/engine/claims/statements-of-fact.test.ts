import { describe, expect, it } from 'vitest';
import { denials, inStory } from './helpers';

// The ministry's answer told as statements of fact, with no verb of denial and no word of
// evaluation: what it strikes only, what it does not use, what does not exist or stands intact,
// what the accusers cannot check, and its reported speech going on after its speaker is named.
// Every sentence here was written for this test.
const read = (lang: string, ...lines: string[]) =>
  denials(inStory(lang, ...lines), lang).map((d) => [d.text, d.source]);

describe('the ministry’s statements of fact', () => {
  it('reads a fight against terrorism or the caliphate as exclusive targets, in six languages', () => {
    expect(
      read('en', 'Russia says it fights exclusively against international terrorism.'),
    ).toEqual([['it fights exclusively against international terrorism', 'russia-mod']]);
    expect(
      read('fr', 'Moscou assure qu’elle combat uniquement le terrorisme international.'),
    ).toEqual([['elle combat uniquement le terrorisme international', 'russia-mod']]);
    expect(read('de', 'Moskau betonte, es bekämpfe in Syrien nur den Terrorismus.')).toEqual([
      ['es bekämpfe in Syrien nur den Terrorismus', 'russia-mod'],
    ]);
    expect(read('es', 'Moscú sostiene que solo combate al terrorismo en Siria.')).toEqual([
      ['solo combate al terrorismo en Siria', 'russia-mod'],
    ]);
    expect(
      read('it', 'Mosca ribadisce che colpisce esclusivamente le basi del califfato.'),
    ).toEqual([['colpisce esclusivamente le basi del califfato', 'russia-mod']]);
    expect(read('it', 'Mosca ribadisce che combatte soltanto il terrorismo.')).toEqual([
      ['combatte soltanto il terrorismo', 'russia-mod'],
    ]);
    expect(read('pt', 'Moscou afirma que ataca apenas posições do califado.')).toEqual([
      ['ataca apenas posições do califado', 'russia-mod'],
    ]);
  });

  it('leaves exclusive targets that are not Russia’s, and the accusers’ "not only"', () => {
    expect(read('en', 'The US-led coalition says it strikes only Islamic State targets.')).toEqual(
      [],
    );
    expect(
      read('en', 'Syrian activists say Russian jets hit not only the jihadists but also towns.'),
    ).toEqual([]);
  });

  it('reads "non usa bombe a grappolo": the verb is no name of a rival accuser', () => {
    expect(
      read('it', 'Konashenkov ha detto che l’aviazione russa non usa bombe a grappolo.'),
    ).toEqual([['l’aviazione russa non usa bombe a grappolo', 'russia-mod']]);
    expect(read('it', 'Mosca ha respinto le accuse degli Usa.')).toEqual([]);
  });

  it('reads struck places said not to exist or to stand intact, a place named', () => {
    expect(
      read('en', 'Konashenkov said some of the hospitals it supposedly hit do not exist.'),
    ).toEqual([['some of the hospitals it supposedly hit do not exist', 'russia-mod']]);
    expect(read('fr', 'Selon Konachenkov, certains des hôpitaux visés n’existent pas.')).toEqual([
      ['certains des hôpitaux visés n’existent pas', 'russia-mod'],
    ]);
    expect(read('en', 'Konashenkov said the mosque is intact, as drone pictures show.')).toEqual([
      ['the mosque is intact', 'russia-mod'],
    ]);
    expect(read('es', 'Konashenkov afirmó que la mezquita citada sigue en pie.')).toEqual([
      ['la mezquita citada sigue en pie', 'russia-mod'],
    ]);
    // Unharmed, but no struck place: the pilot of another story.
    expect(read('en', 'Konashenkov said the pilot was unharmed.')).toEqual([]);
  });

  it('reads the accusers said to have no way of checking, in six languages', () => {
    expect(read('pt', 'Konashenkov disse que eles não têm como checar essas informações.')).toEqual(
      [['eles não têm como checar essas informações', 'russia-mod']],
    );
    expect(read('de', 'Konaschenkow sagte, sie können das nicht überprüfen.')).toEqual([
      ['sie können das nicht überprüfen', 'russia-mod'],
    ]);
    expect(read('en', 'Konashenkov said the researchers were unable to verify anything.')).toEqual([
      ['the researchers were unable to verify anything', 'russia-mod'],
    ]);
    expect(read('fr', 'Konachenkov a affirmé que l’ONG n’est pas en mesure de vérifier.')).toEqual([
      ['l’ONG n’est pas en mesure de vérifier', 'russia-mod'],
    ]);
    expect(
      read('es', 'Konashenkov dijo que la ONG no está en condiciones de comprobarlo.'),
    ).toEqual([['la ONG no está en condiciones de comprobarlo', 'russia-mod']]);
    expect(read('it', 'Konashenkov ha detto che l’Ong non è in grado di accertarlo.')).toEqual([
      ['l’Ong non è in grado di accertarlo', 'russia-mod'],
    ]);
  });

  it('leaves the accusers’ own inability to check', () => {
    expect(read('en', 'Amnesty said it had no means of checking on the ground.')).toEqual([]);
    expect(read('pt', 'A Anistia reconheceu que não pôde verificar os ataques no local.')).toEqual(
      [],
    );
  });

  it('reads the German Konjunktiv and the conditional of report after the named speaker', () => {
    expect(
      read(
        'de',
        'Konaschenkow sagte, der Bericht enthalte nichts Neues.',
        'Die Luftwaffe setze keine Streumunition ein.',
      ),
    ).toEqual([
      ['der Bericht enthalte nichts Neues', 'russia-mod'],
      ['Die Luftwaffe setze keine Streumunition ein', 'russia-mod'],
    ]);
    expect(
      read(
        'es',
        'Konashenkov dijo que el informe no contiene nada nuevo.',
        'Las fotos demostrarían que la mezquita sigue intacta.',
      ),
    ).toEqual([
      ['el informe no contiene nada nuevo', 'russia-mod'],
      ['Las fotos demostrarían que la mezquita sigue intacta', 'russia-mod'],
    ]);
  });

  it('gives "in his version" to the person who opened the sentence before', () => {
    expect(
      read(
        'es',
        'El portavoz Ígor Konashenkov compareció ante la prensa.',
        'Según su versión, la mezquita citada sigue en pie.',
      ),
    ).toEqual([['la mezquita citada sigue en pie', 'russia-mod']]);
  });
});
