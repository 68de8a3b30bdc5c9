import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// What deniers call the report when they say it departs from reality, deceives or is nonsense,
// and say it holds nothing that can be called evidence. Every sentence here was written for this
// test.

describe('a report said to depart from reality', () => {
  it('reads "does not correspond to reality" and its kin in each language', () => {
    expect(
      read(inStory('en', 'The ministry said the allegations do not correspond to reality.'), 'en'),
    ).toEqual([['the allegations do not correspond to reality', 'russia-mod']]);
    expect(
      read(
        inStory(
          'fr',
          'Le ministère russe a déclaré que les accusations d’Amnesty ne correspondent en rien à la réalité.',
        ),
        'fr',
      ),
    ).toEqual([['les accusations d’Amnesty ne correspondent en rien à la réalité', 'russia-mod']]);
    expect(
      read(
        inStory('es', 'El ministerio ruso aseguró que el documento no se ajusta a la realidad.'),
        'es',
      ),
    ).toEqual([['el documento no se ajusta a la realidad', 'russia-mod']]);
    expect(
      read(inStory('it', 'Secondo Mosca, il rapporto non corrisponde alla realtà.'), 'it'),
    ).toEqual([['il rapporto non corrisponde alla realtà', 'russia-mod']]);
    expect(
      read(
        inStory(
          'pt',
          'O Ministério da Defesa russo afirmou que as acusações não condizem com a realidade.',
        ),
        'pt',
      ),
    ).toEqual([['as acusações não condizem com a realidade', 'russia-mod']]);
    expect(
      read(
        inStory('de', 'Der Bericht entspreche nicht den Tatsachen, erklärte Konaschenkow.'),
        'de',
      ),
    ).toEqual([['Der Bericht entspreche nicht den Tatsachen', 'russia-mod']]);
  });

  it('reads "has nothing to do with reality"', () => {
    expect(
      read(inStory('en', 'Konashenkov said the claims had nothing to do with reality.'), 'en'),
    ).toEqual([['the claims had nothing to do with reality', 'russia-mod']]);
    expect(
      read(
        inStory(
          'it',
          'Il ministero russo ha detto che le accuse non hanno nulla a che vedere con la realtà.',
        ),
        'it',
      ),
    ).toEqual([['le accuse non hanno nulla a che vedere con la realtà', 'russia-mod']]);
    expect(
      read(
        inStory('de', 'Die Vorwürfe haben nichts mit der Realität zu tun, sagte Konaschenkow.'),
        'de',
      ),
    ).toEqual([['Die Vorwürfe haben nichts mit der Realität zu tun', 'russia-mod']]);
  });

  it('reads adjectives of inaccuracy and error', () => {
    expect(
      read(
        inStory(
          'en',
          'The Russian defence ministry said the report was inaccurate and full of errors.',
        ),
        'en',
      ),
    ).toEqual([['the report was inaccurate and full of errors', 'russia-mod']]);
    expect(
      read(inStory('fr', 'Selon Moscou, les chiffres d’Amnesty sont inexacts.'), 'fr'),
    ).toEqual([['les chiffres d’Amnesty sont inexacts', 'russia-mod']]);
    expect(
      read(
        inStory(
          'es',
          'El portavoz Ígor Konashénkov afirmó que los datos del informe son erróneos.',
        ),
        'es',
      ),
    ).toEqual([['los datos del informe son erróneos', 'russia-mod']]);
    expect(
      read(inStory('de', 'Die Angaben seien unzutreffend, sagte Konaschenkow.'), 'de'),
    ).toEqual([['Die Angaben seien unzutreffend', 'russia-mod']]);
  });

  it('leaves the same words in the accuser’s mouth', () => {
    expect(
      read(inStory('en', 'Amnesty said Russia’s claims do not correspond to reality.'), 'en'),
    ).toEqual([]);
    expect(
      read(inStory('en', 'Amnesty said the ministry’s statements were inaccurate.'), 'en'),
    ).toEqual([]);
  });
});

describe('nonsense, manipulation and deceit', () => {
  it('reads adjectives of deceit said of the report', () => {
    expect(
      read(inStory('en', 'The Russian defence ministry said the report was deceptive.'), 'en'),
    ).toEqual([['the report was deceptive', 'russia-mod']]);
    expect(read(inStory('fr', 'Selon Moscou, le rapport est trompeur.'), 'fr')).toEqual([
      ['le rapport est trompeur', 'russia-mod'],
    ]);
    expect(read(inStory('es', 'Según Moscú, el informe es engañoso.'), 'es')).toEqual([
      ['el informe es engañoso', 'russia-mod'],
    ]);
    expect(read(inStory('it', 'Secondo Mosca, il rapporto è ingannevole.'), 'it')).toEqual([
      ['il rapporto è ingannevole', 'russia-mod'],
    ]);
    expect(
      read(inStory('de', 'Der Bericht sei irreführend, erklärte Konaschenkow.'), 'de'),
    ).toEqual([['Der Bericht sei irreführend', 'russia-mod']]);
  });

  it('reads nouns of nonsense and manipulation after a verb that labels', () => {
    expect(read(inStory('es', 'Konashénkov calificó el informe de disparate.'), 'es')).toEqual([
      ['calificó el informe de disparate', 'russia-mod'],
    ]);
    expect(
      read(inStory('it', 'Konashenkov ha definito il rapporto una sciocchezza.'), 'it'),
    ).toEqual([['ha definito il rapporto una sciocchezza', 'russia-mod']]);
    expect(
      read(inStory('it', 'Il ministero della Difesa russo ha parlato di manipolazioni.'), 'it'),
    ).toEqual([['Il ministero della Difesa russo ha parlato di manipolazioni', 'russia-mod']]);
    expect(read(inStory('fr', 'Konachenkov a qualifié le rapport d’absurdité.'), 'fr')).toEqual([
      ['a qualifié le rapport d’absurdité', 'russia-mod'],
    ]);
  });

  it('reads the Russian word for a newspaper hoax rendered word for word', () => {
    expect(
      read(inStory('en', 'Konashenkov said the report was another "duck" from Amnesty.'), 'en'),
    ).toEqual([['the report was another "duck" from Amnesty', 'russia-mod']]);
    expect(read(inStory('fr', 'Le ministère russe a parlé d’un nouveau canard.'), 'fr')).toEqual([
      ['Le ministère russe a parlé d’un nouveau canard', 'russia-mod'],
    ]);
  });

  it('reads stock phrases', () => {
    expect(
      read(inStory('es', 'Konashénkov dijo que el informe está lleno de frases hechas.'), 'es'),
    ).toEqual([['el informe está lleno de frases hechas', 'russia-mod']]);
    expect(
      read(inStory('it', 'Konashenkov ha detto che il rapporto è pieno di frasi fatte.'), 'it'),
    ).toEqual([['il rapporto è pieno di frasi fatte', 'russia-mod']]);
  });

  it('leaves deceit that the accuser or the journalist sees', () => {
    expect(
      read(
        inStory('en', 'Amnesty said the ministry’s account of the strikes was misleading.'),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory('de', 'Amnesty nannte im Gegenzug die russischen Darstellungen irreführend.'),
        'de',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'es',
          'La organización, por su parte, considera engañosas las cifras oficiales rusas.',
        ),
        'es',
      ),
    ).toEqual([]);
  });
});

describe('what cannot be called evidence', () => {
  it('reads a phrase of lack whose "como" would otherwise end the clause', () => {
    expect(
      read(
        inStory(
          'es',
          'El ministerio ruso dijo que esos datos no se pueden calificar como datos reales.',
        ),
        'es',
      ),
    ).toEqual([['esos datos no se pueden calificar como datos reales', 'russia-mod']]);
  });

  it('reads the French phrase without "pas"', () => {
    expect(
      read(
        inStory(
          'fr',
          'Le ministère russe a affirmé que ces éléments ne peuvent être qualifiés de données réelles.',
        ),
        'fr',
      ),
    ).toEqual([['ces éléments ne peuvent être qualifiés de données réelles', 'russia-mod']]);
  });
});

describe('a politicised approach criticised', () => {
  it('reads a verb of criticism with a politicised object', () => {
    expect(
      read(inStory('es', 'Konashénkov criticó el enfoque politizado de Amnistía.'), 'es'),
    ).toEqual([['criticó el enfoque politizado de Amnistía', 'russia-mod']]);
    expect(
      read(inStory('it', 'Konashenkov ha criticato l’approccio politicizzato di Amnesty.'), 'it'),
    ).toEqual([['ha criticato l’approccio politicizzato di Amnesty', 'russia-mod']]);
  });

  it('leaves a provocation that is a military act', () => {
    expect(
      read(
        inStory('es', 'Moscú calificó de provocación el derribo de su bombardero por Turquía.'),
        'es',
      ),
    ).toEqual([]);
  });
});

describe('a dismissive word in the name of a thing', () => {
  it('leaves fake accounts, profiles and passports the denier speaks of', () => {
    expect(
      read(
        inStory(
          'en',
          'In a separate statement, the ministry said it had shut down several fake accounts posing as its press service.',
        ),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(inStory('es', 'El ministerio ruso dijo que había cerrado varias cuentas falsas.'), 'es'),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'de',
          'Das Ministerium erklärte, es habe mehrere gefälschte Konten sperren lassen.',
        ),
        'de',
      ),
    ).toEqual([]);
  });

  it('still reads the word where it judges the report', () => {
    expect(
      read(
        inStory('en', 'The ministry said the report was fake and relied on fake accounts.'),
        'en',
      ),
    ).toEqual([['the report was fake and relied on fake accounts', 'russia-mod']]);
  });
});

describe('a report said to be politically motivated', () => {
  it('reads political motives said of the report', () => {
    expect(read(inStory('fr', 'Selon Moscou, le rapport est politiquement motivé.'), 'fr')).toEqual(
      [['le rapport est politiquement motivé', 'russia-mod']],
    );
    expect(
      read(inStory('es', 'Según Moscú, el informe tiene motivaciones políticas.'), 'es'),
    ).toEqual([['el informe tiene motivaciones políticas', 'russia-mod']]);
    expect(
      read(inStory('it', 'Secondo Mosca, il rapporto è politicamente motivato.'), 'it'),
    ).toEqual([['il rapporto è politicamente motivato', 'russia-mod']]);
    expect(
      read(inStory('pt', 'Segundo Moscou, o relatório tem motivação política.'), 'pt'),
    ).toEqual([['o relatório tem motivação política', 'russia-mod']]);
    expect(
      read(inStory('en', 'The ministry said the report was politically driven.'), 'en'),
    ).toEqual([['the report was politically driven', 'russia-mod']]);
  });

  it('leaves political reasons for something else', () => {
    expect(
      read(
        inStory('en', 'Peskov said the Geneva talks had been delayed for political reasons.'),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'de',
          'Peskow sagte, das Treffen in Genf sei aus politischen Gründen verschoben worden.',
        ),
        'de',
      ),
    ).toEqual([]);
  });
});
