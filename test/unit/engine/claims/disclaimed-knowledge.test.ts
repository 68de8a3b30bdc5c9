import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A denier who says it knows nothing of the charge or has not seen the report, one whose words
// are given by a hedge of its own account, and one that keeps to its line: denials without a
// verb of denying. Every sentence here was written for this test.

const texts = (lang: string, ...lines: string[]) => read(inStory(lang, ...lines), lang);

describe('a denier that knows nothing of the charge', () => {
  it('reads a lack of information on the data, the report or the civilian dead, in six languages', () => {
    expect(
      texts(
        'it',
        'Il Cremlino non dispone di informazioni sulla veridicità delle cifre di Amnesty.',
      ),
    ).toEqual([
      ['Il Cremlino non dispone di informazioni sulla veridicità delle cifre', 'russia-kremlin'],
    ]);
    expect(
      texts('es', 'Peskov dijo que el Kremlin no tiene constancia de la validez de esos datos.'),
    ).toEqual([['el Kremlin no tiene constancia de la validez de esos datos', 'russia-kremlin']]);
    expect(
      texts(
        'fr',
        '« Nous n’avons aucune information sur la fiabilité de ce rapport », a dit Peskov.',
      ),
    ).toEqual([
      ['Nous n’avons aucune information sur la fiabilité de ce rapport', 'russia-kremlin'],
    ]);
    expect(
      texts('en', 'The Kremlin has no information about the accuracy of the group’s figures.'),
    ).toEqual([
      [
        'The Kremlin has no information about the accuracy of the group’s figures',
        'russia-kremlin',
      ],
    ]);
    expect(
      texts(
        'pt',
        'Peskov afirmou que o Kremlin não tem informações sobre a veracidade das denúncias.',
      ),
    ).toEqual([
      ['o Kremlin não tem informações sobre a veracidade das denúncias', 'russia-kremlin'],
    ]);
    expect(
      texts(
        'de',
        'Peskow sagte, der Kreml habe keine Erkenntnisse über die Glaubwürdigkeit der Angaben.',
      ),
    ).toEqual([
      ['der Kreml habe keine Erkenntnisse über die Glaubwürdigkeit der Angaben', 'russia-kremlin'],
    ]);
  });

  it('ends the claim with the charge, not with the clause around it', () => {
    const long =
      'Peskov dijo que “Moscú no tiene constancia sobre la validez de las denuncias acerca de la posible muerte de civiles como resultado de los ataques de los aviones rusos en Siria”.';
    expect(texts('es', long)).toEqual([
      ['Moscú no tiene constancia sobre la validez de las denuncias', 'russia-kremlin'],
    ]);
    expect(
      texts(
        'en',
        'Peskov said the Kremlin had no information about the reliability of the data and called the report biased.',
      ),
    ).toEqual([
      ['the Kremlin had no information about the reliability of the data', 'russia-kremlin'],
      ['called the report biased', 'russia-kremlin'],
    ]);
  });

  it('reads the report as a pronoun: "we have not seen it"', () => {
    expect(
      texts('fr', '« Qui l’a reçu ? Nous ne l’avons pas vu », a répondu Dmitri Peskov.'),
    ).toEqual([['Nous ne l’avons pas vu', 'russia-kremlin']]);
    expect(
      texts('en', '“Where did they send it? We have not seen it,” Peskov told reporters.'),
    ).toEqual([['We have not seen it', 'russia-kremlin']]);
  });

  it('reads a lack of information on such incidents as one on the charge, in six languages', () => {
    expect(
      texts(
        'fr',
        'Interrogé sur le rapport, Peskov a répondu que le Kremlin n’a pas d’informations sur de tels incidents.',
      ),
    ).toEqual([['le Kremlin n’a pas d’informations sur de tels incidents', 'russia-kremlin']]);
    expect(
      texts('en', 'Peskov said the Kremlin had no information about any such incidents.'),
    ).toEqual([['the Kremlin had no information about any such incidents', 'russia-kremlin']]);
    expect(
      texts('es', 'Peskov afirmó que no hay información sobre posibles incidentes de ese tipo.'),
    ).toEqual([['no hay información sobre posibles incidentes de ese tipo', 'russia-kremlin']]);
    expect(
      texts('it', 'Peskov ha spiegato che non ci sono informazioni su eventuali incidenti simili.'),
    ).toEqual([['non ci sono informazioni su eventuali incidenti simili', 'russia-kremlin']]);
    expect(texts('pt', 'Peskov declarou que não há informações sobre tais incidentes.')).toEqual([
      ['não há informações sobre tais incidentes', 'russia-kremlin'],
    ]);
    expect(
      texts('de', 'Peskow sagte, es gebe keine Informationen zu solchen möglichen Zwischenfällen.'),
    ).toEqual([
      ['es gebe keine Informationen zu solchen möglichen Zwischenfällen', 'russia-kremlin'],
    ]);
  });

  it('leaves incidents of another matter and the accusers’ lack of information alone', () => {
    expect(
      texts(
        'en',
        'On another matter, Peskov said the Kremlin had no information about incidents involving fans in Marseille.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'fr',
        'Dans un autre dossier, Peskov a dit que le Kremlin n’a pas d’informations sur des incidents à la frontière.',
      ),
    ).toEqual([]);
    expect(
      texts(
        'en',
        'Amnesty researchers said they had no information about such incidents in Raqqa.',
      ),
    ).toEqual([]);
    expect(texts('it', 'Peskov ha detto di non avere informazioni sui casi di doping.')).toEqual(
      [],
    );
  });

  it('leaves other subjects, other matters, other acts and the accusers alone', () => {
    const en = [
      'Peskov said the Kremlin had no information on the date of the next summit.',
      'The Kremlin has not released any data on civilian deaths.',
      'Amnesty said it had no information about the reliability of the ministry’s figures.',
      'Peskov said the defence ministry would study the report.',
      'The figures could not be independently verified.',
      '“We have not seen it coming,” a resident of Idlib said.',
    ];
    expect(texts('en', ...en)).toEqual([]);
    expect(
      texts(
        'fr',
        'Le Kremlin n’a aucune information sur la date du sommet.',
        '« On ne l’a pas vu venir », raconte un voisin.',
      ),
    ).toEqual([]);
  });
});

describe('a denier whose words a hedge of its own account gives', () => {
  it('reads a restriction of the targets hedged as its own, in six languages', () => {
    expect(
      texts('de', 'Moskau bombardiert nach eigener Darstellung nur Stellungen von Terroristen.'),
    ).toEqual([
      ['Moskau bombardiert nach eigener Darstellung nur Stellungen von Terroristen', 'russia-mod'],
    ]);
    expect(texts('en', 'Russia, by its own account, strikes only terrorist targets.')).toEqual([
      ['Russia, by its own account, strikes only terrorist targets', 'russia-mod'],
    ]);
    expect(
      texts('fr', 'La Russie, selon ses propres dires, ne frappe que des cibles terroristes.'),
    ).toEqual([
      ['La Russie, selon ses propres dires, ne frappe que des cibles terroristes', 'russia-mod'],
    ]);
    expect(
      texts('es', 'Rusia ataca, según sus propias palabras, solo objetivos terroristas.'),
    ).toEqual([
      ['Rusia ataca, según sus propias palabras, solo objetivos terroristas', 'russia-mod'],
    ]);
    expect(
      texts(
        'it',
        'Mosca, per sua stessa ammissione, colpisce esclusivamente obiettivi terroristici.',
      ),
    ).toEqual([
      [
        'Mosca, per sua stessa ammissione, colpisce esclusivamente obiettivi terroristici',
        'russia-mod',
      ],
    ]);
    expect(
      texts('pt', 'A Rússia, segundo suas próprias palavras, ataca apenas alvos terroristas.'),
    ).toEqual([
      ['A Rússia, segundo suas próprias palavras, ataca apenas alvos terroristas', 'russia-mod'],
    ]);
  });

  it('leaves the accusers, other parties and what denies nothing alone', () => {
    const en = [
      'Amnesty, by its own account, interviewed only witnesses in Idlib.',
      'By its own account, the Syrian army hit only rebel positions.',
      'Russia, by its own account, has flown 5,000 sorties since September.',
    ];
    expect(texts('en', ...en)).toEqual([]);
  });
});

describe('a denier that keeps to its line', () => {
  it('reads holding to its line or account as a denial, in six languages', () => {
    expect(
      texts('fr', 'La Russie, engagée en Syrie depuis l’automne, s’en tient à sa ligne.'),
    ).toEqual([['s’en tient à sa ligne', 'russia-mod']]);
    expect(texts('en', 'The defence ministry stood by its account.')).toEqual([
      ['The defence ministry stood by its account', 'russia-mod'],
    ]);
    expect(texts('de', 'Moskau bleibt bei seiner Darstellung.')).toEqual([
      ['Moskau bleibt bei seiner Darstellung', 'russia-mod'],
    ]);
    expect(texts('es', 'Moscú se mantiene en su posición.')).toEqual([
      ['Moscú se mantiene en su posición', 'russia-mod'],
    ]);
    expect(texts('it', 'Mosca mantiene la sua linea.')).toEqual([
      ['Mosca mantiene la sua linea', 'russia-mod'],
    ]);
    expect(texts('pt', 'Moscou mantém a sua versão.')).toEqual([
      ['Moscou mantém a sua versão', 'russia-mod'],
    ]);
  });

  it('leaves the accusers and a position on something else alone', () => {
    expect(
      texts(
        'fr',
        'Amnesty maintient sa version des faits.',
        'La Russie maintient sa position sur le gazoduc.',
      ),
    ).toEqual([]);
  });
});
