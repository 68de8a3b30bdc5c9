import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Where a reported denial's span starts and ends when its verb closes a long German bracket or is
// coordinated with a silence. Every sentence here was written for this test.

const expectSpan = (lang: string, text: string, span: string) =>
  expect(read(inStory(lang, text), lang), text).toEqual([[span, 'russia-mod']]);

describe('a denial coordinated with a silence', () => {
  it('takes the silence offered as the other answer into its span', () => {
    expectSpan(
      'de',
      'Moskau hat solche Vorwürfe entweder dementiert oder dazu geschwiegen.',
      'Moskau hat solche Vorwürfe entweder dementiert oder dazu geschwiegen',
    );
    expectSpan(
      'en',
      'Moscow has either denied such reports or kept silent.',
      'Moscow has either denied such reports or kept silent',
    );
    expectSpan(
      'fr',
      'Moscou a démenti ces informations ou gardé le silence.',
      'Moscou a démenti ces informations ou gardé le silence',
    );
    expectSpan(
      'es',
      'Moscú ha negado esas acusaciones o ha guardado silencio.',
      'Moscú ha negado esas acusaciones o ha guardado silencio',
    );
  });
});

describe('a German verb bracket with a long object', () => {
  it('starts the span at the subject before the auxiliary', () => {
    expectSpan(
      'de',
      'Das Ministerium hat die Berichte der Organisation über getötete Zivilisten in mehreren Provinzen Syriens als haltlos zurückgewiesen.',
      'Das Ministerium hat die Berichte der Organisation über getötete Zivilisten in mehreren Provinzen Syriens als haltlos zurückgewiesen',
    );
  });
});
