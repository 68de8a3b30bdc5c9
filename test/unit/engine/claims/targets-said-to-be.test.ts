import { describe, expect, it } from 'vitest';
import { denials, inStory, readDenials as read } from './helpers';

// "its targets are terrorist groups": a denier naming what its targets are restricts its strikes
// to them as "only" does, with no "only" written. Every sentence here was written for this test.

describe('the denier’s targets said to be terrorists or military sites', () => {
  it('is a denial in the six languages', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Moscow insists its targets are terrorist groups.',
        'its targets are terrorist groups',
      ],
      [
        'fr',
        'Moscou répète que ses cibles sont des installations militaires.',
        'ses cibles sont des installations militaires',
      ],
      [
        'de',
        'Moskau betont, seine Ziele seien terroristische Gruppen.',
        'seine Ziele seien terroristische Gruppen',
      ],
      [
        'it',
        'Mosca ripete che i suoi obiettivi sono gruppi terroristici.',
        'i suoi obiettivi sono gruppi terroristici',
      ],
      [
        'es',
        'Moscú repite que sus objetivos son grupos terroristas.',
        'sus objetivos son grupos terroristas',
      ],
      [
        'pt',
        'Moscou repete que seus alvos são grupos terroristas.',
        'seus alvos são grupos terroristas',
      ],
    ];
    for (const [lang, sentence, text] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[text, 'russia-mod']]);
  });

  it('leaves targets said to be homes by the accuser, and aims that are not targets', () => {
    const traps: [string, string][] = [
      ['en', 'Amnesty said the targets were homes and a market, not terrorist groups.'],
      ['en', 'Moscow says its targets are to end the war within months.'],
    ];
    for (const [lang, trap] of traps) expect(denials(inStory(lang, trap), lang), trap).toEqual([]);
  });
});
