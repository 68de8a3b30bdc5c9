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
