import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Reported denials in the syntactic frames real articles put them in: German verb brackets,
// non-confirmation, the official line that only terrorists are struck, and a second predicate
// coordinated with the first. Every sentence here was written for this test.

type Case = [lang: string, text: string, spans: string[], source?: string];

const expectDenials = (cases: Case[]) => {
  for (const [lang, text, spans, source = 'russia-mod'] of cases)
    expect(read(inStory(lang, text), lang), text).toEqual(spans.map((span) => [span, source]));
};
const expectNone = (cases: [lang: string, text: string][]) => {
  for (const [lang, text] of cases) expect(read(inStory(lang, text), lang), text).toEqual([]);
};

describe('denials in their frames', () => {
  it('reads German verb brackets and separable verbs with what they reject', () => {
    expectDenials([
      [
        'de',
        'Das Ministerium in Moskau stritt ab, Streumunition eingesetzt zu haben.',
        ['Das Ministerium in Moskau stritt ab, Streumunition eingesetzt zu haben'],
      ],
      [
        'de',
        'Russland hat bislang jede Verantwortung für zivile Opfer von sich gewiesen.',
        ['Russland hat bislang jede Verantwortung für zivile Opfer von sich gewiesen'],
      ],
      [
        'de',
        'Das Ministerium wies die Vorwürfe am Abend entschieden von der Hand.',
        ['Das Ministerium wies die Vorwürfe am Abend entschieden von der Hand'],
      ],
      [
        'de',
        'Moskau, das seit September Luftangriffe fliegt, hat die Berichte der Organisation als einseitig zurückgewiesen.',
        ['hat die Berichte der Organisation als einseitig zurückgewiesen'],
      ],
    ]);
    // "nicht von der Hand zu weisen" grants the point.
    expectNone([['de', 'Dass es Tote gegeben habe, sei nicht von der Hand zu weisen.']]);
  });

  it('reads a refusal to confirm or acknowledge the charge as a denial', () => {
    expectDenials([
      ['en', 'Moscow does not confirm these reports.', ['Moscow does not confirm these reports']],
      [
        'en',
        'The Russian defence ministry has never acknowledged any civilian death.',
        ['The Russian defence ministry has never acknowledged any civilian death'],
      ],
      [
        'fr',
        'Le Kremlin ne confirme pas ces informations.',
        ['Le Kremlin ne confirme pas ces informations'],
        'russia-kremlin',
      ],
      ['pt', 'Moscou não confirma as acusações.', ['Moscou não confirma as acusações']],
      ['it', 'Mosca non conferma le accuse.', ['Mosca non conferma le accuse']],
      [
        'es',
        'Moscú nunca ha reconocido víctimas civiles.',
        ['Moscú nunca ha reconocido víctimas civiles'],
      ],
      ['de', 'Moskau bestätigte die Angaben nicht.', ['Moskau bestätigte die Angaben nicht']],
      [
        'de',
        'Moskau hat den Tod von Zivilisten nie eingeräumt.',
        ['Moskau hat den Tod von Zivilisten nie eingeräumt'],
      ],
    ]);
  });

  it('leaves silence, confirmations and unconfirmed other matters alone', () => {
    expectNone([
      ['en', 'The defence ministry declined to comment.'],
      ['en', 'There was no reaction yet from Moscow.'],
      ['en', 'The Kremlin has not yet commented on the report.'],
      ['fr', 'Le ministère russe de la Défense n’a pas souhaité commenter.'],
      ['en', 'Russia has not confirmed that it will attend the talks.'],
      ['en', 'Moscow has not confirmed the death of its pilot.'],
      ['en', 'Moscow confirmed the strikes on Idlib.'],
      ['it', 'Il Cremlino, interpellato, non ha voluto commentare.'],
      ['en', 'The United Nations could not confirm the reports.'],
    ]);
  });

  it('reads the official line that only terrorists are struck, in every way it is reported', () => {
    expectDenials([
      [
        'de',
        'Moskau behauptet, nur Stellungen von Terroristen zu bombardieren.',
        ['nur Stellungen von Terroristen zu bombardieren'],
      ],
      [
        'it',
        'Secondo Mosca i raid colpiscono soltanto postazioni jihadiste.',
        ['i raid colpiscono soltanto postazioni jihadiste'],
      ],
    ]);
    // Without a word of exclusivity, the mission is no denial.
    expectNone([['en', 'Russia says its strikes target Islamic State and other militant groups.']]);
  });

  it('ends a claim where a second predicate coordinated with it begins', () => {
    expectDenials([
      [
        'en',
        'Moscow claims it strikes only terrorists and has not acknowledged any civilian death since September.',
        ['it strikes only terrorists', 'has not acknowledged any civilian death since September'],
      ],
      [
        'fr',
        'Moscou affirme ne viser que des terroristes et n’a jamais reconnu la mort de civils.',
        ['Moscou affirme ne viser que des terroristes', 'n’a jamais reconnu la mort de civils'],
      ],
      [
        'es',
        'Moscú asegura que solo ataca a terroristas y no ha reconocido víctimas civiles.',
        ['solo ataca a terroristas', 'no ha reconocido víctimas civiles'],
      ],
      [
        'it',
        'Mosca sostiene di colpire solo terroristi e non ha mai riconosciuto vittime civili.',
        ['Mosca sostiene di colpire solo terroristi', 'non ha mai riconosciuto vittime civili'],
      ],
      [
        'pt',
        'Moscou diz que ataca apenas terroristas e nunca admitiu mortes de civis.',
        ['ataca apenas terroristas', 'nunca admitiu mortes de civis'],
      ],
      [
        'de',
        'Moskau betont, nur Terroristen anzugreifen, und hat zivile Opfer nie eingeräumt.',
        ['nur Terroristen anzugreifen', 'hat zivile Opfer nie eingeräumt'],
      ],
    ]);
  });
});
