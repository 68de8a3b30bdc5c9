import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('Italian casualty claims', () => {
  it('reads dotted thousands, "di cui" lists and the monitor as source', () => {
    const text =
      "Secondo l'Osservatorio siriano per i diritti umani, i raid russi hanno ucciso 2.400 persone, di cui 790 civili, tra i quali 180 bambini.";
    expect(casualties(text, 'it').map((c) => [c.text, c.metric, c.value, c.source])).toEqual([
      ['2.400 persone', 'people-killed', 2400, 'sohr'],
      ['790 civili', 'civilians-killed', 790, 'sohr'],
      ['180 bambini', 'children-killed', 180, 'sohr'],
    ]);
  });

  it('reads number words written as one word and "una decina"', () => {
    const text =
      'Amnesty denuncia che i bombardamenti russi hanno ucciso duecentoquaranta civili e una decina di combattenti.';
    expect(casualties(text, 'it').map((c) => [c.text, c.value])).toEqual([
      ['duecentoquaranta civili', 240],
      ['una decina di combattenti', 10],
    ]);
  });

  it('gives "centinaia" a minimum and keeps its qualifier out of the value', () => {
    const text =
      "Le incursioni russe in Siria hanno causato centinaia di morti civili e almeno 200 vittime a Homs, secondo l'organizzazione.";
    expect(casualties(text, 'it').map((c) => [c.text, c.metric, c.value ?? c.min])).toEqual([
      ['centinaia di morti civili', 'civilians-killed', 200],
      ['almeno 200 vittime', 'people-killed', 200],
    ]);
  });

  it('ignores witnesses, raids and the injured', () => {
    const text =
      'Amnesty ha intervistato 16 testimoni su 25 raid russi in Siria; un attacco ha provocato 40 feriti.';
    expect(casualties(text, 'it')).toEqual([]);
  });
});

describe('Italian denials', () => {
  it('reads a rejection with its subject, a quoted dismissal after "a suo dire" and a denied fact', () => {
    const text = [
      'Il ministero della Difesa russo ha respinto il rapporto di Amnesty sulla Siria.',
      'Il portavoce Igor Konashenkov ha parlato ai giornalisti. A suo dire, il documento contiene «solo falsità e luoghi comuni».',
      'Il ministero ha inoltre negato che gli aerei russi abbiano usato bombe a grappolo.',
    ].join('\n');
    expect(denials(text, 'it').map((d) => [d.text, d.source])).toEqual([
      [
        'Il ministero della Difesa russo ha respinto il rapporto di Amnesty sulla Siria',
        'russia-mod',
      ],
      ['solo falsità e luoghi comuni', 'russia-mod'],
      [
        'Il ministero ha inoltre negato che gli aerei russi abbiano usato bombe a grappolo',
        'russia-mod',
      ],
    ]);
  });

  it('does not take the civil protection denying a rumour', () => {
    expect(
      denials('La protezione civile ha smentito le voci di un nuovo sisma in Siria.', 'it'),
    ).toEqual([]);
  });
});

describe('Italian attribution', () => {
  it('carries the speaker to the next sentence and resolves "l\'organizzazione"', () => {
    const text = [
      'Amnesty International ha pubblicato un rapporto sui raid russi in Siria.',
      "Secondo l'organizzazione, i raid hanno ucciso almeno 200 civili. Tra loro, 30 bambini.",
    ].join('\n');
    expect(claimsIn(text, 'it').map((c) => [c.text, c.source])).toEqual([
      ['almeno 200 civili', 'amnesty'],
      ['30 bambini', 'amnesty'],
    ]);
  });
});
