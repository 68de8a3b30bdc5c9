import { describe, expect, it } from 'vitest';
import { denials, inStory } from './helpers';

// How far a denial's highlight reaches: the rejection with all of what it rejects, once. Every
// sentence here was written for this test.
const read = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);

describe('the extent of a denial', () => {
  it('starts with the auxiliary of a compound tense whatever reading found the denial', () => {
    const text = [
      'A Anistia Internacional acusa a Rússia de ter matado centenas de civis na Síria.',
      'O porta-voz Igor Konashenkov tem reiterado não ter conhecimento de mortes de civis na Síria.',
    ].join('\n');
    expect(read(text, 'pt')).toEqual([
      ['tem reiterado não ter conhecimento de mortes de civis na Síria', 'russia-mod'],
    ]);
  });

  it('starts with the auxiliary of a compound tense when the speaker is named before it', () => {
    const cases: [string, string, string][] = [
      [
        'es',
        'El portavoz Igor Konashenkov ha rechazado de nuevo las acusaciones de la ONG.',
        'ha rechazado de nuevo las acusaciones de la ONG',
      ],
      [
        'pt',
        'O porta-voz Igor Konashenkov tem negado sempre as acusações da organização.',
        'tem negado sempre as acusações da organização',
      ],
      [
        'it',
        'Il portavoce Igor Konashenkov ha respinto ancora una volta le accuse della ONG.',
        'ha respinto ancora una volta le accuse della ONG',
      ],
      [
        'en',
        'The spokesman Igor Konashenkov has again rejected the group’s accusations.',
        'has again rejected the group’s accusations',
      ],
    ];
    const accusation: Record<string, string> = {
      es: 'Amnistía Internacional acusa a Rusia de haber matado a cientos de civiles en Siria.',
      pt: 'A Anistia Internacional acusa a Rússia de ter matado centenas de civis na Síria.',
      it: 'Amnesty International accusa la Russia di aver ucciso centinaia di civili in Siria.',
      en: 'Amnesty International accuses Russia of killing hundreds of civilians in Syria.',
    };
    for (const [lang, sentence, claim] of cases)
      expect(read(`${accusation[lang]}\n${sentence}`, lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('reads an object fronted before the verb of denial, not only the verb and its subject', () => {
    const text = [
      'Amnesty International wirft Russland vor, in Syrien Hunderte Zivilisten getötet zu haben.',
      'Auch den Abwurf von Streubomben über Wohnvierteln bestreitet Moskau ausdrücklich.',
    ].join('\n');
    expect(read(text, 'de')).toEqual([
      ['Auch den Abwurf von Streubomben über Wohnvierteln bestreitet Moskau', 'russia-mod'],
    ]);
  });

  it('reads a quoted formula after a colon with the clause that introduces it', () => {
    const text = [
      'A Anistia Internacional acusa a aviação russa de ter matado centenas de civis na Síria.',
      'O Ministério da Defesa russo reagiu ao documento com duas palavras: « pura invenção ».',
    ].join('\n');
    expect(read(text, 'pt')).toEqual([
      ['reagiu ao documento com duas palavras: « pura invenção »', 'russia-mod'],
    ]);
  });

  it('reads on into a relative clause that dismisses, not one that gives the report’s own findings', () => {
    const text = [
      'Amnesty International acusa a la aviación rusa de haber matado a cientos de civiles en Siria.',
      'El Ministerio de Defensa ruso calificó el informe de tendencioso, que solo repite viejas falsedades.',
    ].join('\n');
    expect(read(text, 'es')).toEqual([
      [
        'El Ministerio de Defensa ruso calificó el informe de tendencioso, que solo repite viejas falsedades',
        'russia-mod',
      ],
    ]);
    const reportSays = [
      'Amnesty International says Russian strikes killed at least 200 civilians in Syria.',
      'The ministry dismissed the report, which cited no military targets.',
    ].join('\n');
    expect(read(reportSays, 'en')).toEqual([['The ministry dismissed the report', 'russia-mod']]);
  });

  it('reads a rejection and the label it then gives what it rejects as one claim, from the rejection on', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'The defence ministry on Tuesday rejected the London group’s findings, calling them “sheer fantasy”.',
        'on Tuesday rejected the London group’s findings, calling them “sheer fantasy”',
      ],
      [
        'fr',
        'Mardi soir, l’armée russe a rejeté les conclusions de l’ONG, les qualifiant de « pure invention ».',
        'a rejeté les conclusions de l’ONG, les qualifiant de « pure invention »',
      ],
      [
        'es',
        'El Ministerio de Defensa rechazó el martes las conclusiones de la ONG, calificándolas de «pura fantasía».',
        'rechazó el martes las conclusiones de la ONG, calificándolas de «pura fantasía»',
      ],
      [
        'it',
        'Il ministero della Difesa ha respinto martedì le conclusioni della ong, definendole «pura fantasia».',
        'ha respinto martedì le conclusioni della ong, definendole «pura fantasia»',
      ],
      [
        'pt',
        'O Ministério da Defesa rejeitou na terça-feira as conclusões da ONG, classificando-as de «pura fantasia».',
        'rejeitou na terça-feira as conclusões da ONG, classificando-as de «pura fantasia»',
      ],
      [
        'de',
        'Das Verteidigungsministerium wies am Dienstag die Ergebnisse der Organisation zurück und nannte sie „reine Fantasie“.',
        'wies am Dienstag die Ergebnisse der Organisation zurück und nannte sie „reine Fantasie“',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('reads a rejection, a bracketed short name and the relative that labels what it rejects as one claim', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'The defence ministry on Tuesday rejected the conclusions of Amnesty International (AI), which it termed “sheer fantasy”.',
        'on Tuesday rejected the conclusions of Amnesty International (AI), which it termed “sheer fantasy”',
      ],
      [
        'fr',
        'L’armée russe a rejeté mardi les conclusions d’Amnesty International (AI), qu’elle a qualifiées de « pure invention ».',
        'a rejeté mardi les conclusions d’Amnesty International (AI), qu’elle a qualifiées de « pure invention »',
      ],
      [
        'es',
        'El Ministerio de Defensa rechazó el martes las conclusiones de Amnistía Internacional (AI), que calificó de «pura fantasía».',
        'rechazó el martes las conclusiones de Amnistía Internacional (AI), que calificó de «pura fantasía»',
      ],
      [
        'it',
        'Il ministero della Difesa ha respinto martedì le conclusioni di Amnesty International (AI), che ha definito «pura fantasia».',
        'ha respinto martedì le conclusioni di Amnesty International (AI), che ha definito «pura fantasia»',
      ],
      [
        'pt',
        'O Ministério da Defesa rejeitou na terça-feira as conclusões da Anistia Internacional (AI), que classificou de «pura fantasia».',
        'rejeitou na terça-feira as conclusões da Anistia Internacional (AI), que classificou de «pura fantasia»',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('ends a relative label at a quotation closed by its comma, before the speech tag', () => {
    const text = inStory(
      'en',
      'The ministry dismissed the report, which it called “a heap of inventions,” a spokesman told reporters.',
    );
    expect(read(text, 'en')).toEqual([
      ['dismissed the report, which it called “a heap of inventions,”', 'russia-mod'],
    ]);
  });

  it('reads on through what a label verb labels when the quoted label comes first', () => {
    const cases: [string, string, string][] = [
      [
        'es',
        'El ministerio tachó de «campaña de desinformación» las cifras de la ONG.',
        'El ministerio tachó de «campaña de desinformación» las cifras de la ONG',
      ],
      [
        'fr',
        'Le ministère a qualifié de « campagne de désinformation » les chiffres de l’ONG.',
        'Le ministère a qualifié de « campagne de désinformation » les chiffres de l’ONG',
      ],
      [
        'it',
        'Il ministero ha bollato come «campagna di disinformazione» le cifre della ong.',
        'Il ministero ha bollato come «campagna di disinformazione» le cifre della ong',
      ],
      [
        'pt',
        'O ministério classificou de «campanha de desinformação» os números da ONG.',
        'O ministério classificou de «campanha de desinformação» os números da ONG',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });
});
