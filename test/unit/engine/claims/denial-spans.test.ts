import { describe, expect, it } from 'vitest';
import { denials } from './helpers';

// How far a denial's highlight reaches: the rejection with all of what it rejects, once. Every
// sentence here was written for this test.
const read = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);

describe('the extent of a denial', () => {
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
});
