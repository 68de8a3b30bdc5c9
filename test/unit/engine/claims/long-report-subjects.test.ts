import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// "[A report by X that said Y] is biased, the ministry said": what a denier says the report is,
// when a relative clause or an aside stands between the report and its verb. The claim is the
// predicate, not the report's long subject. Every sentence here was written for this test.

describe('a report with a relative clause or an aside before its predicate', () => {
  it('claims the predicate after a relative clause with no commas', () => {
    expect(
      read(
        inStory(
          'en',
          'A study by Amnesty that blamed Russian jets for at least 200 civilian deaths is one-sided and contains unverified claims, the Russian defence ministry said.',
        ),
        'en',
      ),
    ).toEqual([['is one-sided and contains unverified claims', 'russia-mod']]);
  });

  it('claims the last verb before the dismissal when the relative clause has verbs of its own', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'A study by the rights group Amnesty International that said Russian raids in Syria may amount to war crimes because of how many civilians the raids have killed is biased and holds unfounded claims, the Russian Defence Ministry said on Tuesday.',
        'is biased and holds unfounded claims',
      ],
      [
        'it',
        'Il rapporto della ONG Amnesty International che accusa i raid russi di aver ucciso centinaia di civili perché avrebbero colpito quartieri abitati è parziale e contiene accuse infondate, ha dichiarato martedì il ministero della Difesa russo.',
        'è parziale e contiene accuse infondate',
      ],
      [
        'pt',
        'O relatório da ONG Anistia Internacional que acusa os ataques russos de terem matado centenas de civis porque visavam bairros habitados é parcial e contém acusações infundadas, declarou na terça-feira o Ministério da Defesa russo.',
        'é parcial e contém acusações infundadas',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('claims the predicate after a relative clause between commas, in every language', () => {
    const cases: [string, string, string][] = [
      [
        'fr',
        'Le rapport d’Amnesty, qui évoque au moins 200 civils tués, ne contient que des allégations infondées, a affirmé le porte-parole Igor Konachenkov.',
        'ne contient que des allégations infondées',
      ],
      [
        'de',
        'Der Amnesty-Bericht, der von mindestens 200 toten Zivilisten spricht, sei voreingenommen und enthalte unbegründete Behauptungen, sagte Konaschenkow.',
        'sei voreingenommen und enthalte unbegründete Behauptungen',
      ],
      [
        'es',
        'Las denuncias de Amnistía, que habla de 200 civiles muertos, carecen de fundamento, afirmó el Ministerio de Defensa ruso.',
        'carecen de fundamento',
      ],
      [
        'it',
        'Il rapporto di Amnesty, che parla di almeno 200 civili morti, è privo di fondamento, ha detto il portavoce Igor Konashenkov.',
        'è privo di fondamento',
      ],
      [
        'pt',
        'O relatório da Anistia, que fala em 200 civis mortos, não tem fundamento, afirmou o Ministério da Defesa russo.',
        'não tem fundamento',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(read(inStory(lang, sentence), lang)).toEqual([[claim, 'russia-mod']]);
  });

  it('claims the predicate after an aside that says nothing', () => {
    expect(
      read(
        inStory(
          'fr',
          'Le rapport, publié mercredi à Londres, est partial et sans preuves, a déclaré le ministère russe de la Défense.',
        ),
        'fr',
      ),
    ).toEqual([['est partial et sans preuves', 'russia-mod']]);
  });

  it('keeps a short subject in the claim', () => {
    expect(
      read(inStory('en', 'The report is biased, the Russian defence ministry said.'), 'en'),
    ).toEqual([['The report is biased', 'russia-mod']]);
  });

  it('does not make the report the subject of what it says', () => {
    expect(
      read(
        inStory('en', 'The report says that the Russian statements were false, Amnesty said.'),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory('en', 'Amnesty said the claims that Moscow made about precise strikes are false.'),
        'en',
      ),
    ).toEqual([]);
  });
});
