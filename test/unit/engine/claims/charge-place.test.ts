import { describe, expect, it } from 'vitest';
import { inStory, readDenials } from './helpers';

// A denier who says it knows nothing of the charge: when a long tail that dismisses nothing is cut
// off, the place the charge is set in stays with it. Every sentence here was written for this test.
describe('the place of a charge the denier knows nothing of', () => {
  it('stays with the charge when the tail after it is cut', () => {
    const cases: [string, string, string][] = [
      [
        'pt',
        'Os militares russos têm repetido não ter conhecimento de mortes de civis na Síria desde que começou a sua campanha aérea no outono.',
        'Os militares russos têm repetido não ter conhecimento de mortes de civis na Síria',
      ],
      [
        'fr',
        'Les militaires russes ont répété n’avoir aucune connaissance de morts civils en Syrie depuis le début de leur campagne aérienne à l’automne.',
        'Les militaires russes ont répété n’avoir aucune connaissance de morts civils en Syrie',
      ],
      [
        'es',
        'Los militares rusos han repetido que no tienen constancia de muertes de civiles en Siria desde el inicio de su campaña aérea en otoño.',
        'no tienen constancia de muertes de civiles en Siria',
      ],
      [
        'it',
        'I militari russi hanno ripetuto di non avere notizia di vittime civili in Siria dall’inizio della loro campagna aerea in autunno.',
        'I militari russi hanno ripetuto di non avere notizia di vittime civili in Siria',
      ],
      [
        'en',
        'The Russian military has repeated that it has no information about the deaths of civilians in Syria since the start of its air campaign in the autumn.',
        'it has no information about the deaths of civilians in Syria',
      ],
      [
        'de',
        'Das russische Militär wiederholte, es habe keine Informationen über getötete Zivilisten in Syrien seit dem Beginn seiner Luftkampagne im vergangenen Herbst.',
        'es habe keine Informationen über getötete Zivilisten in Syrien',
      ],
    ];
    for (const [lang, sentence, claim] of cases)
      expect(readDenials(inStory(lang, sentence), lang), lang).toEqual([[claim, 'russia-mod']]);
  });
});
