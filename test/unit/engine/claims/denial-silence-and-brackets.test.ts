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
  it('is the whole bracket from its auxiliary: the rejection and what it rejects', () => {
    // Real coverage marks these brackets whole, never the participle alone.
    expectSpan(
      'de',
      'Das Ministerium hat die Berichte der Organisation über getötete Zivilisten in mehreren Provinzen Syriens als haltlos zurückgewiesen.',
      'hat die Berichte der Organisation über getötete Zivilisten in mehreren Provinzen Syriens als haltlos zurückgewiesen',
    );
    expectSpan(
      'de',
      'Russland hat die Anschuldigungen der Londoner Organisation über getötete Zivilisten durch russische Bombardements in Syrien am Mittwoch entschieden zurückgewiesen.',
      'hat die Anschuldigungen der Londoner Organisation über getötete Zivilisten durch russische Bombardements in Syrien am Mittwoch entschieden zurückgewiesen',
    );
  });

  it('starts at the auxiliary when the bracket is short in characters too', () => {
    expectSpan(
      'de',
      'Moskau hat den Bericht der Organisation über Luftangriffe in Syrien am Freitag zurückgewiesen.',
      'hat den Bericht der Organisation über Luftangriffe in Syrien am Freitag zurückgewiesen',
    );
    expectSpan(
      'de',
      'Das Ministerium hatte die Zahlen von Amnesty zu toten Zivilisten in Homs als erfunden zurückgewiesen.',
      'hatte die Zahlen von Amnesty zu toten Zivilisten in Homs als erfunden zurückgewiesen',
    );
  });

  it('takes the source that opens the bracket as its subject, not one named in its object', () => {
    expectSpan(
      'de',
      'Das russische Verteidigungsministerium hat die Vorwürfe der Menschenrechtsorganisation am Mittwoch zurückgewiesen.',
      'Das russische Verteidigungsministerium hat die Vorwürfe der Menschenrechtsorganisation am Mittwoch zurückgewiesen',
    );
  });

  it('leaves a verb whose object follows it whole, however far its auxiliary', () => {
    expectSpan(
      'it',
      'Il ministero della Difesa russo ha sempre liquidato come «propaganda» le accuse delle ong e anche questa volta continua a negare ogni addebito.',
      'Il ministero della Difesa russo ha sempre liquidato come «propaganda» le accuse delle ong e anche questa volta continua a negare ogni addebito',
    );
  });

  it('keeps a short object in the span with its subject', () => {
    expectSpan(
      'de',
      'Moskau hat die Vorwürfe mit Nachdruck zurückgewiesen.',
      'Moskau hat die Vorwürfe mit Nachdruck zurückgewiesen',
    );
  });
});
