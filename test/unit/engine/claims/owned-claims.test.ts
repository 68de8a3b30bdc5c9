import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A denier's claim told as a noun phrase with its content clause ("Russia's claims that..."): the
// clause is the denier's denial, even when the accuser refutes it. Every sentence here was written
// for this test.

const texts = (lang: string, ...lines: string[]) => read(inStory(lang, ...lines), lang);

describe('a denier’s claim told as a noun phrase', () => {
  it('reads the clause of a denier’s claim noun, in five languages', () => {
    expect(
      texts(
        'en',
        'The group’s findings undercut Russia’s claims that its jets are not hitting civilians.',
      ),
    ).toEqual([['its jets are not hitting civilians', 'russia-mod']]);
    expect(
      texts(
        'es',
        'El informe desmiente las afirmaciones de Rusia de que no mata a civiles en Siria.',
      ),
    ).toEqual([['no mata a civiles en Siria', 'russia-mod']]);
    expect(
      texts(
        'it',
        'Il dossier smentisce le affermazioni di Mosca secondo cui i raid non uccidono civili.',
      ),
    ).toEqual([['i raid non uccidono civili', 'russia-mod']]);
    expect(
      texts('pt', 'O estudo contradiz as alegações da Rússia de que não mata civis na Síria.'),
    ).toEqual([['não mata civis na Síria', 'russia-mod']]);
    expect(
      texts(
        'de',
        'Die Studie widerlegt die Behauptung des Verteidigungsministeriums, dass seine Jets keine Zivilisten töten.',
      ),
    ).toEqual([['seine Jets keine Zivilisten töten', 'russia-mod']]);
  });

  it('leaves the accusers’ claims and a denier’s claims on another matter alone', () => {
    expect(
      texts('en', 'The findings back Amnesty’s claims that Russian jets did not spare civilians.'),
    ).toEqual([]);
    expect(
      texts(
        'en',
        'Analysts doubted Russia’s claims that it had not shot down the airliner over Ukraine.',
      ),
    ).toEqual([]);
  });
});
