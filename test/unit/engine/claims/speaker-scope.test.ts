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
      '« Ce dossier, nous l’avons parcouru : rien de nouveau. Partout des mots comme ‘raids russes, ‘infractions possibles’ et autres. Ce sont des suppositions sans preuve », a déclaré le porte-parole militaire russe.',
      [
        ['rien de nouveau', 'russia-mod'],
        ['Ce sont des suppositions sans preuve', 'russia-mod'],
      ],
    ],
    [
      'es',
      '«Revisamos ese texto: nada nuevo. Abundan palabras como ‘bombardeos rusos, ‘infracciones probables’ y otras. Son conjeturas sin pruebas», dijo el portavoz militar ruso.',
      [
        ['nada nuevo', 'russia-mod'],
        ['Son conjeturas sin pruebas', 'russia-mod'],
      ],
    ],
    [
      'it',
      '«Quel dossier lo abbiamo sfogliato: nulla di nuovo. Ovunque parole come ‘incursioni russe, ‘infrazioni probabili’ e altre. Sono congetture senza prove», ha detto il portavoce militare russo.',
      [
        ['nulla di nuovo', 'russia-mod'],
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

describe('the rest of a sentence whose main verb is a denier’s', () => {
  it.each<Case>([
    [
      'en',
      'The ministry spokesman said he had read the report, and that Amnesty had made empty accusations without any proof.',
      [['Amnesty had made empty accusations without any proof', 'russia-mod']],
    ],
    [
      'fr',
      'Le porte-parole du ministère a dit avoir lu le rapport, et que l’ONG avait formulé des accusations sans aucune preuve.',
      [['l’ONG avait formulé des accusations sans aucune preuve', 'russia-mod']],
    ],
    [
      'es',
      'El portavoz del ministerio dijo que había leído el informe, y que la ONG había hecho acusaciones sin ninguna prueba.',
      [['la ONG había hecho acusaciones sin ninguna prueba', 'russia-mod']],
    ],
    [
      'it',
      'Il portavoce del ministero ha detto di aver letto il rapporto, e che l’ONG ha formulato accuse senza alcuna prova.',
      [['l’ONG ha formulato accuse senza alcuna prova', 'russia-mod']],
    ],
    [
      'pt',
      'O porta-voz do ministério disse ter lido o relatório, e que a ONG fez acusações sem nenhuma prova.',
      [['a ONG fez acusações sem nenhuma prova', 'russia-mod']],
    ],
    [
      'de',
      'Der Sprecher des Ministeriums sagte, er habe den Bericht gelesen, und dass die Organisation Vorwürfe ohne jeden Beweis erhoben habe.',
      [['die Organisation Vorwürfe ohne jeden Beweis erhoben habe', 'russia-mod']],
    ],
  ])('%s: reads a second reported clause of the same verb of saying', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });

  it.each<Case>([
    [
      'en',
      'Moscow refuted the report of Amnesty International that accuses it of war crimes, saying that the document is full of "stock phrases".',
      [
        ['Moscow refuted the report of Amnesty International', 'russia-mod'],
        ['the document is full of "stock phrases"', 'russia-mod'],
      ],
    ],
    [
      'fr',
      'L’armée russe a commenté mardi l’étude de l’ONG sur ses raids, en affirmant que ce texte est truffé de « clichés ».',
      [['ce texte est truffé de « clichés »', 'russia-mod']],
    ],
    [
      'es',
      'Moscú refutó el martes el estudio de la ONG sobre sus bombardeos, asegurando que ese texto rebosa de «frases hechas» y de sospechas.',
      [
        ['Moscú refutó el martes el estudio de la ONG', 'russia-mod'],
        ['ese texto rebosa de «frases hechas»', 'russia-mod'],
      ],
    ],
    [
      'it',
      'Il ministero ha risposto al rapporto di Amnesty International che lo accusa di crimini di guerra, affermando che il documento è pieno di «frasi fatte» e sospetti.',
      [['il documento è pieno di «frasi fatte»', 'russia-mod']],
    ],
    [
      'pt',
      'O ministério respondeu ao relatório da Anistia Internacional que o acusa de crimes de guerra, afirmando que o documento está cheio de “frases feitas” e suspeitas.',
      [['o documento está cheio de “frases feitas”', 'russia-mod']],
    ],
    [
      'de',
      'Das Ministerium antwortete auf den Bericht und erklärte, das Dokument sei voller „Floskeln“ und Vermutungen.',
      [['das Dokument sei voller „Floskeln“', 'russia-mod']],
    ],
  ])('%s: reads a participle of saying or labelling after the answer', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });

  it.each<Case>([
    [
      'en',
      'The spokesman asked Amnesty to name its sources, as it accuses Russia of hitting clinics, claims that "we categorically reject".',
      [
        ['asked Amnesty to name its sources', 'russia-mod'],
        ['"we categorically reject"', 'russia-mod'],
      ],
    ],
    [
      'fr',
      'Le porte-parole a demandé à l’ONG de nommer ses sources, car elle accuse la Russie de frapper des cliniques, ce que « nous rejetons catégoriquement ».',
      [
        ['a demandé à l’ONG de nommer ses sources', 'russia-mod'],
        ['« nous rejetons catégoriquement »', 'russia-mod'],
      ],
    ],
    [
      'es',
      'El vocero exigió a la ONG que nombre sus fuentes, pues culpa a Rusia de bombardear clínicas, algo que «rechazamos de plano».',
      [
        ['exigió a la ONG que nombre sus fuentes', 'russia-mod'],
        ['«rechazamos de plano»', 'russia-mod'],
      ],
    ],
    [
      'it',
      'Il portavoce ha chiesto all’ONG di nominare le sue fonti, perché accusa la Russia di colpire cliniche, accuse che «respingiamo categoricamente».',
      [
        ['ha chiesto all’ONG di nominare le sue fonti', 'russia-mod'],
        ['«respingiamo categoricamente»', 'russia-mod'],
      ],
    ],
    [
      'pt',
      'O porta-voz pediu à ONG que nomeie as suas fontes, pois acusa a Rússia de atingir clínicas, acusações que “rejeitamos categoricamente”.',
      [
        ['pediu à ONG que nomeie as suas fontes', 'russia-mod'],
        ['“rejeitamos categoricamente”', 'russia-mod'],
      ],
    ],
    [
      'de',
      'Der Sprecher forderte die Organisation auf, ihre Quellen zu nennen, da sie Russland Angriffe auf Kliniken vorwerfe, Vorwürfe, die „wir kategorisch zurückweisen“.',
      [
        ['forderte die Organisation auf, ihre Quellen zu nennen', 'russia-mod'],
        ['die „wir kategorisch zurückweisen“', 'russia-mod'],
      ],
    ],
  ])('%s: reads a first-person rejection quoted later in the sentence', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });

  it.each<Case>([
    [
      'en',
      'The ministry spokesman said he had read the report, but Amnesty replied that Moscow’s version was "without any proof".',
      [],
    ],
    [
      'fr',
      'Le porte-parole du ministère a dit avoir lu le rapport, mais Amnesty a répondu que la version de Moscou était « sans aucune preuve ».',
      [],
    ],
    [
      'es',
      'El portavoz del ministerio dijo haber leído el informe, pero Amnistía respondió que la versión de Moscú era «sin ninguna prueba».',
      [],
    ],
    [
      'it',
      'Il portavoce del ministero ha detto di aver letto il rapporto, ma Amnesty ha risposto che la versione di Mosca era «senza alcuna prova».',
      [],
    ],
    [
      'pt',
      'O porta-voz do ministério disse ter lido o relatório, mas a Anistia respondeu que a versão de Moscou era “sem nenhuma prova”.',
      [],
    ],
    [
      'de',
      'Das Ministerium wies den Bericht zurück, doch Amnesty erklärte, die Angriffe hätten Häuser ohne jedes militärische Ziel getroffen.',
      [['Das Ministerium wies den Bericht zurück', 'russia-mod']],
    ],
    [
      'en',
      'Russia dismissed the report, which says that the raids hit homes with no military target.',
      [['Russia dismissed the report', 'russia-mod']],
    ],
  ])('%s: ends the scope where someone else has the floor', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });
});

describe('words that are not a denier’s though they name one', () => {
  it.each<Case>([
    [
      'en',
      'Moscow answered the report of Amnesty International (AI) “No civilian target hit: the Kremlin’s claims refuted”, calling it biased.',
      [['calling it biased', 'russia-mod']],
    ],
    [
      'fr',
      'L’armée russe a commenté l’étude d’Amnesty International (AI) « Des raids sans témoins : la version russe contredite », en la jugeant partiale.',
      [['en la jugeant partiale', 'russia-mod']],
    ],
    [
      'es',
      'Moscú respondió al informe de Amnistía Internacional (AI) «Ningún objetivo civil alcanzado: las afirmaciones rusas desmentidas», y lo calificó de parcial.',
      [['lo calificó de parcial', 'russia-mod']],
    ],
    [
      'it',
      'Mosca ha risposto al rapporto di Amnesty International (AI) «Nessun obiettivo civile colpito: le affermazioni russe smentite», e lo ha definito parziale.',
      [],
    ],
    [
      'pt',
      'Moscou respondeu ao relatório da Anistia Internacional (AI) “Nenhum alvo civil atingido: as alegações russas desmentidas”, classificando-o de parcial.',
      [['classificando-o de parcial', 'russia-mod']],
    ],
    [
      'de',
      'Moskau antwortete auf den Bericht von Amnesty International (AI) „Kein ziviles Ziel getroffen: Moskaus Angaben widerlegt“ und nannte ihn einseitig.',
      [['nannte ihn einseitig', 'russia-mod']],
    ],
  ])('%s: a quotation after the report it names is its title', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });

  it.each<Case>([
    [
      'en',
      'The study gives grounds for thinking that Russian officers might have lied about a damaged mosque.',
      [],
    ],
    [
      'fr',
      'Le document contient des éléments montrant que les autorités russes auraient menti pour cacher les dégâts causés à une mosquée.',
      [],
    ],
    [
      'es',
      'El documento incluye pruebas que indican que las autoridades rusas habrían mentido para ocultar los daños a una mezquita.',
      [],
    ],
    [
      'it',
      'Il documento contiene prove che indicano che le autorità russe avrebbero mentito per nascondere i danni a una moschea.',
      [],
    ],
    [
      'pt',
      'O documento contém provas indicando que as autoridades russas teriam mentido para esconder os danos a uma mesquita.',
      [],
    ],
    [
      'de',
      'Der Bericht enthält Belege, die zeigen, dass russische Behörden gelogen haben könnten, um Schäden an einer Moschee zu verbergen.',
      [],
    ],
  ])('%s: the subject of a reported clause does not say the verb before it', (lang, text, want) => {
    expect(read(inStory(lang, text), lang)).toEqual(want);
  });
});
