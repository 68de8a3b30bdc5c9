import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// The accuser's publication may be titled with the words of the ministry it answers. A quotation
// introduced as that title is no one's words, even right after the ministry has spoken; the same
// words said by the ministry stay a denial. Every sentence here was written for this test.

const REJECTED: Record<string, string> = {
  en: 'The defence ministry in Moscow rejected the findings on Wednesday.',
  es: 'El Ministerio de Defensa de Rusia rechazó el miércoles las conclusiones.',
  fr: 'Le ministère de la Défense russe a rejeté mercredi ces conclusions.',
  it: 'Il ministero russo della Difesa ha respinto mercoledì le conclusioni.',
  pt: 'O Ministério da Defesa russo rejeitou na quarta-feira as conclusões.',
  de: 'Das russische Verteidigungsministerium wies die Ergebnisse am Mittwoch zurück.',
};

const TITLED: [string, string][] = [
  [
    'en',
    'The paper, entitled "We never struck civilian objects: Moscow’s account and the evidence", lists six raids.',
  ],
  [
    'es',
    'El documento, titulado “Nunca hemos atacado objetivos civiles: la versión de Moscú”, describe seis ataques.',
  ],
  [
    'fr',
    'Le document, intitulé « Nous n’avons jamais frappé de cibles civiles », décrit six frappes.',
  ],
  ['it', 'Il documento, intitolato “Non abbiamo mai colpito obiettivi civili”, descrive sei raid.'],
  ['pt', 'O documento, intitulado “Nunca atacamos alvos civis”, descreve seis ataques.'],
  [
    'de',
    'Das Papier mit dem Titel „Wir haben nie zivile Ziele angegriffen“ beschreibt sechs Angriffe.',
  ],
];

describe('a quotation that is the title of the accuser’s publication', () => {
  it.each(TITLED)('is no denial after a word that introduces a title (%s)', (lang, titled) => {
    const denials = read(inStory(lang, REJECTED[lang]!, titled), lang);
    expect(denials).toHaveLength(1);
    expect(REJECTED[lang]).toContain(denials[0]![0]);
  });

  it('leaves what is said of the titled report a denial', () => {
    expect(
      read(
        inStory(
          'es',
          'El ministerio considera que el documento de la ONG, titulado “Las instalaciones civiles siguen en pie: lo que cuenta Moscú de sus bombardeos”, es una falsificación.',
        ),
        'es',
      ),
    ).toEqual([['es una falsificación', 'russia-mod']]);
  });

  it('leaves the same words a denial when the ministry says them', () => {
    expect(
      read(
        inStory(
          'en',
          'The defence ministry said that "no civilian sites were hit" by its aircraft.',
        ),
        'en',
      ),
    ).toEqual([['no civilian sites were hit', 'russia-mod']]);
  });
});
