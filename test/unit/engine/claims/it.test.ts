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
      ['Il ministero della Difesa russo ha respinto il rapporto di Amnesty', 'russia-mod'],
      ['solo falsità e luoghi comuni', 'russia-mod'],
      [
        'Il ministero ha inoltre negato che gli aerei russi abbiano usato bombe a grappolo',
        'russia-mod',
      ],
    ]);
  });

  it('does not take the civil protection denying a rumour', () => {
    expect(
      denials('La Protezione civile siriana ha smentito le voci di un nuovo sisma.', 'it'),
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

describe('Italian denial lexicon by category', () => {
  const found = (text: string) => denials(text, 'it').map((d) => d.text);

  it('reads rejection verbs of every tense: escludere, bocciare, smontare', () => {
    expect(
      found(
        'Il ministero della Difesa russo ha escluso che i suoi caccia abbiano colpito un ospedale di Idlib.',
      ),
    ).toEqual([
      'Il ministero della Difesa russo ha escluso che i suoi caccia abbiano colpito un ospedale di Idlib',
    ]);
    expect(found('Mosca boccia il dossier di Amnesty sui raid in Siria.')).toEqual([
      'Mosca boccia il dossier di Amnesty',
    ]);
    expect(found('Mosca smontò le accuse sui raid in Siria.')).toHaveLength(1);
    // Negated, or by the accuser: no denial.
    expect(
      found('Il ministero della Difesa russo non ha escluso errori nei raid in Siria.'),
    ).toEqual([]);
    expect(found('Amnesty ha escluso che i raid russi in Siria fossero mirati.')).toEqual([]);
  });

  it('reads characterising verbs with a dismissive label', () => {
    expect(
      found(
        'Il portavoce Igor Konashenkov ha qualificato il rapporto sulla Siria come propaganda.',
      ),
    ).toEqual(['ha qualificato il rapporto sulla Siria come propaganda']);
  });

  it('reads singular charges and "tutto" as what is rejected', () => {
    expect(found('Mosca respinge ogni addebito sui raid in Siria.')).toEqual([
      'Mosca respinge ogni addebito sui raid in Siria',
    ]);
    expect(found('Sui raid in Siria il ministero della Difesa russo respinge tutto.')).toEqual([
      'il ministero della Difesa russo respinge tutto',
    ]);
  });

  it('reads information war, nothing new and unprofessional as dismissals', () => {
    expect(
      found(
        'Il portavoce Igor Konashenkov ha definito il rapporto su Aleppo un capitolo della guerra mediatica contro la Russia.',
      ),
    ).toHaveLength(1);
    expect(
      found('Konashenkov ha sostenuto che il dossier sulla Siria non offre alcun elemento nuovo.'),
    ).toEqual(['il dossier sulla Siria non offre alcun elemento nuovo']);
    expect(
      found(
        'Il ministero della Difesa russo afferma che il rapporto sulla Siria è poco professionale.',
      ),
    ).toEqual(['il rapporto sulla Siria è poco professionale']);
  });

  it('reads assertions in all news tenses and with fillers between verb and "che"', () => {
    expect(
      found(
        'Il ministero della Difesa russo ripete che i suoi aerei in Siria colpiscono soltanto i terroristi.',
      ),
    ).toEqual(['i suoi aerei in Siria colpiscono soltanto i terroristi']);
    expect(
      found(
        'Il ministero della Difesa russo ha ribadito ieri che i suoi aerei in Siria colpiscono soltanto i terroristi.',
      ),
    ).toEqual(['i suoi aerei in Siria colpiscono soltanto i terroristi']);
  });

  it('reads demands to say who supplied the data or where it came from', () => {
    expect(
      found(
        'Il ministero della Difesa russo ha sfidato Amnesty a dire da dove provengano i suoi dati sui raid in Siria.',
      ),
    ).toEqual(['ha sfidato Amnesty a dire da dove provengano i suoi dati sui raid in Siria']);
    expect(
      found(
        'Su Twitter il ministero della Difesa russo ha intimato ad Amnesty di rivelare chi le abbia dato le cifre sulla Siria.',
      ),
    ).toHaveLength(1);
  });

  it('reads "niente" as a negation of a fact on the story', () => {
    expect(
      found(
        "Il ministero della Difesa russo afferma che niente prova l'uso di bombe a grappolo in Siria.",
      ),
    ).toEqual(["niente prova l'uso di bombe a grappolo in Siria"]);
  });
});
