import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// A denier saying that the accusations lack evidence, with a phrase of the least amount between the
// word of lack and the evidence noun, and labels coordinated after a qualifying verb. Every sentence
// here was written for this test.

describe('evidence said to be missing, to the least amount', () => {
  it('reads "the slightest", "la más mínima", "den geringsten" between lack and evidence', () => {
    expect(
      read(inStory('es', 'El ministerio dijo que son acusaciones sin la más mínima prueba.'), 'es'),
    ).toEqual([['son acusaciones sin la más mínima prueba', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Die Organisation erhebe ihre Vorwürfe ohne den geringsten Beleg, sagte Konaschenkow.',
        ),
        'de',
      ),
    ).toEqual([['Die Organisation erhebe ihre Vorwürfe ohne den geringsten Beleg', 'russia-mod']]);
    expect(
      read(
        inStory('fr', 'Selon le ministère, Amnesty accuse sans fournir l’ombre d’une preuve.'),
        'fr',
      ),
    ).toEqual([['Amnesty accuse sans fournir l’ombre d’une preuve', 'russia-mod']]);
  });

  it('reads a verb between the word of lack and the least amount', () => {
    expect(
      read(inStory('pt', 'O porta-voz disse que a ONG acusa sem apresentar a menor prova.'), 'pt'),
    ).toEqual([['a ONG acusa sem apresentar a menor prova', 'russia-mod']]);
    expect(
      read(
        inStory(
          'it',
          'Il ministero ha detto che Amnesty accusa senza portare il benché minimo riscontro.',
        ),
        'it',
      ),
    ).toEqual([['Amnesty accusa senza portare il benché minimo riscontro', 'russia-mod']]);
  });

  it('leaves the least amount when no evidence noun follows', () => {
    expect(
      read(
        inStory(
          'en',
          'The ministry said the strikes had not caused the slightest damage to homes.',
        ),
        'en',
      ),
    ).toEqual([]);
  });
});

describe('qualifying verbs with coordinated quoted labels', () => {
  it('takes every label after the comma as the object', () => {
    expect(
      read(
        inStory(
          'pt',
          'O ministério classificou o documento como "tendencioso", "vago" e "sem provas".',
        ),
        'pt',
      ),
    ).toEqual([
      [
        'O ministério classificou o documento como "tendencioso", "vago" e "sem provas"',
        'russia-mod',
      ],
    ]);
    expect(
      read(
        inStory(
          'de',
          'Das Ministerium bezeichnete den Bericht als „einseitig“, „vage“ und „haltlos“.',
        ),
        'de',
      ),
    ).toEqual([
      [
        'Das Ministerium bezeichnete den Bericht als „einseitig“, „vage“ und „haltlos“',
        'russia-mod',
      ],
    ]);
  });

  it('reads a label of three words with the verb that applies it', () => {
    expect(
      read(
        inStory('it', 'Il ministero ha definito il rapporto «parziale» e «privo di prove».'),
        'it',
      ),
    ).toEqual([
      ['Il ministero ha definito il rapporto «parziale» e «privo di prove»', 'russia-mod'],
    ]);
  });

  it('reads labels of up to three words coordinated right after the verb, the accuser named later', () => {
    const found = read(
      inStory(
        'it',
        'Il ministero ha definito «parziale» e «privo di prove» il rapporto con cui Amnesty accusa i raid russi.',
      ),
      'it',
    );
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toContain('ha definito «parziale» e «privo di prove» il rapporto');
    expect(found[0]![1]).toBe('russia-mod');
  });

  it('reads vague and partial as dismissive', () => {
    expect(read(inStory('es', 'Según Konashénkov, el informe es vago e impreciso.'), 'es')).toEqual(
      [['el informe es vago e impreciso', 'russia-mod']],
    );
    expect(
      read(inStory('it', 'Il rapporto è parziale, ha detto il ministero della Difesa.'), 'it'),
    ).toEqual([['Il rapporto è parziale', 'russia-mod']]);
  });
});
