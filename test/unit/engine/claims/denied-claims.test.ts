import { describe, expect, it } from 'vitest';
import { denials } from './helpers';

// Reported clauses that deny by restricting every strike to terrorists, by a nil toll, or by not
// having seen the report; clauses attributed by a relative ("secondo cui"); the accusers' own
// account of Russian denials. Every sentence here was written for this test.
const read = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);
const texts = (text: string, lang: string) => denials(text, lang).map((d) => d.text);

describe('every strike said to hit terrorists', () => {
  it('reads a universal strike claim as an exclusive target, in six languages', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'The ministry said every single strike had hit terrorist positions.',
        'every single strike had hit terrorist positions',
      ],
      [
        'fr',
        'Le porte-parole a affirmé que toutes les frappes russes visaient des cibles terroristes.',
        'toutes les frappes russes visaient des cibles terroristes',
      ],
      [
        'es',
        'El ministerio aseguró que todos sus bombardeos alcanzaron objetivos terroristas.',
        'todos sus bombardeos alcanzaron objetivos terroristas',
      ],
      [
        'it',
        'Il ministero ha assicurato che ogni raid ha colpito obiettivi terroristici.',
        'ogni raid ha colpito obiettivi terroristici',
      ],
      [
        'pt',
        'O ministério garantiu que cada bombardeamento atingiu posições terroristas.',
        'cada bombardeamento atingiu posições terroristas',
      ],
      [
        'de',
        'Das Ministerium erklärte, jeder Luftangriff habe terroristische Stellungen getroffen.',
        'jeder Luftangriff habe terroristische Stellungen getroffen',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'russia-mod']]);
  });

  it('leaves a bare mission statement alone', () => {
    expect(texts('The ministry says it is fighting terrorist groups in Syria.', 'en')).toEqual([]);
    expect(texts('Le ministère affirme combattre les groupes terroristes en Syrie.', 'fr')).toEqual(
      [],
    );
  });
});

describe('a civilian toll said to be nil', () => {
  it('reads "the figure is zero" with a tally noun or civilians, in six languages', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Asked how many civilians had died, the ministry said the toll was zero.',
        'the toll was zero',
      ],
      [
        'fr',
        'Le ministère de la Défense a affirmé que le nombre de victimes civiles était nul.',
        'le nombre de victimes civiles était nul',
      ],
      [
        'es',
        'Según el Ministerio de Defensa, la cifra de civiles muertos es cero.',
        'la cifra de civiles muertos es cero',
      ],
      [
        'it',
        'Secondo il ministero della Difesa, le vittime civili sono zero.',
        'le vittime civili sono zero',
      ],
      [
        'pt',
        'O Ministério da Defesa disse que o número de civis mortos é zero.',
        'o número de civis mortos é zero',
      ],
      [
        'de',
        'Das Verteidigungsministerium erklärte, die Zahl der getöteten Zivilisten sei null.',
        'die Zahl der getöteten Zivilisten sei null',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'russia-mod']]);
  });
});

describe('the report said not to have been seen', () => {
  it('reads the Kremlin as subject, quote marks and a postposed speaker included', () => {
    expect(
      read('The Kremlin has not yet seen the Amnesty report, Peskov told journalists.', 'en'),
    ).toEqual([['The Kremlin has not yet seen the Amnesty report', 'russia-kremlin']]);
    expect(read('Le Kremlin n’a « pas vu » le rapport, a indiqué Dmitri Peskov.', 'fr')).toEqual([
      ['Le Kremlin n’a « pas vu » le rapport', 'russia-kremlin'],
    ]);
    expect(read('O Kremlin não viu o relatório, afirmou Peskov.', 'pt')).toEqual([
      ['O Kremlin não viu o relatório', 'russia-kremlin'],
    ]);
    expect(read('Der Kreml habe den Bericht noch nicht gelesen, sagte Peskow.', 'de')).toEqual([
      ['Der Kreml habe den Bericht noch nicht gelesen', 'russia-kremlin'],
    ]);
  });

  it('reads it in reported speech, cut at the report ("... and referred questions")', () => {
    const it_ =
      'Il portavoce del Cremlino, Dmitri Peskov, ha detto che il Cremlino non ha ancora letto il rapporto e ha rinviato le domande alla Difesa.';
    expect(read(it_, 'it')).toEqual([
      ['il Cremlino non ha ancora letto il rapporto', 'russia-kremlin'],
    ]);
    const es =
      'El portavoz Dmitri Peskov explicó que la Presidencia no había visto el documento y remitió las preguntas a Defensa.';
    expect(read(es, 'es')).toEqual([
      ['la Presidencia no había visto el documento', 'russia-kremlin'],
    ]);
  });

  it('reads the clause after "dice que" as reported, not the Kremlin as its subject', () => {
    expect(read('El Kremlin dice que no ha leído el informe sobre Siria', 'es')).toEqual([
      ['no ha leído el informe', 'russia-kremlin'],
    ]);
  });

  it('does not read the accusers not seeing a reply, or a report that was read', () => {
    expect(texts('Amnesty said it had not seen any Russian reply to its report.', 'en')).toEqual(
      [],
    );
    expect(texts('Peskov said the Kremlin had read the report carefully.', 'en')).toEqual([]);
  });
});

describe('a clause attributed by a relative to a denier', () => {
  it('reads "secondo cui", "selon lequel", "dem zufolge" after the ministry', () => {
    const cases: [string, string, string][] = [
      [
        'it',
        "Dall'altra parte c'è il ministero della Difesa russo, secondo cui ogni bomba è caduta su postazioni di terroristi.",
        'ogni bomba è caduta su postazioni di terroristi',
      ],
      [
        'fr',
        "Dans l'autre camp, le ministère russe de la Défense, selon lequel aucun civil n'a été tué.",
        "aucun civil n'a été tué",
      ],
      [
        'es',
        'Del otro lado, el Ministerio de Defensa ruso, según el cual ningún civil ha muerto.',
        'ningún civil ha muerto',
      ],
      [
        'de',
        'Auf der anderen Seite das Verteidigungsministerium in Moskau, dem zufolge keine Zivilisten getötet wurden.',
        'keine Zivilisten getötet wurden',
      ],
      [
        'en',
        'On the other side stands the Russian defence ministry, according to which its jets hit only terrorists.',
        'its jets hit only terrorists',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'russia-mod']]);
  });

  it('does not credit the accusers’ clause to anyone', () => {
    expect(
      texts(
        'Amnesty, according to which hundreds of civilians died, spoke to witnesses by phone.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('the accusers said to have no means of verifying', () => {
  it('reads singular and "no means to" forms', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Konashenkov said the organisation had no means to verify anything it published.',
        'the organisation had no means to verify anything it published',
      ],
      [
        'fr',
        "Le ministère a affirmé que l'ONG ne pouvait pas vérifier ses informations.",
        "l'ONG ne pouvait pas vérifier ses informations",
      ],
      [
        'es',
        'Konashenkov añadió que la organización no tiene forma de verificar lo que publica.',
        'la organización no tiene forma de verificar lo que publica',
      ],
      [
        'it',
        "Konashenkov ha aggiunto che l'organizzazione non ha i mezzi per verificare ciò che scrive.",
        "l'organizzazione non ha i mezzi per verificare ciò che scrive",
      ],
      [
        'pt',
        'Konashenkov acrescentou que a organização não tem meios de verificar o que publica.',
        'a organização não tem meios de verificar o que publica',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'russia-mod']]);
  });
});

describe('the accusers’ own account of Russian denials', () => {
  // Moscow's denial told by the accusers is still Moscow's answer (FORMAT.md: "or the article's
  // report of it"), as the labellers of real coverage read it.
  it('is Moscow’s denial, relayed', () => {
    expect(
      texts(
        'Amnesty said Russia had denied or ignored every earlier report of civilian deaths.',
        'en',
      ),
    ).toEqual(['Russia had denied or ignored every earlier report of civilian deaths']);
    expect(
      texts('Amnesty rappelle que Moscou a nié ou passé sous silence chaque victime civile.', 'fr'),
    ).toEqual(['Moscou a nié ou passé sous silence chaque victime civile']);
    expect(
      texts('Amnistía recuerda que Moscú ha negado o silenciado cada muerte de civiles.', 'es'),
    ).toEqual(['Moscú ha negado o silenciado cada muerte de civiles']);
  });

  it('still reads a bare denial, and a denial after the accusers’ sentence ends', () => {
    expect(texts('Moskau dementiert oder schweigt.', 'de')).toEqual([
      'Moskau dementiert oder schweigt',
    ]);
    expect(
      texts(
        'Amnesty says Russian strikes killed hundreds of civilians; Moscow dismisses the report.',
        'en',
      ),
    ).toEqual(['Moscow dismisses the report']);
  });

  it('reads a denial in a clause of time or cause after the accusers’ verb as the denier’s', () => {
    expect(
      texts('Amnesty answered sharply after Moscow rejected the findings of its report.', 'en'),
    ).toEqual(['Moscow rejected the findings of its report']);
    expect(
      texts('Amnesty a répliqué après que Moscou a rejeté les conclusions de son rapport.', 'fr'),
    ).toEqual(['Moscou a rejeté les conclusions de son rapport']);
  });
});

describe('a speaker after a comma who has a clause of its own', () => {
  it('does not take the clause before the comma', () => {
    expect(
      read(
        "Syrie : le Kremlin n'a pas lu le rapport, l'armée russe dit ne frapper que des terroristes",
        'fr',
      ),
    ).toEqual([
      ["le Kremlin n'a pas lu le rapport", 'russia-kremlin'],
      ["l'armée russe dit ne frapper que des terroristes", 'russia-mod'],
    ]);
  });
});

describe('a speaker named between commas inside the clause', () => {
  it('reads the clause around the tag, its subject included, in six languages', () => {
    const cases: [string, string][] = [
      ['fr', 'Les avions russes, a assuré le ministère, ne visent que des terroristes.'],
      ['es', 'Los aviones rusos, según dijo Konashenkov, nunca atacaron a civiles.'],
      [
        'it',
        'I jet russi, ha ribattuto il ministero della Difesa, non hanno mai colpito i civili.',
      ],
      [
        'de',
        'Die russischen Jets, erwiderte das Ministerium, hätten niemals Zivilisten angegriffen.',
      ],
      ['pt', 'Os aviões russos, retrucou o ministério, nunca atacaram civis.'],
      ['en', 'Russian pilots, the ministry retorted, never bombed residential areas.'],
    ];
    for (const [lang, text] of cases)
      expect(read(text, lang)).toEqual([[text.slice(0, -1), 'russia-mod']]);
  });

  it('starts after the tag when nothing before it names a subject, and takes the last speaker', () => {
    const text = [
      'Igor Konashenkov said the ministry had studied the text.',
      'There was, he said, nothing new in the report. His jets, we were told, strike only terrorists.',
    ].join('\n');
    expect(read(text, 'en')).toEqual([
      ['nothing new in the report', 'russia-mod'],
      ['His jets, we were told, strike only terrorists', 'russia-mod'],
    ]);
  });
});

describe("the denier's answer before a colon", () => {
  it('reads the answer with the words after the colon, in several languages', () => {
    const cases: [string, string][] = [
      [
        'es',
        'La respuesta del Ministerio de Defensa ruso fue tajante: sus aviones nunca atacaron a civiles.',
      ],
      ['de', 'Die Antwort aus Moskau kam prompt: Zivilisten seien nie angegriffen worden.'],
      ['it', 'La risposta di Mosca: nessun civile è stato colpito.'],
      ['pt', 'A resposta de Moscovo foi imediata: os aviões russos só atacam terroristas.'],
    ];
    for (const [lang, text] of cases)
      expect(read(text, lang)).toEqual([[text.slice(0, -1), 'russia-mod']]);
  });

  it('reads each clause of a listed line, and not an accuser’s answer', () => {
    expect(
      texts(
        'La ligne de Moscou reste la même : ses pilotes ne visent que des terroristes, aucun civil ne serait mort.',
        'fr',
      ),
    ).toEqual([
      'La ligne de Moscou reste la même : ses pilotes ne visent que des terroristes',
      'aucun civil ne serait mort',
    ]);
    expect(
      texts("Amnesty's answer to the ministry was blunt: civilians were killed.", 'en'),
    ).toEqual([]);
  });
});
