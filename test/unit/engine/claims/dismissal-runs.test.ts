import { describe, expect, it } from 'vitest';
import { inStory, readDenials } from './helpers';

// A long quotation is read clause by clause; a dismissal that a colon or a dash goes on explaining
// is one claim with its explanation. Every sentence here was written for this test.
describe('a dismissal and what goes on explaining it', () => {
  it('reads a dismissal and its explanation after a colon or a dash as one claim', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'General Konashenkov told reporters: “We have studied this document with care. Yet again there is nothing concrete and nothing new in it: always the same clichés and the same fakes we have pointed out many times.”',
        'Yet again there is nothing concrete and nothing new in it: always the same clichés and the same fakes we have pointed out many times',
      ],
      [
        'en',
        'General Konashenkov told reporters: “We have studied this document with care. Yet again there is nothing concrete and nothing new in it — always the same clichés and the same fakes we have pointed out many times.”',
        'Yet again there is nothing concrete and nothing new in it — always the same clichés and the same fakes we have pointed out many times',
      ],
      [
        'es',
        'El general Konashenkov declaró: «Hemos estudiado este documento con atención. Otra vez, no contiene nada concreto ni nuevo: siempre los viejos clichés y las viejas falsedades que hemos señalado muchas veces».',
        'no contiene nada concreto ni nuevo: siempre los viejos clichés y las viejas falsedades que hemos señalado muchas veces',
      ],
      [
        'it',
        'Il generale Konashenkov ha dichiarato: «Abbiamo studiato questo documento con attenzione. Ancora una volta, non c’è nulla di concreto né di nuovo: sempre gli stessi cliché e le stesse falsità che abbiamo segnalato molte volte».',
        'non c’è nulla di concreto né di nuovo: sempre gli stessi cliché e le stesse falsità che abbiamo segnalato molte volte',
      ],
      [
        'pt',
        'O general Konashenkov declarou: «Estudámos este documento com atenção. De novo, não contém nada de concreto nem de novo: sempre os velhos clichés e as velhas falsidades que já apontámos muitas vezes».',
        'não contém nada de concreto nem de novo: sempre os velhos clichés e as velhas falsidades que já apontámos muitas vezes',
      ],
      [
        'de',
        'General Konaschenkow sagte: „Wir haben dieses Dokument sorgfältig studiert. Wieder einmal steht darin nichts Konkretes und nichts Neues: immer dieselben Klischees und dieselben Fälschungen wie schon so oft.“',
        'Wieder einmal steht darin nichts Konkretes und nichts Neues: immer dieselben Klischees und dieselben Fälschungen wie schon so oft',
      ],
      [
        'fr',
        'Le général Konachenkov a déclaré : « Nous avons étudié ce document avec attention. Encore une fois, on n’y trouve rien de concret ni de neuf : seulement les vieux clichés et les vieux faux que nous avons relevés maintes fois. »',
        'on n’y trouve rien de concret ni de neuf : seulement les vieux clichés et les vieux faux que nous avons relevés maintes fois',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(readDenials(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('reads a dismissal that a comma and "only" go on as one claim with what follows', () => {
    // Long quotations with their speaker named after them, as agencies print the spokesman's
    // words: "nothing new in it, only the old fakes" is one claim (not two pieces split at the comma).
    const cases: [string, string, string][] = [
      [
        'en',
        '“Once again this paper contains nothing new and nothing concrete, only the old stereotypes and the old forgeries that we have taken apart on many occasions. It is built on hearsay from the ground,” General Konashenkov said.',
        'Once again this paper contains nothing new and nothing concrete, only the old stereotypes and the old forgeries that we have taken apart on many occasions',
      ],
      [
        'fr',
        '“Une fois de plus, ce papier ne contient rien de neuf ni de concret, uniquement les vieux stéréotypes et les vieilles contrefaçons que nous avons démontés à maintes occasions. Il repose sur des ouï-dire”, a dit le général Konachenkov.',
        'ce papier ne contient rien de neuf ni de concret, uniquement les vieux stéréotypes et les vieilles contrefaçons que nous avons démontés à maintes occasions',
      ],
      [
        'de',
        '„Wieder enthält dieses Papier nichts Neues und nichts Konkretes, nur die alten Stereotype und die alten Fälschungen, die wir bei vielen Gelegenheiten zerlegt haben. Es beruht auf Hörensagen“, sagte General Konaschenkow.',
        'Wieder enthält dieses Papier nichts Neues und nichts Konkretes, nur die alten Stereotype und die alten Fälschungen',
      ],
      [
        'es',
        '“Una vez más este papel no contiene nada nuevo ni concreto, solamente los viejos estereotipos y las viejas falsificaciones que hemos desmontado en muchas ocasiones. Se basa en rumores”, dijo el general Konashenkov.',
        'Una vez más este papel no contiene nada nuevo ni concreto, solamente los viejos estereotipos y las viejas falsificaciones que hemos desmontado en muchas ocasiones',
      ],
      [
        'it',
        '“Ancora una volta questo documento non contiene niente di nuovo né di concreto, soltanto i vecchi stereotipi e le vecchie contraffazioni che abbiamo smontato in molte occasioni. Si basa su voci”, ha detto il generale Konashenkov.',
        'Ancora una volta questo documento non contiene niente di nuovo né di concreto, soltanto i vecchi stereotipi e le vecchie contraffazioni che abbiamo smontato in molte occasioni',
      ],
      [
        'pt',
        '“Mais uma vez este papel não contém nada de novo nem de concreto, apenas os velhos estereótipos e as velhas falsificações que já desmontámos em muitas ocasiões. Baseia-se em boatos”, disse o general Konashenkov.',
        'Mais uma vez este papel não contém nada de novo nem de concreto, apenas os velhos estereótipos e as velhas falsificações que já desmontámos em muitas ocasiões',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(readDenials(inStory(lang, sentence), lang)[0], lang).toEqual([claim, 'russia-mod']);
  });

  it('starts after a colon that ends words which dismiss nothing', () => {
    const text = inStory(
      'fr',
      'Le général Konachenkov a déclaré : « Nous avons lu ce document du début à la fin, sans rien en omettre, page après page : il ne contient rien de concret ni de neuf. »',
    );
    expect(readDenials(text, 'fr')).toEqual([
      ['il ne contient rien de concret ni de neuf', 'russia-mod'],
    ]);
  });
});
