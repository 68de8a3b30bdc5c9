import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// "Amnesty-Sprecher": a spokesman written as one word with the body he speaks for. The hyphen rule
// reads the word as its head noun ("Sprecher", whose default is the defence ministry); the first
// part names whose spokesman it is. Every sentence here was written for this test.

describe('a hyphenated spokesman takes the body its first part names', () => {
  it.each([
    'Die Amnesty-Sprecherin sagte in London, die Einwände Moskaus seien „haltlos und durchsichtig“.',
    'Der Amnesty-Sprecher nannte die Antwort des Ministeriums am Abend „eine Ausflucht ohne Belege“.',
    'Der UN-Sprecher bezeichnete die Antwort Moskaus als „wenig überzeugend“.',
    'Der UNO-Sprecher sagte, die Angaben der Russen seien „nicht glaubwürdig“.',
    'Der Nato-Sprecher nannte die russischen Erklärungen „Propaganda“.',
    'Die US-Sprecherin sagte, Moskaus Version sei „schlicht falsch“.',
  ])('%s', (sentence) => {
    expect(read(inStory('de', sentence), 'de')).toEqual([]);
  });

  it('leaves the defence ministry its own spokesman written the same way', () => {
    expect(
      read(inStory('de', 'Der Armee-Sprecher nannte den Bericht am Mittwoch „haltlos“.'), 'de'),
    ).toEqual([['Der Armee-Sprecher nannte den Bericht am Mittwoch „haltlos“', 'russia-mod']]);
  });
});
