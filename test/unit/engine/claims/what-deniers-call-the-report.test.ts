import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// What a denier calls the report: predicates on it, qualifying verbs, missing evidence, denial
// nouns, and the rejections that are not the story's. Every sentence here was written for this test.

describe('predicates on the report with no verb of saying in their clause', () => {
  it('credits the speaker named after a comma', () => {
    expect(
      read(
        inStory(
          'en',
          'The study is lopsided and relies on unverified calls, the Russian military said.',
        ),
        'en',
      ),
    ).toEqual([['The study is lopsided and relies on unverified calls', 'russia-mod']]);
    expect(
      read(
        inStory(
          'es',
          'El estudio carece de fundamentos sólidos, afirmó el portavoz Ígor Konashénkov.',
        ),
        'es',
      ),
    ).toEqual([['El estudio carece de fundamentos sólidos', 'russia-mod']]);
  });

  it('gives a predicate whose speaker is not known yet to the one the next sentence names', () => {
    const pt = inStory(
      'pt',
      'As conclusões da Anistia seriam tendenciosas. Quem o afirma é o porta-voz Igor Konashenkov.',
    );
    expect(read(pt, 'pt')).toEqual([
      ['As conclusões da Anistia seriam tendenciosas', 'russia-mod'],
    ]);
  });

  it('leaves a predicate that no denier says', () => {
    expect(read(inStory('en', 'The report is long and detailed, its authors said.'), 'en')).toEqual(
      [],
    );
    expect(
      read(inStory('fr', 'Les chiffres de Moscou seraient faux, selon Amnesty.'), 'fr'),
    ).toEqual([]);
  });
});

describe('missing evidence said by the denier', () => {
  it('reads a word of lack and an evidence noun with adjectives between them', () => {
    expect(
      read(inStory('fr', 'Selon Moscou, ce rapport ne repose sur aucun élément vérifiable.'), 'fr'),
    ).toEqual([['ce rapport ne repose sur aucun élément vérifiable', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Der Bericht enthalte keinerlei stichhaltige Nachweise, erklärte Konaschenkow.',
        ),
        'de',
      ),
    ).toEqual([['Der Bericht enthalte keinerlei stichhaltige Nachweise', 'russia-mod']]);
  });
});

describe('qualifying verbs', () => {
  it('reads "traiter ... de" with its object between', () => {
    const found = read(
      inStory('fr', 'Konachenkov a traité le rapport de « tissu de fabrications ».'),
      'fr',
    );
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toContain('traité le rapport de « tissu de fabrications »');
    expect(found[0]![1]).toBe('russia-mod');
  });
});

describe('denial nouns', () => {
  it('reads a denial noun owned by a denier, after it, before it or as its adjective', () => {
    expect(read(inStory('fr', 'Le démenti russe est tombé dans la soirée.'), 'fr')).toEqual([
      ['Le démenti russe', 'russia-mod'],
    ]);
    expect(read(inStory('es', 'El desmentido de Moscú llegó horas después.'), 'es')).toEqual([
      ['El desmentido de Moscú', 'russia-mod'],
    ]);
    expect(read(inStory('en', "Moscow's rebuttal was swift."), 'en')).toEqual([
      ["Moscow's rebuttal", 'russia-mod'],
    ]);
  });

  it('leaves a denial noun nobody in the story owns', () => {
    expect(read(inStory('it', 'La smentita non è arrivata.'), 'it')).toEqual([]);
  });
});

describe('what is not a story denial', () => {
  it('leaves the report’s own hedges quoted as examples', () => {
    const text = inStory(
      'en',
      'Konashenkov said the report kept using wording such as "alleged Russian raids" or "possible breaches".',
    );
    expect(read(text, 'en')).toEqual([]);
  });

  it('leaves a rejection of another accuser’s claims', () => {
    expect(
      read(inStory('pt', 'Moscou rejeitou ainda as acusações da Turquia sobre o petróleo.'), 'pt'),
    ).toEqual([]);
    expect(read(inStory('de', 'Moskau wies zudem Vorwürfe der Nato zurück.'), 'de')).toEqual([]);
  });

  it('starts a denial after the dateline of a dispatch', () => {
    const text = inStory(
      'en',
      'MOSCOW (AFP) - The report is full of fakes, the Russian military said on Wednesday.',
    );
    expect(read(text, 'en')).toEqual([['The report is full of fakes', 'russia-mod']]);
  });
});
