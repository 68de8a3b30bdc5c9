import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// The Russian side's answer to the report in its own words: a quoted label tagged with its
// speaker, nouns of falsehood and worthlessness, statements that the report holds nothing, and the
// same words said by others of Moscow's answer. Every sentence here was written for this test.

describe('a quoted label with the tag that says whose it is', () => {
  it('claims the label with a tag whose verb comes first, comma or not', () => {
    expect(
      read(inStory('it', '«Falsità» ha reagito in serata il ministero della Difesa russo.'), 'it'),
    ).toEqual([['«Falsità» ha reagito in serata il ministero della Difesa russo', 'russia-mod']]);
    expect(
      read(
        inStory(
          'fr',
          '« Des bobards », a réagi mercredi Maria Zakharova, porte-parole du ministère.',
        ),
        'fr',
      ),
    ).toEqual([['« Des bobards », a réagi mercredi Maria Zakharova', 'russia-mfa']]);
    expect(
      read(
        inStory('es', '«Un infundio», respondió el portavoz del Ministerio de Defensa ruso.'),
        'es',
      ),
    ).toEqual([
      ['«Un infundio», respondió el portavoz del Ministerio de Defensa ruso', 'russia-mod'],
    ]);
  });

  it('claims the label with a tag whose speaker comes first', () => {
    expect(
      read(
        inStory(
          'en',
          '"Mud-slinging machine," the Russian defence ministry spokesman Igor Konashenkov answered at a briefing.',
        ),
        'en',
      ),
    ).toEqual([
      [
        '"Mud-slinging machine," the Russian defence ministry spokesman Igor Konashenkov answered',
        'russia-mod',
      ],
    ]);
  });

  it('reads the German "so" and verbs of a curt answer as tags', () => {
    expect(
      read(
        inStory(
          'de',
          '„Eine Schmierenkampagne“, so Außenamtssprecherin Maria Sacharowa am Mittwoch.',
        ),
        'de',
      ),
    ).toEqual([['„Eine Schmierenkampagne“, so Außenamtssprecherin Maria Sacharowa', 'russia-mfa']]);
    expect(read(inStory('it', '«Sciocchezze», ha tagliato corto Zakharova.'), 'it')).toEqual([
      ['«Sciocchezze», ha tagliato corto Zakharova', 'russia-mfa'],
    ]);
    expect(read(inStory('pt', '"Pura encenação", resumiu Igor Konashenkov.'), 'pt')).toEqual([
      ['"Pura encenação", resumiu Igor Konashenkov', 'russia-mod'],
    ]);
    expect(read(inStory('es', '«Un bulo», zanjó Konashenkov.'), 'es')).toEqual([
      ['«Un bulo», zanjó Konashenkov', 'russia-mod'],
    ]);
  });

  it('gives no tag to a label that its clause already applies', () => {
    expect(
      read(inStory('fr', 'Moscou parle de « bobards », a précisé le ministère russe.'), 'fr'),
    ).toEqual([['Moscou parle de « bobards »', 'russia-mod']]);
  });
});

describe('who applies a quoted label', () => {
  it('credits the agent of a passive label', () => {
    expect(
      read(
        inStory(
          'fr',
          'Le rapport, qualifié de « mise en scène » par Moscou, a été publié mercredi.',
        ),
        'fr',
      ),
    ).toEqual([['qualifié de « mise en scène »', 'russia-mod']]);
  });

  it('credits the subject of the labelling verb, not a name inside its object', () => {
    expect(read(inStory('en', 'Amnesty called Moscow’s answer "a hoax".'), 'en')).toEqual([]);
    expect(read(inStory('en', 'Amnesty called Moscow\'s answer "a smokescreen".'), 'en')).toEqual(
      [],
    );
    expect(read(inStory('en', 'Zakharova called the findings "a hoax".'), 'en')).toEqual([
      ['called the findings "a hoax"', 'russia-mfa'],
    ]);
  });

  it('leaves a label tagged with another speaker alone', () => {
    expect(read(inStory('fr', '« Des mensonges », a réagi Amnesty International.'), 'fr')).toEqual(
      [],
    );
    expect(
      read(inStory('it', '«Propaganda», ha replicato un portavoce di Amnesty a Londra.'), 'it'),
    ).toEqual([]);
  });
});

describe('nouns of falsehood and worthlessness', () => {
  it('reads hoaxes, stagings and farces', () => {
    expect(
      read(inStory('en', 'The Russian defence ministry said the report was a sham.'), 'en'),
    ).toEqual([['the report was a sham', 'russia-mod']]);
    expect(
      read(inStory('es', 'El ministerio ruso dijo que el informe es una farsa.'), 'es'),
    ).toEqual([['el informe es una farsa', 'russia-mod']]);
    expect(
      read(inStory('pt', 'O ministério russo disse que o relatório é uma encenação.'), 'pt'),
    ).toEqual([['o relatório é uma encenação', 'russia-mod']]);
    expect(
      read(inStory('it', 'Secondo il ministero russo, il rapporto è una panzana.'), 'it'),
    ).toEqual([['il rapporto è una panzana', 'russia-mod']]);
  });

  it('reads smears and mud', () => {
    expect(
      read(inStory('it', 'Konashenkov ha detto che il rapporto è una macchina del fango.'), 'it'),
    ).toEqual([['il rapporto è una macchina del fango', 'russia-mod']]);
    expect(
      read(
        inStory('de', 'Das Ministerium erklärte, der Bericht sei eine Schmierenkampagne.'),
        'de',
      ),
    ).toEqual([['der Bericht sei eine Schmierenkampagne', 'russia-mod']]);
    expect(
      read(inStory('es', 'Konashenkov afirmó que el informe es una campaña sucia.'), 'es'),
    ).toEqual([['el informe es una campaña sucia', 'russia-mod']]);
  });

  it('reads work made to order', () => {
    expect(
      read(
        inStory('fr', 'Selon Konachenkov, il s’agit d’une campagne commandée par la CIA.'),
        'fr',
      ),
    ).toEqual([['il s’agit d’une campagne commandée par la CIA', 'russia-mod']]);
    expect(
      read(inStory('pt', 'Konashenkov disse que se trata de um texto feito sob encomenda.'), 'pt'),
    ).toEqual([['se trata de um texto feito sob encomenda', 'russia-mod']]);
  });

  it('reads a falsehood whose complement names a rival as its author', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        '"All of it is lies from Washington," Konashenkov said.',
        'All of it is lies from Washington',
      ],
      [
        'fr',
        '« Tout cela n’est que mensonges de nos partenaires américains », a dit Konachenkov.',
        'Tout cela n’est que mensonges de nos partenaires américains',
      ],
      [
        'es',
        '“Todo son mentiras de nuestros socios estadounidenses”, dijo Konashenkov.',
        'Todo son mentiras de nuestros socios estadounidenses',
      ],
      [
        'it',
        '"Sono tutte bugie dei nostri partner americani", ha detto Konashenkov.',
        'Sono tutte bugie dei nostri partner americani',
      ],
      [
        'pt',
        '“É tudo mentira dos nossos parceiros americanos”, disse Konashenkov.',
        'É tudo mentira dos nossos parceiros americanos',
      ],
      [
        'de',
        '„Das sind alles Lügen aus Washington“, sagte Konaschenkow.',
        'Das sind alles Lügen aus Washington',
      ],
    ];
    for (const [lang, text, words] of cases) {
      const found = read(inStory(lang, text), lang);
      expect(found, lang).toHaveLength(1);
      expect(found[0]![0], lang).toContain(words);
      expect(found[0]![1], lang).toBe('russia-mod');
    }
  });

  it('still leaves a rejection of the rival’s own claims', () => {
    expect(
      read(
        inStory(
          'en',
          'Moscow rejected as lies the Turkish claims that its jets had crossed into Turkey.',
        ),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'it',
          'Konashenkov ha respinto le accuse degli Stati Uniti secondo cui i jet russi avrebbero colpito un ospedale.',
        ),
        'it',
      ),
    ).toEqual([]);
  });

  it('reads hollow talk and nonsense', () => {
    expect(
      read(inStory('de', 'Konaschenkow nannte die Vorwürfe „Gerede und Geschwätz“.'), 'de'),
    ).toEqual([['Konaschenkow nannte die Vorwürfe „Gerede und Geschwätz“', 'russia-mod']]);
    expect(
      read(
        inStory('fr', 'Le ministère russe a déclaré que le rapport était un tissu d’inepties.'),
        'fr',
      ),
    ).toEqual([['le rapport était un tissu d’inepties', 'russia-mod']]);
  });
});

describe('a report said to hold nothing', () => {
  it('reads "nothing specific or new" in each language', () => {
    expect(
      read(
        inStory(
          'it',
          'Konashenkov ha detto che il rapporto non contiene nulla di specifico né di nuovo.',
        ),
        'it',
      ),
    ).toEqual([['il rapporto non contiene nulla di specifico né di nuovo', 'russia-mod']]);
    expect(
      read(inStory('es', 'Según Moscú, el informe no aporta nada específico ni novedoso.'), 'es'),
    ).toEqual([['el informe no aporta nada específico ni novedoso', 'russia-mod']]);
    expect(
      read(
        inStory('pt', 'Segundo Moscou, o relatório não apresenta nada de específico nem de novo.'),
        'pt',
      ),
    ).toEqual([['o relatório não apresenta nada de específico nem de novo', 'russia-mod']]);
  });
});

describe('the same words said by others of Moscow’s answer', () => {
  it('are no Russian denial', () => {
    expect(read(inStory('es', 'Amnistía tachó de «montaje» la respuesta rusa.'), 'es')).toEqual([]);
    expect(
      read(
        inStory(
          'de',
          'Amnesty bezeichnete die Antwort Moskaus ihrerseits als „Ablenkungsmanöver“.',
        ),
        'de',
      ),
    ).toEqual([]);
    expect(
      read(inStory('pt', 'A Anistia chamou a resposta de Moscou de "encenação".'), 'pt'),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'it',
          'Il Dipartimento di Stato americano ha definito «una farsa» la replica di Mosca.',
        ),
        'it',
      ),
    ).toEqual([]);
  });
});

describe('who speaks for a body named before', () => {
  it('gives a spokesperson introduced by a possessive to the body the sentence named', () => {
    expect(
      read(
        inStory(
          'it',
          'Zakharova ha bollato le accuse come «una panzana».',
          'L’organizzazione ha respinto le critiche: «Nessuna campagna su commissione, solo fatti verificati», ha replicato un suo portavoce.',
        ),
        'it',
      ),
    ).toEqual([['ha bollato le accuse come «una panzana»', 'russia-mfa']]);
  });

  it('skips the report named between the body and its spokesperson', () => {
    expect(
      read(
        inStory(
          'it',
          'Amnesty ha pubblicato il rapporto mercoledì.',
          'Il ministero della Difesa russo ha criticato il rapporto, e il suo portavoce ha detto che il testo non conteneva «niente di concreto».',
        ),
        'it',
      ).at(-1),
    ).toEqual(['il testo non conteneva «niente di concreto»', 'russia-mod']);
  });
});

describe('a rival named as the report’s sponsor', () => {
  it('is part of the dismissal, not a rival whose claims are rejected', () => {
    expect(
      read(
        inStory('fr', 'Selon Konachenkov, il s’agit d’une campagne commandée par Washington.'),
        'fr',
      ),
    ).toEqual([['il s’agit d’une campagne commandée par Washington', 'russia-mod']]);
    expect(
      read(
        inStory('en', 'Konashenkov said the report was a smear commissioned by Washington.'),
        'en',
      ),
    ).toEqual([['the report was a smear commissioned by Washington', 'russia-mod']]);
  });
});
