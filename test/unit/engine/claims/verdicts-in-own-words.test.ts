import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// The ministry's judgement of the report in its own words: a quotation whose speaker is named in
// the caption paragraph before it, a rejection in the first person, a headline's verdict with its
// speaker after it. The same words from the accuser are no denial. Every sentence here was written
// for this test.

describe('a caption that ends on a colon, its quotation in the next paragraph', () => {
  it('gives the quotation to the speaker the caption names', () => {
    expect(
      read(
        inStory(
          'es',
          'Declaraciones del general Igor Konashenkov, vocero del Ministerio de Defensa ruso:',
          '“Hemos leído ese texto. El informe presenta datos falsos, nada más.”',
        ),
        'es',
      ),
    ).toEqual([['El informe presenta datos falsos, nada más', 'russia-mod']]);
    expect(
      read(
        inStory(
          'en',
          'Major-General Igor Konashenkov, the defence ministry spokesman:',
          '"We looked at the paper. The report rests on mere guesses."',
        ),
        'en',
      ),
    ).toEqual([['The report rests on mere guesses', 'russia-mod']]);
  });

  it('gives nothing to a denier when the caption names the accuser', () => {
    expect(
      read(
        inStory(
          'fr',
          'La directrice d’Amnesty International pour le Moyen-Orient :',
          '« Le ministère dit que notre rapport est faux. Nous avons des preuves. »',
        ),
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a rejection in the first person inside a quotation', () => {
  it('reads the spokesman’s “we reject” as a denial', () => {
    expect(
      read(
        inStory(
          'es',
          'Konashenkov se refirió al bombardeo de una mezquita, cargos que “rechazamos de plano”.',
        ),
        'es',
      ),
    ).toEqual([['“rechazamos de plano”', 'russia-mod']]);
    expect(
      read(
        inStory('en', 'Konashenkov told reporters: "We categorically reject these charges."'),
        'en',
      ),
    ).toEqual([['We categorically reject these charges', 'russia-mod']]);
    expect(
      read(
        inStory('de', '„Diese Anschuldigungen weisen wir scharf zurück“, sagte Konaschenkow.'),
        'de',
      ),
    ).toEqual([['Diese Anschuldigungen weisen wir scharf zurück', 'russia-mod']]);
  });

  it('gives the quotation to who makes a demand, not to whom it is made', () => {
    expect(
      read(
        inStory(
          'es',
          'Konashenkov pidió a la organización que nombre sus fuentes, cargos que “rechazamos de manera rotunda”.',
        ),
        'es',
      ),
    ).toEqual([
      ['pidió a la organización que nombre sus fuentes', 'russia-mod'],
      ['rechazamos de manera rotunda', 'russia-mod'],
    ]);
    expect(
      read(
        inStory(
          'en',
          'Amnesty called on Moscow to open its records, and said that "we reject the denials".',
        ),
        'en',
      ),
    ).toEqual([]);
  });

  it('does not read the accuser’s own “we reject” as a denial', () => {
    expect(
      read(
        inStory('en', '"We reject the idea that our researchers were biased," Amnesty said.'),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'it',
          '«Respingiamo le smentite di Mosca», ha dichiarato la portavoce di Amnesty International.',
        ),
        'it',
      ),
    ).toEqual([]);
  });
});

describe('a headline’s verdict with its speaker after it', () => {
  it('reads the verdict and its attribution as one denial', () => {
    expect(
      read('Des centaines de civils tués en Syrie ? Mensonges, selon Moscou\nTexte.', 'fr'),
    ).toEqual([['Mensonges, selon Moscou', 'russia-mod']]);
    expect(read('Civilians killed by Russian jets in Syria? False, says Moscow', 'en')).toEqual([
      ['False, says Moscow', 'russia-mod'],
    ]);
    expect(read('¿Cientos de civiles muertos en Siria? Falso, según el Kremlin', 'es')).toEqual([
      ['Falso, según el Kremlin', 'russia-kremlin'],
    ]);
  });

  it('does not read a verdict credited to the accuser', () => {
    expect(read('Moscow hit only terrorists in Syria? False, says Amnesty', 'en')).toEqual([]);
    expect(
      read('La Russie ne vise que des terroristes en Syrie ? Faux selon Amnesty', 'fr'),
    ).toEqual([]);
  });
});
