import { describe, expect, it } from 'vitest';
import { denials } from './helpers';

// Denials that do not name the report: the act denied, the accusers disqualified, counter-charges.
// Every sentence here was written for this test.
const read = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);
const texts = (text: string, lang: string) => denials(text, lang).map((d) => d.text);

describe('denied acts', () => {
  it('reads responsibility denied or declined for the strikes, in six languages', () => {
    expect(
      texts('The Russian military denied responsibility for the raid on Ariha.', 'en'),
    ).toEqual(['The Russian military denied responsibility for the raid on Ariha']);
    expect(texts('The Kremlin declined any responsibility for the bombing.', 'en')).toEqual([
      'The Kremlin declined any responsibility for the bombing',
    ]);
    expect(texts('Moscou décline toute responsabilité dans ces bombardements.', 'fr')).toEqual([
      'Moscou décline toute responsabilité dans ces bombardements',
    ]);
    expect(texts('Moscú declinó cualquier responsabilidad en los ataques.', 'es')).toEqual([
      'Moscú declinó cualquier responsabilidad en los ataques',
    ]);
    expect(texts('Mosca ha declinato ogni responsabilità per i bombardamenti.', 'it')).toEqual([
      'Mosca ha declinato ogni responsabilità',
    ]);
    expect(texts('Moscovo declinou toda a responsabilidade pelos bombardeamentos.', 'pt')).toEqual([
      'Moscovo declinou toda a responsabilidade pelos bombardeamentos',
    ]);
    expect(texts('Moskau lehnte jede Verantwortung für die Luftangriffe ab.', 'de')).toEqual([
      'Moskau lehnte jede Verantwortung für die Luftangriffe ab',
    ]);
  });

  it('reads a denied strike on civilian targets, in the German Konjunktiv too', () => {
    const de =
      'Der Sprecher des russischen Verteidigungsministeriums sagte, die Kampfjets hätten niemals zivile Einrichtungen angegriffen.';
    expect(texts(de, 'de')).toEqual([
      'die Kampfjets hätten niemals zivile Einrichtungen angegriffen',
    ]);
    const en = 'Moscow said its pilots never bombed residential areas in Syria.';
    expect(texts(en, 'en')).toEqual(['its pilots never bombed residential areas in Syria']);
  });

  it('reads weapons denied by reference to the accusation ("no such weapons")', () => {
    const text = [
      'Amnesty said cluster munitions had been dropped near Idlib.',
      'The defence ministry said Russia keeps no such weapons at its air base.',
    ].join('\n');
    expect(read(text, 'en')).toEqual([
      ['Russia keeps no such weapons at its air base', 'russia-mod'],
    ]);
    const es =
      'Según el Ministerio de Defensa ruso, sus aviones no llevan ese tipo de armas en Siria.';
    expect(texts(es, 'es')).toEqual(['sus aviones no llevan ese tipo de armas en Siria']);
  });

  it('reads an act restricted to terrorists after "selon lui", the last speaker', () => {
    const text = [
      'Igor Konachenkov a rejeté le rapport d’Amnesty.',
      'Selon lui, les bombardiers russes ne touchent que des positions terroristes.',
    ].join('\n');
    expect(read(text, 'fr')).toEqual([
      ['a rejeté le rapport d’Amnesty', 'russia-mod'],
      ['les bombardiers russes ne touchent que des positions terroristes', 'russia-mod'],
    ]);
  });

  it('does not take responsibility declined for another event, or declined by the accusers', () => {
    const text = [
      'Moscow declined all responsibility for the downing of the airliner over Ukraine.',
      'Amnesty declined any responsibility for the strikes.',
      'The Kremlin declined to comment on the report.',
    ].join('\n');
    expect(texts(text, 'en')).toEqual([]);
  });
});

describe('epistemic disqualification of the accusers', () => {
  it('reads a quoted "they cannot know", in several languages', () => {
    expect(read('«Non possono saperlo, non erano lì», ha detto Konashenkov.', 'it')).toEqual([
      ['Non possono saperlo, non erano lì', 'russia-mod'],
    ]);
    expect(
      read('“No pueden saber lo que pasó”, afirmó el Ministerio de Defensa ruso.', 'es'),
    ).toEqual([['No pueden saber lo que pasó', 'russia-mod']]);
    expect(read('"Não têm como saber isso", disse Peskov.', 'pt')).toEqual([
      ['Não têm como saber isso', 'russia-kremlin'],
    ]);
  });

  it('reads a reported "cannot know" after a verb of saying, and the German Konjunktiv', () => {
    const en = 'Konashenkov said the activists cannot know who flew over Idlib that day.';
    expect(texts(en, 'en')).toEqual(['the activists cannot know who flew over Idlib that day']);
    // "como" ends a clause elsewhere ("como disse a ONG"), not inside the phrase.
    const pt = 'Zakharova afirmou que os ativistas não têm como saber quem bombardeou Ariha.';
    expect(texts(pt, 'pt')).toEqual(['os ativistas não têm como saber quem bombardeou Ariha']);
    const de = [
      'Das russische Verteidigungsministerium wies den Bericht zurück.',
      'Amnesty könne keine zuverlässigen Informationen aus Syrien besitzen.',
    ].join('\n');
    expect(texts(de, 'de')).toEqual([
      'Das russische Verteidigungsministerium wies den Bericht zurück',
      'Amnesty könne keine zuverlässigen Informationen aus Syrien besitzen',
    ]);
  });

  it('does not take "cannot know" said by the accusers', () => {
    const text = [
      'Amnesty said it cannot know how many fighters were among the dead in Syria.',
      'The rights group said it had no way of checking every account from Idlib.',
    ].join('\n');
    expect(texts(text, 'en')).toEqual([]);
  });
});

describe('counter-charges against the report', () => {
  it('reads a doubt cast on the evidence, in six languages', () => {
    expect(texts('Moscow questioned the authenticity of the videos.', 'en')).toEqual([
      'Moscow questioned the authenticity of the videos',
    ]);
    expect(texts('Le Kremlin a remis en cause la fiabilité des sources de l’ONG.', 'fr')).toEqual([
      'Le Kremlin a remis en cause la fiabilité des sources de l’ONG',
    ]);
    expect(texts('Moscú cuestionó la credibilidad de los testigos.', 'es')).toEqual([
      'Moscú cuestionó la credibilidad de los testigos',
    ]);
    expect(texts('Mosca ha messo in discussione le immagini del rapporto.', 'it')).toEqual([
      'Mosca ha messo in discussione le immagini del rapporto',
    ]);
    expect(texts('Moscovo pôs em causa a autenticidade das fotografias.', 'pt')).toEqual([
      'Moscovo pôs em causa a autenticidade das fotografias',
    ]);
    expect(texts('Moskau zog die Glaubwürdigkeit der Zeugen in Zweifel.', 'de')).toEqual([
      'Moskau zog die Glaubwürdigkeit der Zeugen in Zweifel',
    ]);
  });

  it('reads evidence called flawed: the wrong sources, empty allegations', () => {
    const text = [
      'The Kremlin said Amnesty had listened to the wrong sources in Idlib.',
      'Moscow described the charges as empty allegations.',
    ].join('\n');
    expect(texts(text, 'en')).toEqual([
      'Amnesty had listened to the wrong sources in Idlib',
      'Moscow described the charges as empty allegations',
    ]);
    const it = 'Secondo la Difesa russa, il dossier di Amnesty poggia su fonti inattendibili.';
    expect(texts(it, 'it')).toEqual(['il dossier di Amnesty poggia su fonti inattendibili']);
    const de = 'Moskau sprach von leeren Behauptungen und zweifelhaften Quellen.';
    expect(texts(de, 'de')).toEqual([
      'Moskau sprach von leeren Behauptungen und zweifelhaften Quellen',
    ]);
  });

  it('reads a charge that the accusers look only at Russia, after a pronoun too', () => {
    const text = [
      'The Russian defence ministry rejected the findings.',
      'It accused the rights group of counting only Russian raids.',
    ].join('\n');
    expect(texts(text, 'en')).toEqual([
      'The Russian defence ministry rejected the findings',
      'accused the rights group of counting only Russian raids',
    ]);
    const pt = 'Peskov acusou a Anistia de contar somente os ataques russos.';
    expect(read(pt, 'pt')).toEqual([
      ['acusou a Anistia de contar somente os ataques russos', 'russia-kremlin'],
    ]);
    const es = 'Moscú censuró que la ONG solo cuente los bombardeos rusos.';
    expect(texts(es, 'es')).toEqual(['Moscú censuró que la ONG solo cuente los bombardeos rusos']);
    // A separable verb: the charge after its particle is part of the claim.
    const de =
      'Konaschenkow warf der Organisation vor, ausschließlich russische Einsätze zu zählen.';
    expect(texts(de, 'de')).toEqual([
      'warf der Organisation vor, ausschließlich russische Einsätze zu zählen',
    ]);
  });

  it('ends a doubt where a coordinated charge begins: two claims', () => {
    const text =
      'Zakharova questioned the photos and accused Amnesty of never checking its sources.';
    expect(read(text, 'en')).toEqual([
      ['questioned the photos', 'russia-mfa'],
      ['accused Amnesty of never checking its sources', 'russia-mfa'],
    ]);
  });

  it('does not take a charge against someone else, or a charge by the accusers', () => {
    const text = [
      'Moscow accused Turkey of lying about the downing of its jet.',
      'Amnesty accused Russia of killing civilians only to break the rebels.',
      'Moscow questioned the timing of the talks in Geneva.',
      'The Kremlin referred questions about the report to the defence ministry.',
    ].join('\n');
    expect(texts(text, 'en')).toEqual([]);
  });
});

describe('a denier named before several asides', () => {
  it('credits the denial to the name that opens the sentence', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Amnesty International accuses Russian aircraft of killing civilians in Syria.\nRussia, which joined the war to help its ally, President Bashar al-Assad, denied its forces had targeted civilians in rebel-held areas.',
        'denied its forces had targeted civilians in rebel-held areas',
      ],
      [
        'fr',
        'Amnesty International accuse l’aviation russe d’avoir tué des civils en Syrie.\nMoscou, qui soutient son allié, le président Bachar al-Assad, a nié avoir visé des civils.',
        'a nié avoir visé des civils',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(text, lang)).toEqual([[span, 'russia-mod']]);
  });
});
