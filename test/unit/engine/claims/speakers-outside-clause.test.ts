import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// Denials whose speaker is not the subject written in their clause: a pronoun or no subject at all
// after a sentence about Russia, and a reported claim whose speaker follows it or is named in the
// next sentence. Every sentence here was written for this test.

describe('a pronoun or a missing subject after a sentence whose subject is Russia', () => {
  it('gives the denial to the subject of the sentence before, not to the accuser who spoke last', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Russia began its air campaign in Syria on 30 September. It has repeatedly and forcefully denied hitting civilians.',
        'has repeatedly and forcefully denied hitting civilians',
      ],
      [
        'fr',
        'La Russie bombarde la Syrie depuis le 30 septembre. Elle a toujours nié viser des civils.',
        'a toujours nié viser des civils',
      ],
      [
        'es',
        'Rusia bombardea Siria desde el 30 de septiembre. Ha negado en reiteradas ocasiones haber atacado a civiles.',
        'Ha negado en reiteradas ocasiones haber atacado a civiles',
      ],
      [
        'it',
        'La Russia bombarda la Siria dal 30 settembre. Ha sempre negato di aver colpito civili.',
        'Ha sempre negato di aver colpito civili',
      ],
      [
        'pt',
        'A Rússia bombardeia a Síria desde 30 de setembro. Tem negado repetidamente ter atacado civis.',
        'Tem negado repetidamente ter atacado civis',
      ],
      [
        'de',
        'Russland fliegt seit dem 30. September Luftangriffe in Syrien. Es bestreitet wiederholt, Zivilisten angegriffen zu haben.',
        'bestreitet wiederholt, Zivilisten angegriffen zu haben',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(inStory(lang, text), lang)).toEqual([[span, 'russia-mod']]);
  });

  it('does not let "he" stand for an institution', () => {
    const text = inStory(
      'en',
      'Russia began its air campaign in Syria on 30 September. He has repeatedly denied hitting civilians.',
    );
    expect(read(text, 'en')).toEqual([]);
  });

  it('keeps the accuser’s subject when the sentence before says someone else speaks', () => {
    const text = inStory(
      'en',
      'Russia began bombing in September, the group says. It has repeatedly denied the charges.',
    );
    expect(read(text, 'en')).toEqual([]);
  });
});

describe('a reported claim whose speaker comes after it', () => {
  it('reads an attribution that closes the sentence', () => {
    const cases: [string, string, string, string][] = [
      [
        'es',
        'Los aviones rusos nunca habrían atacado objetivos civiles, según Moscú.',
        'Los aviones rusos nunca habrían atacado objetivos civiles',
        'russia-mod',
      ],
      [
        'it',
        'I caccia russi non avrebbero mai colpito obiettivi civili, secondo il Cremlino.',
        'I caccia russi non avrebbero mai colpito obiettivi civili',
        'russia-kremlin',
      ],
      [
        'pt',
        'Os aviões russos nunca teriam atingido alvos civis, segundo Moscou.',
        'Os aviões russos nunca teriam atingido alvos civis',
        'russia-mod',
      ],
      [
        'en',
        'Russian jets hit only terrorist targets, according to the ministry.',
        'Russian jets hit only terrorist targets',
        'russia-mod',
      ],
    ];
    for (const [lang, text, span, source] of cases)
      expect(read(inStory(lang, text), lang)).toEqual([[span, source]]);
  });

  it('finds the speaker before an apposition that follows it', () => {
    const text = inStory(
      'de',
      'Russische Kampfjets hätten niemals zivile Ziele angegriffen, sagte der Sprecher des Ministeriums, Igor Konaschenkow, am Abend in Moskau.',
    );
    expect(read(text, 'de')).toEqual([
      ['Russische Kampfjets hätten niemals zivile Ziele angegriffen', 'russia-mod'],
    ]);
  });

  it('gives a claim in the mood of report to the speaker the next sentence names', () => {
    const cases: [string, string, string][] = [
      [
        'de',
        'Russische Kampfjets hätten ausschließlich Stellungen von Terroristen bombardiert. So das Ministerium in Moskau.',
        'Russische Kampfjets hätten ausschließlich Stellungen von Terroristen bombardiert',
      ],
      [
        'fr',
        'Les avions russes n’auraient jamais visé de zones habitées. C’est ce qu’a affirmé le ministère russe de la Défense.',
        'Les avions russes n’auraient jamais visé de zones habitées',
      ],
    ];
    for (const [lang, text, span] of cases)
      expect(read(inStory(lang, text), lang)).toEqual([[span, 'russia-mod']]);
  });

  it('leaves a conditional that names its own source, the accuser', () => {
    const text = inStory(
      'fr',
      'Moscou a rejeté le rapport. Aucun avertissement n’aurait été donné aux civils avant les frappes, selon Amnesty.',
    );
    expect(read(text, 'fr')).toEqual([['Moscou a rejeté le rapport', 'russia-mod']]);
  });
});

describe('a quotation whose speaker is named in the tag after it', () => {
  it('gives it to the tag’s speaker, though the accuser is named before it as the report’s author', () => {
    const cases: [string, string, string][] = [
      [
        'es',
        'El documento que Amnistía Internacional difundió el miércoles “carece de pruebas”, señaló Konashenkov el jueves durante una rueda de prensa en Moscú.',
        'carece de pruebas',
      ],
      [
        'it',
        'Il documento che Amnesty International ha diffuso mercoledì "è privo di prove", ha affermato Konashenkov giovedì durante un briefing a Mosca.',
        'è privo di prove',
      ],
      [
        'pt',
        'O documento que a Anistia Internacional divulgou na quarta-feira “carece de provas”, afirmou Konashenkov durante uma entrevista em Moscou.',
        'carece de provas',
      ],
      [
        'fr',
        'Le document qu’Amnesty International a publié mercredi « ne repose sur aucune preuve », a affirmé Konachenkov jeudi lors d’un point de presse.',
        'ne repose sur aucune preuve',
      ],
      [
        'en',
        'The document Amnesty International published on Wednesday "rests on no evidence", Konashenkov said during a briefing in Moscow.',
        'rests on no evidence',
      ],
      [
        'de',
        'Das Papier, das Amnesty International am Mittwoch veröffentlichte, sei „ohne jeden Beweis“, sagte Konaschenkow während einer Pressekonferenz.',
        'ohne jeden Beweis',
      ],
    ];
    for (const [lang, text, words] of cases) {
      const found = read(inStory(lang, text), lang);
      expect(found, lang).toHaveLength(1);
      expect(found[0]![0], lang).toContain(words);
      expect(found[0]![1], lang).toBe('russia-mod');
    }
  });

  it('leaves a quotation whose tag names the accuser', () => {
    const text = inStory(
      'es',
      'Los bombardeos “podrían ser crímenes de guerra”, dijo Philip Luther, de Amnistía Internacional, durante una rueda de prensa.',
    );
    expect(read(text, 'es')).toEqual([]);
  });
});
