import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('German casualty claims', () => {
  it('reads "mindestens", dotted thousands and "darunter" lists', () => {
    const text = [
      'Bei russischen Luftangriffen in Syrien sind nach Angaben von Amnesty International mindestens 200 Zivilisten getötet worden.',
      'Die Syrische Beobachtungsstelle für Menschenrechte zählte 2.180 Tote, darunter 720 Zivilisten, 165 Kinder und 105 Frauen.',
    ].join('\n');
    expect(casualties(text, 'de').map((c) => [c.text, c.metric, c.value, c.source])).toEqual([
      ['mindestens 200 Zivilisten', 'civilians-killed', 200, 'amnesty'],
      ['2.180 Tote', 'people-killed', 2180, 'sohr'],
      ['720 Zivilisten', 'civilians-killed', 720, 'sohr'],
      ['165 Kinder', 'children-killed', 165, 'sohr'],
      ['105 Frauen', 'women-killed', 105, 'sohr'],
    ]);
  });

  it('reads compound number words, "ein Dutzend" and "Hunderte"', () => {
    const text = [
      'Laut Amnesty kamen bei den russischen Angriffen zweihundertzehn Zivilisten und rund ein Dutzend Kämpfer ums Leben.',
      'Hunderte Zivilisten wurden bei russischen Luftangriffen getötet, so die Organisation.',
    ].join('\n');
    expect(casualties(text, 'de').map((c) => [c.text, c.value ?? c.min, c.source])).toEqual([
      ['zweihundertzehn Zivilisten', 210, 'amnesty'],
      ['rund ein Dutzend Kämpfer', 12, 'amnesty'],
      ['Hunderte Zivilisten', 200, 'amnesty'],
    ]);
  });

  it('counts the whole civil war since 2011 as the war toll', () => {
    const [c] = casualties(
      'Laut der Beobachtungsstelle sind im syrischen Bürgerkrieg seit 2011 mehr als 270.000 Menschen getötet worden.',
      'de',
    );
    expect(c).toMatchObject({
      text: 'mehr als 270.000 Menschen',
      metric: 'war-deaths-total',
      source: 'sohr',
    });
  });

  it('ignores witnesses, attacks and the injured', () => {
    const text =
      'Amnesty befragte 16 Zeugen zu 25 russischen Angriffen in Syrien; 40 Menschen wurden verletzt.';
    expect(casualties(text, 'de')).toEqual([]);
  });
});

describe('German denials', () => {
  it('reads a separable verb, a quoted dismissal in „…“ and a denial before a comma', () => {
    const text = [
      'Das russische Verteidigungsministerium wies die Vorwürfe von Amnesty als haltlos zurück.',
      'Sprecher Igor Konaschenkow sagte, der Bericht über Syrien enthalte „nichts Neues, nur Fälschungen“.',
      'Moskau bestreitet, in Syrien Streumunition eingesetzt zu haben.',
      'Zudem bestritt Moskau den Einsatz von Streubomben in Syrien.',
    ].join('\n');
    expect(denials(text, 'de').map((d) => [d.text, d.source])).toEqual([
      [
        'Das russische Verteidigungsministerium wies die Vorwürfe von Amnesty als haltlos zurück',
        'russia-mod',
      ],
      ['nichts Neues, nur Fälschungen', 'russia-mod'],
      ['Moskau bestreitet, in Syrien Streumunition eingesetzt zu haben', 'russia-mod'],
      ['bestritt Moskau den Einsatz von Streubomben in Syrien', 'russia-mod'],
    ]);
  });

  it('reads a demand for sources', () => {
    const [d] = denials(
      'Das Ministerium in Moskau forderte Amnesty auf, seine Quellen in Syrien offenzulegen.',
      'de',
    );
    expect(d).toMatchObject({ source: 'russia-mod' });
    expect(d!.text).toContain('Quellen');
  });
});

describe('German denial lexicon, by category', () => {
  const texts = (text: string) => denials(text, 'de').map((d) => d.text);

  it('reads "wehrt sich gegen", "verwahrte sich gegen", "wischte ... vom Tisch"', () => {
    const text = [
      'Das russische Verteidigungsministerium wehrt sich gegen die Vorwürfe zu Syrien.',
      'Der Kreml verwahrte sich gegen die Anschuldigungen.',
      'Moskau wischte die Kritik an den Luftangriffen vom Tisch.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Das russische Verteidigungsministerium wehrt sich gegen die Vorwürfe zu Syrien',
      'Der Kreml verwahrte sich gegen die Anschuldigungen',
      'Moskau wischte die Kritik an den Luftangriffen vom Tisch',
    ]);
  });

  it('reads verbs that characterise (brandmarkte, sieht darin) with a dismissive object', () => {
    const text = [
      'Das russische Verteidigungsministerium brandmarkte den Bericht als Propaganda.',
      'Moskau sieht darin eine Hetzkampagne.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Das russische Verteidigungsministerium brandmarkte den Bericht als Propaganda',
      'Moskau sieht darin eine Hetzkampagne',
    ]);
  });

  it('reads what is rejected: Opferzahlen, and "alles"', () => {
    const text = [
      'Moskau bestritt die Opferzahlen aus Syrien.',
      'Der Kreml bestreitet alles.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Moskau bestritt die Opferzahlen aus Syrien',
      'Der Kreml bestreitet alles',
    ]);
  });

  it('reads dismissive words: unseriös, Informationskrieg, substanzlos', () => {
    const text = [
      'Das russische Verteidigungsministerium nennt die Studie unseriös.',
      'Moskau bezeichnete den Bericht als Teil eines Informationskriegs.',
      'Der Kreml nannte die Zahlen substanzlos.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Das russische Verteidigungsministerium nennt die Studie unseriös',
      'Moskau bezeichnete den Bericht als Teil eines Informationskriegs',
      'Der Kreml nannte die Zahlen substanzlos',
    ]);
  });

  it('ends a rejection where an assertion verb takes over ("und beharrte darauf")', () => {
    const text =
      'Moskau bestritt die Vorwürfe zu Syrien und beharrte darauf, nur Terroristen anzugreifen.';
    expect(texts(text)[0]).toBe('Moskau bestritt die Vorwürfe zu Syrien');
  });

  it('reads a demand to say where the data came from', () => {
    const text = 'Moskau drängte Amnesty, offenzulegen, woher die Daten stammten.';
    expect(denials(text, 'de')).toEqual([
      {
        kind: 'denial',
        text: 'drängte Amnesty, offenzulegen, woher die Daten stammten',
        source: 'russia-mod',
      },
    ]);
  });

  it('reads "keineswegs" as a negation that cancels the rejection', () => {
    expect(texts('Moskau hat die Vorwürfe zu Syrien keineswegs zurückgewiesen.')).toEqual([]);
  });

  it('skips "jedoch" between a rejection verb and the clause it rejects', () => {
    expect(texts('Moskau bestritt jedoch, in Syrien Streumunition eingesetzt zu haben.')).toEqual([
      'Moskau bestritt jedoch, in Syrien Streumunition eingesetzt zu haben',
    ]);
  });
});

describe('German attribution', () => {
  it('gives a figure to the monitor named with "zufolge"', () => {
    const [c] = claimsIn(
      'Der Beobachtungsstelle zufolge starben bei russischen Angriffen in Syrien 800 Zivilisten.',
      'de',
    );
    expect(c).toMatchObject({ text: '800 Zivilisten', source: 'sohr' });
  });
});

describe('German reported speech', () => {
  it('reads the clause after a comma that follows a verb of saying', () => {
    const text = 'Das Ministerium in Moskau betonte, der Bericht sei unseriös.';
    expect(denials(text, 'de').map((d) => [d.text, d.source])).toEqual([
      ['der Bericht sei unseriös', 'russia-mod'],
    ]);
  });

  it('goes on with the last speaker in a sentence that reports by its mood alone', () => {
    const text =
      'Das russische Verteidigungsministerium wies die Vorwürfe zurück. Die Studie enthalte keine Belege.';
    expect(denials(text, 'de').map((d) => d.text)).toContain('Die Studie enthalte keine Belege');
    expect(
      denials('Amnesty legte Zahlen vor. Die Studie enthalte viele Zeugenaussagen.', 'de'),
    ).toEqual([]);
  });
});

describe('German compounds and perfect tenses', () => {
  it('reads a hyphenated compound by its last part ("Amnesty-Vorwürfe" are Vorwürfe)', () => {
    expect(denials('Russland weist die Amnesty-Vorwürfe zurück.', 'de').map((d) => d.text)).toEqual(
      ['Russland weist die Amnesty-Vorwürfe zurück'],
    );
  });

  it('reads a reflexive rejection in the perfect, and a bare denial with its "oder schweigt"', () => {
    expect(
      denials('Moskau hat sich gegen die Vorwürfe von Amnesty verwahrt.', 'de').map(
        (d) => d.source,
      ),
    ).toEqual(['russia-mod']);
    expect(denials('Moskau dementiert oder schweigt.', 'de').map((d) => d.text)).toEqual([
      'Moskau dementiert oder schweigt',
    ]);
  });
});

describe('German inverted subjects', () => {
  it('reads what is denied after an inverted subject and its comma', () => {
    expect(
      denials('Zudem bestreitet Moskau, in Syrien Streubomben abzuwerfen.', 'de').map(
        (d) => d.text,
      ),
    ).toEqual(['bestreitet Moskau, in Syrien Streubomben abzuwerfen']);
  });
});
