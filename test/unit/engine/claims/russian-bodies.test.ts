import { describe, expect, it } from 'vitest';
import { inStory, readDenials } from './helpers';

// A denial counts when the engine knows a Russian state body says it, and it belongs to that body:
// the upper house of parliament, the diplomats and envoys, the army's general staff.
describe('Russian bodies beyond the three ministries', () => {
  it('credits the air force commander of 2015 to the defence ministry, not to the upper house he joined later', () => {
    // Viktor Bondarev led the Aerospace Forces (part of the defence ministry) when the report came
    // out; he sat in the Federation Council only from 2017.
    const de = inStory(
      'de',
      'Russische Piloten hätten niemals Krankenhäuser oder Schulen bombardiert, sagte Luftwaffenchef Viktor Bondarew im Fernsehen.',
    );
    expect(readDenials(de, 'de').map(([, source]) => source)).toEqual(['russia-mod']);
    const en = inStory(
      'en',
      'Air force commander Viktor Bondarev said Russian pilots had never bombed hospitals or schools.',
    );
    expect(readDenials(en, 'en').map(([, source]) => source)).toEqual(['russia-mod']);
  });

  it('credits a Federation Council senator, titled before or after the name, and his surname later', () => {
    const fr = inStory(
      'fr',
      'Le sénateur Viktor Ozerov, président de la commission de la défense du Conseil de la Fédération, a rejeté le rapport.',
      'Selon Ozerov, les pilotes russes ne frappent que des cibles terroristes.',
    );
    expect(readDenials(fr, 'fr')).toEqual([
      ['a rejeté le rapport', 'russia-fed-council'],
      ['les pilotes russes ne frappent que des cibles terroristes', 'russia-fed-council'],
    ]);
    const de = inStory(
      'de',
      'Der Vorsitzende des Verteidigungsausschusses im Föderationsrat, Viktor Oserow, wies die Vorwürfe als haltlos zurück.',
    );
    expect(readDenials(de, 'de')).toEqual([
      ['wies die Vorwürfe als haltlos zurück', 'russia-fed-council'],
    ]);
    const it = inStory(
      'it',
      'Il presidente della commissione Difesa del Consiglio della Federazione, Viktor Ozerov, ha definito il rapporto «una provocazione».',
    );
    expect(readDenials(it, 'it')).toEqual([
      ['ha definito il rapporto «una provocazione»', 'russia-fed-council'],
    ]);
    const pt = inStory(
      'pt',
      'O senador russo Franz Klintsevich classificou o relatório de «falso».',
      '«Não há nenhuma prova. É pura propaganda», disse Klintsevich.',
    );
    expect(readDenials(pt, 'pt').map(([, source]) => source)).toEqual([
      'russia-fed-council',
      'russia-fed-council',
    ]);
  });

  it('credits the president, as the Kremlin speaks for him', () => {
    const fr = inStory(
      'fr',
      'Vladimir Poutine a qualifié de « mensonges » les rapports sur des civils tués en Syrie.',
    );
    expect(readDenials(fr, 'fr').map(([, source]) => source)).toEqual(['russia-kremlin']);
    const de = inStory(
      'de',
      'Präsident Wladimir Putin wies die Berichte über getötete Zivilisten als Propaganda zurück.',
    );
    expect(readDenials(de, 'de').map(([, source]) => source)).toEqual(['russia-kremlin']);
  });

  it('credits envoys, ambassadors and the diplomacy to the foreign ministry', () => {
    const en = inStory(
      'en',
      "Russia's ambassador to the United Nations, Vitaly Churkin, dismissed Amnesty's findings as one-sided.",
    );
    expect(readDenials(en, 'en')).toEqual([
      ["dismissed Amnesty's findings as one-sided", 'russia-mfa'],
    ]);
    const es = inStory(
      'es',
      '«No contiene ni una sola prueba», lanzó la portavoz de la diplomacia rusa, María Zajárova.',
    );
    expect(readDenials(es, 'es')).toEqual([['No contiene ni una sola prueba', 'russia-mfa']]);
    const fr = inStory(
      'fr',
      'L’ambassadeur de Russie auprès de l’ONU, Vitali Tchourkine, a qualifié le rapport de « partial ».',
    );
    expect(readDenials(fr, 'fr').map(([, source]) => source)).toEqual(['russia-mfa']);
  });

  it('credits the general staff to the defence ministry, and a headline’s ministry to the bare quote under it', () => {
    const en = inStory('en', "Russia's General Staff rejected the accusations as baseless.");
    expect(readDenials(en, 'en').map(([, source]) => source)).toEqual(['russia-mod']);
    const de = [
      'Russisches Außenministerium weist Amnesty-Bericht zurück',
      '„Der Bericht ist haltlos. Es sind die üblichen Klischees.“',
    ].join('\n');
    expect(readDenials(de, 'de').map(([, source]) => source)).toEqual(['russia-mfa', 'russia-mfa']);
  });

  it('reads "the defence ministry" as the defence ministry after the foreign ministry spoke', () => {
    const es = inStory(
      'es',
      'La portavoz de Exteriores, María Zajárova, calificó el informe de "falsificación", mientras el Ministerio de Defensa insiste en que sus aviones solo atacan a grupos terroristas.',
    );
    expect(readDenials(es, 'es').map(([, source]) => source)).toEqual(['russia-mfa', 'russia-mod']);
    const en = inStory(
      'en',
      "Russia's foreign ministry dismissed the report.",
      'The defence ministry said the report was full of clichés.',
    );
    expect(readDenials(en, 'en').map(([, source]) => source)).toEqual(['russia-mfa', 'russia-mod']);
    const it = inStory(
      'it',
      'La portavoce Maria Zakharova ha respinto il rapporto.',
      'Il ministero della Difesa ha parlato di «falsi».',
    );
    expect(readDenials(it, 'it').map(([, source]) => source)).toEqual(['russia-mfa', 'russia-mod']);
  });

  it('credits a foreign ministry named without its country to the foreign ministry, not the army', () => {
    // Real coverage often says just "the foreign ministry" once Russia is the subject.
    const fr = inStory(
      'fr',
      "Les responsables russes ont promis de lire le texte, alors que le ministère des Affaires étrangères indiquait n'avoir « aucune donnée » sur des morts civils.",
    );
    expect(readDenials(fr, 'fr').map(([, source]) => source)).toEqual(['russia-mfa']);
    const en = inStory('en', 'The foreign ministry dismissed the report as biased.');
    expect(readDenials(en, 'en')).toEqual([
      ['The foreign ministry dismissed the report as biased', 'russia-mfa'],
    ]);
    const de = inStory('de', 'Das Außenministerium wies den Bericht als einseitig zurück.');
    expect(readDenials(de, 'de').map(([, source]) => source)).toEqual(['russia-mfa']);
    const es = inStory('es', 'El Ministerio de Asuntos Exteriores rechazó el informe.');
    expect(readDenials(es, 'es').map(([, source]) => source)).toEqual(['russia-mfa']);
    const it = inStory('it', 'Il ministero degli Esteri ha respinto il rapporto.');
    expect(readDenials(it, 'it').map(([, source]) => source)).toEqual(['russia-mfa']);
    const pt = inStory('pt', 'O Ministério dos Negócios Estrangeiros rejeitou o relatório.');
    expect(readDenials(pt, 'pt').map(([, source]) => source)).toEqual(['russia-mfa']);
    // Another state's foreign ministry is none of the story's deniers.
    const syrian = inStory('en', 'The Syrian foreign ministry rejected the report.');
    expect(readDenials(syrian, 'en')).toEqual([]);
  });

  it('reads "the lawmaker" as the parliament named before, not a lawmaker named otherwise', () => {
    const fr = inStory(
      'fr',
      'Le sénateur Viktor Ozerov a rejeté le rapport.',
      'Interrogé par Interfax, le parlementaire a poursuivi : « Nous avons lu ce rapport. Il ne repose sur aucune preuve. »',
    );
    expect(readDenials(fr, 'fr')).toEqual([
      ['a rejeté le rapport', 'russia-fed-council'],
      ['Il ne repose sur aucune preuve', 'russia-fed-council'],
    ]);
    const en = inStory(
      'en',
      'Senator Viktor Ozerov rejected the report.',
      'The lawmaker told Interfax the claims were groundless.',
      'In Washington, the American senator John McCain said the denials were baseless.',
    );
    expect(readDenials(en, 'en')).toEqual([
      ['rejected the report', 'russia-fed-council'],
      ['the claims were groundless', 'russia-fed-council'],
    ]);
  });

  it('credits no one who is not a Russian state body', () => {
    const es = inStory(
      'es',
      'El ministro de Información sirio, Omran al Zoubi, dijo: «Son mentiras. No hay pruebas.»',
    );
    expect(readDenials(es, 'es')).toEqual([]);
    const en = inStory(
      'en',
      'Opposition politician Lev Shlosberg said: "The ministry denies everything. Its denials are baseless."',
    );
    expect(readDenials(en, 'en')).toEqual([]);
  });
  it("knows the army's spokesman in a German closed compound, named or not", () => {
    const named = inStory(
      'de',
      'Der russische Militärsprecher nannte die Vorwürfe „frei erfunden“.',
    );
    expect(readDenials(named, 'de').map(([, source]) => source)).toEqual(['russia-mod']);
    const later = inStory(
      'de',
      'Die Luftangriffe dauern an.',
      'Laut der Armeesprecherin bestehe die Darstellung nur aus „Lügen und Klischees“.',
    );
    expect(readDenials(later, 'de').map(([, source]) => source)).toEqual(['russia-mod']);
    const genitive = inStory('de', 'Nach Angaben des Militärsprechers seien die Vorwürfe haltlos.');
    expect(readDenials(genitive, 'de').map(([, source]) => source)).toEqual(['russia-mod']);
  });
});
