import { describe, expect, it } from 'vitest';
import { claimsIn } from './helpers';

// A page whose headline names Moscow's answer, then a speaker the story's names do not resolve: an
// official by a title alone ("the envoy", "le diplomate") or by a surname the story does not list.
// That speaker is the page's denier: the body the lead names answering. Anyone the engine resolves
// keeps the floor, and so does an unknown name first seen beside another party. Every sentence
// here was written for this test.

const read = (lang: string, ...lines: string[]) =>
  claimsIn(lines.join('\n'), lang)
    .filter((c) => c.kind === 'denial')
    .map((c) => [c.text, c.source]);

type Case = [lang: string, lines: string[], denials: string[][]];

const HEADLINE: Record<string, [string, string]> = {
  en: [
    'Moscow rejects Amnesty report on civilian deaths in Syria',
    'Amnesty International said air strikes by Russia killed at least 200 civilians in Syria.',
  ],
  fr: [
    'Moscou dément le rapport d’Amnesty sur les frappes en Syrie',
    'Selon Amnesty International, au moins 200 civils syriens ont péri sous les frappes russes.',
  ],
  de: [
    'Moskau weist Amnesty-Bericht über Luftangriffe in Syrien zurück',
    'Amnesty International wirft der russischen Luftwaffe vor, in Syrien mindestens 200 Zivilisten getötet zu haben.',
  ],
  es: [
    'Moscú rechaza el informe de Amnistía sobre los bombardeos en Siria',
    'Amnistía Internacional afirma que los bombardeos rusos mataron al menos a 200 civiles en Siria.',
  ],
  it: [
    'Mosca respinge il rapporto di Amnesty sui raid in Siria',
    'Amnesty International afferma che i raid russi hanno ucciso almeno 200 civili in Siria.',
  ],
  pt: [
    'Moscou rejeita relatório da Anistia sobre ataques na Síria',
    'A Anistia Internacional afirma que os ataques russos mataram pelo menos 200 civis na Síria.',
  ],
};
const headlineDenial: Record<string, string> = {
  en: 'Moscow rejects Amnesty report on civilian deaths in Syria',
  fr: 'Moscou dément le rapport d’Amnesty',
  de: 'Moskau weist Amnesty-Bericht über Luftangriffe in Syrien zurück',
  es: 'Moscú rechaza el informe de Amnistía',
  it: 'Mosca respinge il rapporto di Amnesty',
  pt: 'Moscou rejeita relatório da Anistia',
};

describe('an official named by a title alone, on a page whose headline names Moscow’s answer', () => {
  it.each<[string, string, string]>([
    [
      'en',
      '“The document is a fabrication from start to finish,” the envoy said in Geneva.',
      'The document is a fabrication from start to finish',
    ],
    [
      'fr',
      '« Ce document est une pure invention », a déclaré le diplomate à Genève.',
      'Ce document est une pure invention',
    ],
    [
      'de',
      '„Dieser Bericht ist eine reine Erfindung“, sagte der Gesandte in Genf.',
      'Dieser Bericht ist eine reine Erfindung',
    ],
    [
      'es',
      '“Este documento es una pura invención”, dijo el diplomático en Ginebra.',
      'Este documento es una pura invención',
    ],
    [
      'it',
      '«Questo documento è una pura invenzione», ha detto il diplomatico a Ginevra.',
      'Questo documento è una pura invenzione',
    ],
    [
      'pt',
      '“Este documento é uma pura invenção”, disse o diplomata em Genebra.',
      'Este documento é uma pura invenção',
    ],
  ])('%s', (lang, line, denial) => {
    expect(read(lang, ...HEADLINE[lang]!, line)).toEqual([
      [headlineDenial[lang], 'russia-mod'],
      [denial, 'russia-mod'],
    ]);
  });

  it('is none of the story’s sources when the headline does not name Moscow’s answer', () => {
    const lines = ['Amnesty report on civilian deaths in Syria', HEADLINE.en![1]];
    expect(
      read(
        'en',
        ...lines,
        '“The document is a fabrication from start to finish,” the envoy said in Geneva.',
      ),
    ).toEqual([]);
  });
});

describe('a surname the story does not list', () => {
  it.each<Case>([
    [
      'en',
      [
        'Russian Foreign Ministry dismisses Amnesty findings on Syria',
        HEADLINE.en![1],
        '“The document is a fabrication from start to finish,” said Dolgikh.',
      ],
      [
        ['Russian Foreign Ministry dismisses Amnesty findings on Syria', 'russia-mfa'],
        ['The document is a fabrication from start to finish', 'russia-mfa'],
      ],
    ],
    [
      'de',
      [
        'Russisches Außenministerium weist Amnesty-Bericht zurück',
        HEADLINE.de![1],
        '„Dieser Bericht ist eine reine Erfindung“, sagte Dolgich.',
      ],
      [
        ['Russisches Außenministerium weist Amnesty-Bericht zurück', 'russia-mfa'],
        ['Dieser Bericht ist eine reine Erfindung', 'russia-mfa'],
      ],
    ],
    // Traps: a researcher first named beside Amnesty, a reporter.
    [
      'en',
      [
        ...HEADLINE.en!,
        'Jane Holloway, a researcher at Amnesty International, spoke to witnesses by phone.',
        '“The denials are baseless,” Holloway said.',
        'A local reporter said: “the denials are baseless”.',
      ],
      [[headlineDenial.en!, 'russia-mod']],
    ],
    [
      'fr',
      [
        ...HEADLINE.fr!,
        'Anne Rivière, chercheuse d’Amnesty International, a joint des témoins par téléphone.',
        '« Ces démentis sont sans fondement », a affirmé Rivière.',
      ],
      [[headlineDenial.fr!, 'russia-mod']],
    ],
    [
      'de',
      [
        ...HEADLINE.de!,
        'Die Amnesty-Forscherin Lena Hartmann hat mit Überlebenden gesprochen.',
        '„Die Dementis sind haltlos“, sagte Hartmann.',
      ],
      [[headlineDenial.de!, 'russia-mod']],
    ],
  ])('%s: %j', (lang, lines, expected) => {
    expect(read(lang, ...lines)).toEqual(expected);
  });
});

describe('other speakers the story does not know', () => {
  it.each<Case>([
    [
      'fr',
      [
        ...HEADLINE.fr!,
        'Un journaliste sur place a déclaré : « ces démentis sont sans fondement ».',
      ],
      [[headlineDenial.fr!, 'russia-mod']],
    ],
    [
      'es',
      [...HEADLINE.es!, 'Un vecino de Ariha dijo: “esos desmentidos son infundados”.'],
      [[headlineDenial.es!, 'russia-mod']],
    ],
    [
      'it',
      [...HEADLINE.it!, '«Le smentite sono infondate», riferisce la Bbc.'],
      [[headlineDenial.it!, 'russia-mod']],
    ],
  ])('%s: %j', (lang, lines, expected) => {
    expect(read(lang, ...lines)).toEqual(expected);
  });
});

describe('a speaker set off by dashes inside a quotation', () => {
  it('is the page’s denier when a title names them', () => {
    const quote =
      '“The paper is false from start to finish, – the diplomat said. – Its conclusions are baseless”.';
    const found = read('en', ...HEADLINE.en!, quote);
    // Where the quotation's claim ends is the span rules' business; who makes it is this rule's.
    expect(found.map(([, source]) => source)).toEqual(['russia-mod', 'russia-mod']);
    expect(found[1]![0]).toMatch(/^The paper is false from start to finish/);
  });
});
