import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// What Russian officials do to the accusations, as articles report it: go on dismissing them, cast
// doubt on the evidence, attack the report's motive, show counter-evidence. Every sentence here was
// written for this test.

type Case = [lang: string, text: string, span: string, source?: string];

const expectDenials = (cases: Case[]) => {
  for (const [lang, text, span, source = 'russia-mod'] of cases)
    expect(read(inStory(lang, text), lang), text).toEqual([[span, source]]);
};
const expectNone = (cases: [lang: string, text: string][]) => {
  for (const [lang, text] of cases) expect(read(inStory(lang, text), lang), text).toEqual([]);
};

describe('what deniers do to the accusations', () => {
  it('reads a denial verb after a negated stop as going on, not negated', () => {
    expectDenials([
      [
        'en',
        'Moscow has never stopped rejecting the charges.',
        'Moscow has never stopped rejecting the charges',
      ],
      [
        'it',
        'Il Cremlino non ha mai smesso di respingere le accuse.',
        'Il Cremlino non ha mai smesso di respingere le accuse',
        'russia-kremlin',
      ],
      [
        'pt',
        'O Ministério da Defesa nunca deixou de negar as acusações.',
        'O Ministério da Defesa nunca deixou de negar as acusações',
      ],
      [
        'fr',
        'Moscou n’a jamais cessé de démentir ces accusations.',
        'Moscou n’a jamais cessé de démentir ces accusations',
      ],
    ]);
    expectNone([
      ['en', 'Moscow has not rejected the charges.'],
      ['it', 'Il Cremlino non ha mai negato le accuse.'],
    ]);
  });

  it('reads a doubt cast on how true the evidence is, and evidence said not to be evidence', () => {
    expectDenials([
      [
        'en',
        'The defence ministry challenged how reliable the testimonies were.',
        'The defence ministry challenged how reliable the testimonies were',
      ],
      [
        'es',
        'Moscú puso en tela de juicio la autenticidad de las fotografías.',
        'Moscú puso en tela de juicio la autenticidad de las fotografías',
      ],
      [
        'fr',
        'Le Kremlin a jeté le doute sur la fiabilité des témoins.',
        'Le Kremlin a jeté le doute sur la fiabilité des témoins',
        'russia-kremlin',
      ],
      ['de', 'Moskau zweifelt an dem Bericht.', 'Moskau zweifelt an dem Bericht'],
      [
        'it',
        'Konashenkov ha detto che quei documenti non possono essere considerati prove.',
        'quei documenti non possono essere considerati prove',
      ],
      [
        'pt',
        'Konashenkov disse que as imagens não podem ser consideradas provas.',
        'as imagens não podem ser consideradas provas',
      ],
      [
        'en',
        'Konashenkov said the documents could not be called serious evidence.',
        'the documents could not be called serious evidence',
      ],
    ]);
  });

  it('reads the accuser’s officer telling what Moscow has dismissed before as Moscow’s denial', () => {
    expectDenials([
      [
        'en',
        'Amnesty’s regional director said Moscow had dismissed every earlier report as lies.',
        'Moscow had dismissed every earlier report as lies',
      ],
      [
        'en',
        "The NGO's spokesman said Moscow had rejected all such findings in the past.",
        'Moscow had rejected all such findings in the past',
      ],
    ]);
  });

  it('reads an attack on the motive or the making of the accusations as a denial', () => {
    expectDenials([
      [
        'en',
        'Zakharova called the document a made-to-order report.',
        'called the document a made-to-order report',
        'russia-mfa',
      ],
      [
        'es',
        'El ministerio denunció un enfoque politizado.',
        'El ministerio denunció un enfoque politizado',
      ],
      [
        'de',
        'Das Ministerium sprach von einer Provokation.',
        'Das Ministerium sprach von einer Provokation',
      ],
      [
        'it',
        'Il ministero ha parlato di un rapporto su commissione.',
        'Il ministero ha parlato di un rapporto su commissione',
      ],
      [
        'pt',
        'O ministério denunciou uma fabricação de informações.',
        'O ministério denunciou uma fabricação de informações',
      ],
      [
        'en',
        'The ministry said the accusations were meant to cover up the bombing of the Kunduz hospital.',
        'the accusations were meant to cover up the bombing of the Kunduz hospital',
      ],
    ]);
  });

  it('reads pictures a denier shows of an unharmed place as counter-evidence', () => {
    expectDenials([
      [
        'en',
        'The ministry released satellite pictures of a mosque it said was unharmed.',
        'The ministry released satellite pictures of a mosque it said was unharmed',
      ],
      [
        'fr',
        'Le ministère a diffusé des images satellite montrant que l’hôpital était intact.',
        'Le ministère a diffusé des images satellite montrant que l’hôpital était intact',
      ],
      [
        'de',
        'Das Ministerium veröffentlichte Luftbilder, die eine unversehrte Schule zeigen.',
        'Das Ministerium veröffentlichte Luftbilder, die eine unversehrte Schule zeigen',
      ],
      [
        'pt',
        'O ministério divulgou imagens de satélite que mostram a mesquita intacta.',
        'O ministério divulgou imagens de satélite que mostram a mesquita intacta',
      ],
    ]);
    // The accuser's pictures, and a denier's pictures that show no place spared, deny nothing.
    expectNone([
      ['en', 'Amnesty published satellite images showing the destroyed market.'],
      ['en', 'The ministry published video of strikes on terrorist positions.'],
    ]);
  });
});
