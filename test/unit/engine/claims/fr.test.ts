import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('French casualty claims', () => {
  it('reads numbers grouped by a space, a no-break space, a narrow no-break space or a dot', () => {
    for (const n of ['3 215', '3\u00a0215', '3\u202f215', '3.215']) {
      const [c] = casualties(
        `Selon l'OSDH, les raids russes en Syrie ont fait ${n} morts depuis septembre.`,
        'fr',
      );
      expect(c).toMatchObject({
        text: `${n} morts`,
        value: 3215,
        metric: 'people-killed',
        source: 'sohr',
      });
    }
  });

  it('reads number words and "une dizaine"', () => {
    const text =
      "D'après Amnesty, les frappes russes ont tué deux cent dix civils, quarante-neuf enfants et une dizaine de combattants.";
    expect(casualties(text, 'fr').map((c) => [c.text, c.metric, c.value])).toEqual([
      ['deux cent dix civils', 'civilians-killed', 210],
      ['quarante-neuf enfants', 'children-killed', 49],
      ['une dizaine de combattants', 'fighters-killed', 10],
    ]);
  });

  it('gives "des centaines" and "de nombreux" the least they mean', () => {
    const text =
      "Les bombardements russes avaient coûté la vie à des centaines de civils, selon l'ONG, qui reproche à Moscou d'avoir tué de nombreux civils.";
    expect(casualties(text, 'fr').map((c) => [c.text, c.min, c.source])).toEqual([
      ['coûté la vie à des centaines de civils', 200, 'amnesty'],
      ['de nombreux civils', 2, 'amnesty'],
    ]);
  });

  it('makes a civilian count of "morts civils", "victimes civiles" and "morts parmi les civils"', () => {
    const text =
      'Amnesty dénombre plus de 300 morts parmi les civils, dont 60 victimes civiles à Homs, et des centaines de morts civils au total en Syrie.';
    expect(casualties(text, 'fr').map((c) => [c.text, c.metric])).toEqual([
      ['plus de 300 morts parmi les civils', 'civilians-killed'],
      ['60 victimes civiles', 'civilians-killed'],
      ['des centaines de morts civils', 'civilians-killed'],
    ]);
  });

  it('reads a list in the sentence after a count, with its source carried over', () => {
    const text =
      "L'Observatoire syrien des droits de l'homme, basé au Royaume-Uni, a recensé 1 850 victimes des frappes russes en Syrie. Parmi elles figuraient 600 civils, dont 90 femmes et 140 enfants.";
    expect(casualties(text, 'fr').map((c) => [c.text, c.metric, c.source])).toEqual([
      ['1 850 victimes', 'people-killed', 'sohr'],
      ['600 civils', 'civilians-killed', 'sohr'],
      ['90 femmes', 'women-killed', 'sohr'],
      ['140 enfants', 'children-killed', 'sohr'],
    ]);
  });

  it('carries a breakdown over a paragraph break, as layouts split paragraphs', () => {
    const text = [
      "L'OSDH a recensé 1 850 victimes des frappes russes en Syrie.",
      'Au total, on comptait 600 civils, dont 90 femmes.',
    ].join('\n\n');
    expect(casualties(text, 'fr').map((c) => [c.text, c.source])).toEqual([
      ['1 850 victimes', 'sohr'],
      ['600 civils', 'sohr'],
      ['90 femmes', 'sohr'],
    ]);
    const unrelated =
      "L'OSDH a recensé 1 850 victimes des frappes russes en Syrie.\nPrès de 300 personnes manifestaient à Moscou.";
    expect(casualties(unrelated, 'fr').map((c) => c.text)).toEqual(['1 850 victimes']);
  });

  it('counts the whole war from 2011 as the war toll', () => {
    const [c] = casualties(
      "Toujours selon l'OSDH, le conflit syrien a fait plus de 260 000 morts depuis son déclenchement en 2011.",
      'fr',
    );
    expect(c).toMatchObject({
      text: 'plus de 260 000 morts',
      metric: 'war-deaths-total',
      value: 260000,
      source: 'sohr',
    });
  });

  it('ignores dates, witnesses, strikes, percentages, money and the injured', () => {
    const text = [
      "Le rapport d'Amnesty, publié le 23 décembre 2015, porte sur 25 frappes russes en Syrie.",
      "L'ONG a interrogé 16 témoins à distance ; 75 % des frappes visaient des zones habitées.",
      'La Russie a dépensé 200 millions de dollars et effectué 431 sorties en Syrie.',
      'Une frappe russe à Alep a fait 30 blessés, dont 12 enfants blessés.',
    ].join('\n');
    expect(casualties(text, 'fr')).toEqual([]);
  });

  it('reads a headline in capitals whose accents were dropped', () => {
    expect(
      casualties("SYRIE : AMNESTY ACCUSE MOSCOU D'AVOIR TUE AU MOINS 200 CIVILS", 'fr'),
    ).toEqual([
      {
        kind: 'casualty',
        text: 'AU MOINS 200 CIVILS',
        source: 'amnesty',
        metric: 'civilians-killed',
        value: 200,
      },
    ]);
  });

  it('ignores a "read also" line without the story inside the article', () => {
    const text = [
      'Selon Amnesty, les frappes russes ont tué au moins 200 civils en Syrie.',
      'Lire aussi : Accident de car en Espagne, 14 morts',
    ].join('\n');
    expect(casualties(text, 'fr').map((c) => c.text)).toEqual(['au moins 200 civils']);
  });
});

describe('French denials', () => {
  it('reads a reported rejection, "les contestent en bloc" and "Moscou le dément"', () => {
    const text = [
      'Le ministère russe de la Défense a rejeté le rapport d’Amnesty sur la Syrie.',
      'Ces accusations, les Russes les contestent en bloc.',
      "Amnesty accuse l'aviation russe d'avoir visé des civils en Syrie ; Moscou le dément.",
    ].join('\n');
    expect(denials(text, 'fr').map((d) => [d.text, d.source])).toEqual([
      ['Le ministère russe de la Défense a rejeté le rapport d’Amnesty', 'russia-mod'],
      ['les Russes les contestent en bloc', 'russia-mod'],
      ['Moscou le dément', 'russia-mod'],
    ]);
  });

  it('takes a quoted dismissal after « », and follows "il" to its speaker', () => {
    const text =
      "Le porte-parole du ministère de la Défense russe a jugé le rapport sur la Syrie « partial et sans fondement ». Il a ajouté : « ce sont les mêmes mensonges que d'habitude ».";
    expect(denials(text, 'fr').map((d) => d.text)).toEqual([
      'partial et sans fondement',
      "ce sont les mêmes mensonges que d'habitude",
    ]);
  });

  it('keeps a short quoted word with its clause: « clichés » alone says too little', () => {
    expect(denials('Syrie : Amnesty accuse, Moscou dénonce des « mensonges »', 'fr')).toEqual([
      { kind: 'denial', text: 'Moscou dénonce des « mensonges »', source: 'russia-mod' },
    ]);
  });

  it('reads a demand that Amnesty reveal its sources, quoted or not', () => {
    const text = [
      'Le ministère russe a sommé Amnesty de divulguer ses sources sur les frappes en Syrie.',
      "Moscou a aussi invité l'ONG à « publier les preuves de ces prétendues frappes ».",
    ].join('\n');
    expect(denials(text, 'fr').map((d) => d.text)).toEqual([
      'a sommé Amnesty de divulguer ses sources sur les frappes en Syrie',
      'publier les preuves de ces prétendues frappes',
    ]);
  });

  it('reads a denied fact and cuts it before "comme"', () => {
    const [d] = denials(
      "La Russie, alliée de Damas, assure que ses avions n'emploient pas d'armes à sous-munitions en Syrie, comme le dit Amnesty.",
      'fr',
    );
    expect(d).toMatchObject({
      text: "ses avions n'emploient pas d'armes à sous-munitions en Syrie",
      source: 'russia-mod',
    });
  });

  it('narrows a long quotation to its sentence that dismisses', () => {
    const text = `Le ministère russe de la Défense a répondu : « ${'Nos pilotes ont mené des opérations en Syrie contre des groupes armés avec une grande précision. '.repeat(4)}Ce rapport est sans fondement. Nous poursuivrons notre mission. »`;
    expect(denials(text, 'fr').map((d) => d.text)).toEqual(['Ce rapport est sans fondement']);
  });

  it('does not take a non-Russian denial nor a Russian statement that denies nothing', () => {
    const text = [
      'La coalition dément avoir visé des civils en Syrie.',
      'Moscou dénonce les frappes de la coalition en Syrie.',
      'Le ministère russe de la Défense a annoncé 50 nouvelles frappes en Syrie.',
    ].join('\n');
    expect(denials(text, 'fr')).toEqual([]);
  });
});

describe('French attribution', () => {
  it('resolves "ce dernier", "l\'organisme" and "l\'ONG" to the last named source that can be called so', () => {
    const text = [
      'Amnesty International publie un rapport sur les frappes russes en Syrie.',
      "D'autres organismes, comme l'OSDH, avancent des chiffres plus lourds. Ce dernier a recensé 1 900 morts. Toujours selon l'organisme, 600 civils figurent parmi eux.",
      "Selon l'ONG londonienne, 47 personnes ont été tuées à Idleb.",
    ].join('\n');
    expect(claimsIn(text, 'fr').map((c) => [c.text, c.source])).toEqual([
      ['1 900 morts', 'sohr'],
      ['600 civils', 'sohr'],
      ['47 personnes', 'sohr'],
    ]);
  });

  it('uses the name in apposition: "le collectif Airwars"', () => {
    const [c] = casualties(
      'Au moins 70 civils ont été tués par les frappes russes en Syrie, selon le collectif Airwars.',
      'fr',
    );
    expect(c).toMatchObject({ source: 'airwars' });
  });

  it('takes "un porte-parole" as someone new, not as the ministry', () => {
    expect(
      denials('En Syrie, un porte-parole a qualifié ces chiffres de « mensonges ».', 'fr'),
    ).toEqual([]);
  });
});

describe('French denial lexicon, by category', () => {
  const seen = (text: string) => denials(text, 'fr').map((d) => [d.text, d.source]);

  it('denial verbs: "écarter", "se défendre de", "n\'admettre aucune"', () => {
    expect(seen("Moscou a écarté les conclusions de l'ONG sur la Syrie.")).toEqual([
      ["Moscou a écarté les conclusions de l'ONG", 'russia-mod'],
    ]);
    expect(seen("Le Kremlin se défend d'avoir visé des civils en Syrie.")).toEqual([
      ["Le Kremlin se défend d'avoir visé des civils en Syrie", 'russia-kremlin'],
    ]);
    expect(
      seen("La Russie n'admet aucune responsabilité dans la mort de civils en Syrie."),
    ).toEqual([
      ["La Russie n'admet aucune responsabilité dans la mort de civils en Syrie", 'russia-mod'],
    ]);
  });

  it('weak denial verbs in the imperfect, with an unquoted dismissive word', () => {
    expect(seen('Le ministère russe de la Défense fustigeait un rapport tendancieux.')).toEqual([
      ['Le ministère russe de la Défense fustigeait un rapport tendancieux', 'russia-mod'],
    ]);
  });

  it('targets and object pronouns: "les constatations", "dément tout"', () => {
    expect(seen('Moscou conteste toutes les constatations publiées sur les frappes.')).toEqual([
      ['Moscou conteste toutes les constatations publiées sur les frappes', 'russia-mod'],
    ]);
    expect(seen('Interrogé sur le rapport, le ministère russe de la Défense dément tout.')).toEqual(
      [['le ministère russe de la Défense dément tout', 'russia-mod']],
    );
  });

  it('dismissive words: "guerre médiatique", "dénué de tout fondement"', () => {
    expect(
      seen("Selon le ministère russe de la Défense, il s'agit d'une « guerre médiatique ».").map(
        (d) => d[0],
      ),
    ).toEqual(["il s'agit d'une « guerre médiatique »"]);
    expect(
      seen('Le ministère russe de la Défense juge ce rapport dénué de tout fondement.'),
    ).toEqual([
      ['Le ministère russe de la Défense juge ce rapport dénué de tout fondement', 'russia-mod'],
    ]);
  });

  it('assert verbs: "a réitéré que" opens a denied fact', () => {
    expect(
      seen(
        "Le ministère russe de la Défense a réitéré que ses avions n'utilisent pas de bombes à sous-munitions.",
      ),
    ).toEqual([["ses avions n'utilisent pas de bombes à sous-munitions", 'russia-mod']]);
  });

  it('demand, reveal and source words: "défié ... de dire qui"', () => {
    expect(
      seen('Le ministère russe a défié Amnesty de dire qui lui avait fourni ces données.'),
    ).toEqual([['a défié Amnesty de dire qui lui avait fourni ces données', 'russia-mod']]);
  });

  it('negations: "sans rien démentir" denies nothing', () => {
    expect(
      seen('Le ministère russe de la Défense a commenté le rapport sans rien démentir.'),
    ).toEqual([]);
  });

  it('verb fillers: an adverb between a passive participle and its agent', () => {
    expect(seen('Ces accusations ont été rejetées en bloc par Moscou.')).toEqual([
      ['Ces accusations ont été rejetées en bloc par Moscou', 'russia-mod'],
    ]);
  });
});
