import { describe, expect, it } from 'vitest';
import { inStory, readDenials } from './helpers';

// A denier who quotes the report's wording as examples and then says it comes with no proof: the
// claim is the complaint after the examples, not the report's words before it. Every sentence here
// was written for this test. (German quotations do not mark the report's wording as cited examples
// yet, so German is not among the cases.)
describe('a dismissal after the report’s wording quoted as examples', () => {
  it('starts after the examples', () => {
    const cases: [string, string, string][] = [
      [
        'fr',
        'Le général Konachenkov a ajouté : « Le texte aligne des tournures du type ‘des raids russes supposés’ ou ‘de possibles crimes de guerre’ sans la moindre preuve. »',
        'sans la moindre preuve',
      ],
      [
        'en',
        'General Konashenkov added: “The text strings together phrases such as ‘supposed Russian raids’ or ‘possible war crimes’ without a shred of evidence.”',
        'without a shred of evidence',
      ],
      [
        'es',
        'El general Konashenkov añadió: «El texto encadena fórmulas como ‘supuestos bombardeos rusos’ o ‘posibles crímenes de guerra’ sin la menor prueba».',
        'sin la menor prueba',
      ],
      [
        'it',
        'Il generale Konashenkov ha aggiunto: «Il testo infila formule come ‘presunti raid russi’ o ‘possibili crimini di guerra’ senza alcuna prova».',
        'senza alcuna prova',
      ],
      [
        'pt',
        'O general Konashenkov acrescentou: «O texto encadeia fórmulas como ‘supostos ataques russos’ ou ‘possíveis crimes de guerra’ sem a menor prova».',
        'sem a menor prova',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(readDenials(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });

  it('keeps the words before the examples when they dismiss', () => {
    const text = inStory(
      'en',
      'General Konashenkov added: “The text is pure guesswork full of phrases such as ‘supposed Russian raids’ or ‘possible war crimes’ on every single page.”',
    );
    expect(readDenials(text, 'en')).toEqual([
      [
        'The text is pure guesswork full of phrases such as ‘supposed Russian raids’ or ‘possible war crimes’ on every single page',
        'russia-mod',
      ],
    ]);
  });
});
