import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Who speaks over a sentence, not only in the clause that names them: the whole of a quotation
// attributed at its end, and what a denier goes on saying after the verb that names them.
// Every sentence here was written for this test.

type Case = [lang: string, text: string, denials: string[][]];

describe('a quotation of several sentences whose speaker is named after it', () => {
  it.each<Case>([
    [
      'en',
      '"We read the document and found nothing new in it. It repeats terms such as ‘Russian raids, ‘possible breaches’ and the like. These are guesses without proof," the ministry spokesman said.',
      [
        ['We read the document and found nothing new in it', 'russia-mod'],
        ['These are guesses without proof', 'russia-mod'],
      ],
    ],
    [
      'fr',
      '« Nous avons lu le document et il ne contient rien de nouveau. Il répète des termes comme ‘frappes russes, ‘violations possibles’ et ainsi de suite. Ce sont des suppositions sans preuve », a déclaré le porte-parole du ministère russe de la Défense.',
      [
        ['Nous avons lu le document et il ne contient rien de nouveau', 'russia-mod'],
        ['Ce sont des suppositions sans preuve', 'russia-mod'],
      ],
    ],
    [
      'es',
      '«Leímos el documento y no contiene nada nuevo. Repite términos como ‘ataques rusos, ‘posibles violaciones’ y demás. Son conjeturas sin pruebas», dijo el portavoz del Ministerio de Defensa ruso.',
      [
        ['Leímos el documento y no contiene nada nuevo', 'russia-mod'],
        ['Son conjeturas sin pruebas', 'russia-mod'],
      ],
    ],
    [
      'it',
      '«Abbiamo letto il documento e non contiene nulla di nuovo. Ripete termini come ‘raid russi, ‘possibili violazioni’ e così via. Sono congetture senza prove», ha detto il portavoce del ministero della Difesa russo.',
      [
        ['Abbiamo letto il documento e non contiene nulla di nuovo', 'russia-mod'],
        ['Sono congetture senza prove', 'russia-mod'],
      ],
    ],
    [
      'pt',
      '“Lemos o documento e não contém nada de novo. Repete termos como ‘ataques russos, ‘possíveis violações’ e assim por diante. São suposições sem provas”, disse o porta-voz do Ministério da Defesa russo.',
      [
        ['Lemos o documento e não contém nada de novo', 'russia-mod'],
        ['São suposições sem provas', 'russia-mod'],
      ],
    ],
    [
      'de',
      '„Wir haben das Dokument gelesen, es enthält nichts Neues. Es wiederholt Begriffe wie ‘russische Angriffe, ‘mögliche Verstöße’ und so weiter. Das sind Vermutungen ohne Beweise“, sagte der Sprecher des russischen Verteidigungsministeriums.',
      [
        ['es enthält nichts Neues', 'russia-mod'],
        ['Das sind Vermutungen ohne Beweise', 'russia-mod'],
      ],
    ],
    // The trap: the same quotation by an accuser.
    [
      'en',
      '"We found nothing military at the sites. People spoke of ‘night raids, ‘no warning’ and fear. Moscow’s version is without proof," an Amnesty researcher said.',
      [],
    ],
  ])('%s: closes it past an inner quotation a stray apostrophe left open', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });
});
