import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A Russian speaker answering the accusation by saying its strikes keep to international law.
// Every sentence here was written for this test.

describe('conduct said to keep to international law', () => {
  it('is the denier’s answer, in six languages', () => {
    const cases: [string, string, string, string][] = [
      [
        'en',
        'The Kremlin spokesman insisted that the air force acts in line with international law.',
        'the air force acts in line with international law',
        'russia-kremlin',
      ],
      [
        'fr',
        'Le ministère assure agir conformément au droit international.',
        'agir conformément au droit international',
        'russia-mod',
      ],
      [
        'es',
        'El portavoz del Kremlin aseguró que la campaña se lleva a cabo en plena observancia del derecho internacional.',
        'la campaña se lleva a cabo en plena observancia del derecho internacional',
        'russia-kremlin',
      ],
      [
        'it',
        'Il ministero della Difesa ha ribadito che i raid si svolgono nel pieno rispetto del diritto internazionale.',
        'i raid si svolgono nel pieno rispetto del diritto internazionale',
        'russia-mod',
      ],
      [
        'pt',
        'O Kremlin garantiu que a operação decorre em estrita conformidade com as normas do direito internacional.',
        'a operação decorre em estrita conformidade com as normas do direito internacional',
        'russia-kremlin',
      ],
      [
        'de',
        'Das Verteidigungsministerium versicherte, die Luftwaffe handle im Einklang mit dem Völkerrecht.',
        'die Luftwaffe handle im Einklang mit dem Völkerrecht',
        'russia-mod',
      ],
    ];
    for (const [lang, text, span, source] of cases)
      expect(read(inStory(lang, text), lang), text).toEqual([[span, source]]);
  });

  it('leaves the accuser’s demand and another party’s claim alone', () => {
    const cases: [string, string][] = [
      ['en', 'Amnesty said Russia must act in line with international law.'],
      ['en', 'The Pentagon said the coalition’s raids were in accordance with international law.'],
      ['it', 'Amnesty chiede a Mosca di agire nel rispetto del diritto internazionale.'],
      ['de', 'Amnesty forderte Moskau auf, im Einklang mit dem Völkerrecht zu handeln.'],
    ];
    for (const [lang, text] of cases) expect(read(inStory(lang, text), lang), text).toEqual([]);
  });
});
