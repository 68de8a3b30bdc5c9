import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Russia's rejection as the accuser or a third party tells it: still Russia's denial (FORMAT.md:
// "or the article's report of it"). Every sentence here was written for this test.

type Case = [lang: string, text: string, span: string];

const expectDenials = (cases: Case[]) => {
  for (const [lang, text, span] of cases)
    expect(read(inStory(lang, text), lang), text).toEqual([[span, 'russia-mod']]);
};

describe('denials the accuser relays', () => {
  it('takes the denier after an attribution, not the source it is attributed to', () => {
    expectDenials([
      [
        'de',
        'Laut Amnesty hat Moskau die Meldungen über tote Zivilisten stets dementiert.',
        'hat Moskau die Meldungen über tote Zivilisten stets dementiert',
      ],
      [
        'de',
        'Nach Angaben von Amnesty hat das Ministerium zivile Opfer geleugnet.',
        'hat das Ministerium zivile Opfer geleugnet',
      ],
    ]);
  });

  it('starts with the object fronted before the auxiliary and the subject', () => {
    expectDenials([
      [
        'de',
        'Die Meldungen über getötete Zivilisten hat die Regierung laut Amnesty stets dementiert.',
        'Die Meldungen über getötete Zivilisten hat die Regierung laut Amnesty stets dementiert',
      ],
    ]);
    // A fronted time is not what is rejected.
    expectDenials([
      [
        'de',
        'Am Abend hat das Ministerium die Vorwürfe zurückgewiesen.',
        'Am Abend hat das Ministerium die Vorwürfe zurückgewiesen',
      ],
    ]);
  });

  it('reads the officials named after a preposition as the subject of a participle of rejection', () => {
    expectDenials([
      [
        'en',
        'Amnesty said the remarks by Russian officials dismissing the conclusions of its report had answered none of the evidence.',
        'Russian officials dismissing the conclusions of its report',
      ],
      [
        'fr',
        'Pour Amnesty, les propos de responsables russes rejetant les conclusions du rapport ne répondent à aucune preuve.',
        'responsables russes rejetant les conclusions du rapport',
      ],
      [
        'es',
        'Amnistía sostiene que las palabras de funcionarios rusos rechazando las conclusiones del informe no responden a las pruebas.',
        'funcionarios rusos rechazando las conclusiones del informe',
      ],
      [
        'pt',
        'A Anistia afirma que as falas de autoridades russas rejeitando as conclusões do relatório não respondem às provas.',
        'autoridades russas rejeitando as conclusões do relatório',
      ],
    ]);
  });

  it('keeps a governed name before an auxiliary out of the subject', () => {
    expectDenials([
      [
        'fr',
        'La Russie qui épaule l’armée de Bachar al-Assad a aussi assuré qu’elle ne largue pas de bombes à sous-munitions.',
        'elle ne largue pas de bombes à sous-munitions',
      ],
    ]);
  });

  it('reads a silence coordinated with the denial, and the object both share, as one claim', () => {
    expectDenials([
      [
        'fr',
        'Amnesty souligne que Moscou a nié ou passé sous silence les morts civils de ces raids.',
        'Moscou a nié ou passé sous silence les morts civils de ces raids',
      ],
      [
        'es',
        'Según la ONG, el ejército ruso negó o silenció las muertes de civiles en cada ataque.',
        'el ejército ruso negó o silenció las muertes de civiles en cada ataque',
      ],
      [
        'de',
        'Laut Amnesty hat das Militär zivile Opfer geleugnet oder verschwiegen.',
        'hat das Militär zivile Opfer geleugnet oder verschwiegen',
      ],
    ]);
  });
});
