import { describe, expect, it } from 'vitest';
import { denials, inStory, readDenials as read } from './helpers';

// Sentences that look like Russian denials and are not: the report's own wording quoted inside the
// denier's quotation, and the accuser telling what Russia denied. Every sentence here was written
// for this test.

describe('the report’s wording quoted inside the denier’s quotation', () => {
  it('keeps the dismissing clauses of a long quotation, not the one that lists the report’s words', () => {
    const cases: [string, string, string[]][] = [
      [
        'it',
        'Il portavoce della Difesa russa, Igor Konashenkov, ha dichiarato: “Di nuovo niente di concreto, solo luoghi comuni e notizie false. Il rapporto contiene espressioni come “i presunti raid russi” o “le possibili violazioni del diritto”. Sono tutte affermazioni prive di prove”.',
        [
          'Di nuovo niente di concreto, solo luoghi comuni e notizie false',
          'Sono tutte affermazioni prive di prove',
        ],
      ],
      [
        'es',
        'El portavoz de Defensa ruso, Igor Konashenkov, declaró: “Otra vez nada concreto, solo clichés. El informe usa expresiones como ‘supuestos ataques rusos’ o ‘posibles violaciones’, sin ninguna prueba”.',
        ['Otra vez nada concreto, solo clichés', 'sin ninguna prueba'],
      ],
      [
        'en',
        'Konashenkov said: “Again nothing concrete, only clichés. The report keeps using expressions such as ‘alleged Russian strikes’ or ‘possible violations’. All of it without proof.”',
        ['Again nothing concrete, only clichés', 'All of it without proof'],
      ],
    ];
    for (const [lang, text, expected] of cases)
      expect(denials(inStory(lang, text), lang).map((d) => d.text)).toEqual(expected);
  });

  it('leaves a quotation whose only hedges are the report’s, quoted as examples', () => {
    const cases: [string, string][] = [
      [
        'it',
        '«Nel testo ci sono espressioni come "presunti raid russi" e "possibili violazioni"», ha detto Konashenkov.',
      ],
      [
        'es',
        '«El documento emplea fórmulas del tipo "supuestos bombardeos" o "posibles violaciones"», dijo Konashénkov.',
      ],
      [
        'pt',
        "\"O texto recorre a expressões como 'alegados ataques' e 'possíveis violações'\", disse Konashenkov.",
      ],
      [
        'de',
        '„Der Text benutzt Wendungen wie ‚mutmaßliche Luftangriffe‘ oder ‚mögliche Verstöße‘“, sagte Konaschenkow.',
      ],
    ];
    for (const [lang, sentence] of cases) expect(read(inStory(lang, sentence), lang)).toEqual([]);
  });

  it('still reads what the denier says of them around the examples', () => {
    const found = read(
      inStory(
        'it',
        '«Il rapporto usa espressioni come "presunti raid": sono solo falsità», ha detto Konashenkov.',
      ),
      'it',
    );
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toContain('sono solo falsità');
  });
});

describe('the accuser telling what Russia denied', () => {
  // The article's report of a Russian denial is a denial (FORMAT.md), whoever relays it: the
  // labellers of real coverage read "according to the report, Moscow denied…" as Moscow's answer.
  it('reads a denial reported under the accuser’s attribution or verb of saying as Russia’s', () => {
    const cases: [string, string, string][] = [
      [
        'es',
        'Según el informe, las autoridades rusas negaron o silenciaron las muertes de civiles.',
        'las autoridades rusas negaron o silenciaron las muertes de civiles',
      ],
      [
        'pt',
        'De acordo com a Anistia, o governo russo negou ou se calou sobre as mortes de civis.',
        'o governo russo negou ou se calou sobre as mortes de civis',
      ],
      [
        'de',
        'Nach Darstellung von Amnesty hat das russische Militär zivile Opfer geleugnet.',
        'hat das russische Militär zivile Opfer geleugnet',
      ],
      [
        'en',
        'The report says the Russian government denied or kept silent about civilian deaths.',
        'the Russian government denied or kept silent about civilian deaths',
      ],
    ];
    for (const [lang, sentence, span] of cases)
      expect(read(inStory(lang, sentence), lang), sentence).toEqual([[span, 'russia-mod']]);
  });

  it('leaves what the accuser says of Moscow without a rejection, and its rebuttal of the denial', () => {
    const cases: [string, string][] = [
      ['en', 'Amnesty said Moscow had given no evidence that its strikes hit only fighters.'],
      ['en', 'Amnesty said Russia had not answered its questions about the six strikes.'],
      ['en', 'Amnesty said Russia must investigate the strikes on the market.'],
      ['en', 'Amnesty said the Russian denials did not stand up to the satellite images.'],
      [
        'fr',
        'Selon Amnesty, Moscou n’a fourni aucune preuve que ses frappes visaient des combattants.',
      ],
      ['fr', 'Selon Amnesty, les démentis russes ne résistent pas aux images satellites.'],
      ['es', 'Según Amnistía, Moscú no ha respondido a sus preguntas sobre los ataques.'],
      ['es', 'Amnistía afirma que Rusia debe investigar los ataques contra el mercado.'],
      // Syria's denials are not Russia's.
      ['en', 'Amnesty said the Syrian government had denied dropping barrel bombs.'],
      ['es', 'Según Amnistía, el gobierno sirio negó haber lanzado barriles explosivos.'],
    ];
    for (const [lang, sentence] of cases)
      expect(read(inStory(lang, sentence), lang), sentence).toEqual([]);
  });

  it('keeps Russia’s rejection of the report when the accuser relays it', () => {
    const found = read(
      inStory('it', 'Secondo Amnesty, Mosca ha respinto le conclusioni del rapporto.'),
      'it',
    );
    expect(found.map(([text]) => text)).toContain('Mosca ha respinto le conclusioni del rapporto');
  });

  it('keeps a denial whose verb of saying is the denier’s, after the accuser is named', () => {
    const found = read(
      inStory('es', 'Moscú rechaza el informe de la ONG y dice que solo bombardea a terroristas.'),
      'es',
    );
    expect(found.map(([text]) => text)).toContain('solo bombardea a terroristas');
  });

  it('keeps a denial that follows the accuser’s words in a clause of its own', () => {
    expect(
      read(
        inStory('es', 'Según Amnistía murieron cientos de civiles, algo que Moscú niega.'),
        'es',
      ),
    ).toEqual([['Moscú niega', 'russia-mod']]);
    expect(
      read(
        inStory('en', 'Amnesty said hundreds of civilians died; Moscow rejected the report.'),
        'en',
      ),
    ).toEqual([['Moscow rejected the report', 'russia-mod']]);
    expect(
      read(inStory('fr', 'Des centaines de civils tués, selon Amnesty ; Moscou dément.'), 'fr'),
    ).toEqual([['Moscou dément', 'russia-mod']]);
  });
});
