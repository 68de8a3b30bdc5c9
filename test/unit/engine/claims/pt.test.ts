import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('Portuguese casualty claims', () => {
  it('reads "pelo menos", dotted thousands and "entre eles" lists', () => {
    const text = [
      'Os ataques aéreos russos na Síria mataram pelo menos 200 civis, segundo um relatório da Anistia Internacional.',
      'O Observatório Sírio dos Direitos Humanos contabiliza 2.250 mortos, entre eles 730 civis, dos quais 170 crianças e 100 mulheres.',
    ].join('\n');
    expect(casualties(text, 'pt').map((c) => [c.text, c.metric, c.value, c.source])).toEqual([
      ['pelo menos 200 civis', 'civilians-killed', 200, 'amnesty'],
      ['2.250 mortos', 'people-killed', 2250, 'sohr'],
      ['730 civis', 'civilians-killed', 730, 'sohr'],
      ['170 crianças', 'children-killed', 170, 'sohr'],
      ['100 mulheres', 'women-killed', 100, 'sohr'],
    ]);
  });

  it('reads number words, "uma dúzia", "centenas" and "mil"', () => {
    const text = [
      'De acordo com a ONG, os bombardeios russos mataram cento e sessenta e um civis e cerca de uma dúzia de combatentes.',
      'Centenas de civis morreram nos ataques russos, afirma a Anistia.',
      'A guerra na Síria, iniciada em 2011, já deixou mais de 270 mil mortos, segundo o Observatório.',
    ].join('\n');
    expect(casualties(text, 'pt').map((c) => [c.text, c.metric, c.value ?? c.min])).toEqual([
      ['cento e sessenta e um civis', 'civilians-killed', 161],
      ['cerca de uma dúzia de combatentes', 'fighters-killed', 12],
      ['Centenas de civis', 'civilians-killed', 200],
      ['mais de 270 mil mortos', 'war-deaths-total', 270000],
    ]);
  });

  it('ignores witnesses, attacks and the injured', () => {
    const text =
      'A Anistia ouviu 16 testemunhas sobre 25 ataques russos na Síria; 40 civis ficaram feridos.';
    expect(casualties(text, 'pt')).toEqual([]);
  });
});

describe('Portuguese denials', () => {
  it('reads a rejection, a quoted dismissal, a denial with an infinitive and a demand for sources', () => {
    const text = [
      'Moscou rejeitou as acusações da Anistia Internacional sobre a Síria.',
      'O porta-voz do Ministério da Defesa russo, Igor Konashenkov, disse que o relatório é «infundado e tendencioso».',
      'O ministério negou ter usado bombas de fragmentação e pediu à Anistia que revele as suas fontes.',
    ].join('\n');
    expect(denials(text, 'pt').map((d) => [d.text, d.source])).toEqual([
      ['Moscou rejeitou as acusações da Anistia Internacional', 'russia-mod'],
      ['o relatório é «infundado e tendencioso»', 'russia-mod'],
      ['O ministério negou ter usado bombas de fragmentação', 'russia-mod'],
      ['pediu à Anistia que revele as suas fontes', 'russia-mod'],
    ]);
  });

  it('reads an enclitic pronoun as the object: "negou-o"', () => {
    expect(
      denials('A Anistia acusa a Rússia de crimes de guerra na Síria. Moscovo negou-o.', 'pt'),
    ).toEqual([{ kind: 'denial', text: 'Moscovo negou-o', source: 'russia-mod' }]);
  });
});

describe('Portuguese attribution', () => {
  it('carries the Observatory across sentences and ignores a relay', () => {
    const text =
      'Segundo o Observatório Sírio dos Direitos Humanos, citado pela Anistia, os raides russos mataram 2.000 pessoas na Síria. Destas, 700 eram civis.';
    expect(claimsIn(text, 'pt').map((c) => [c.text, c.source])).toEqual([
      ['2.000 pessoas', 'sohr'],
      ['700 eram civis', 'sohr'],
    ]);
  });
});

describe('Portuguese denial lexicon, by category', () => {
  const seen = (text: string) => denials(text, 'pt').map((d) => [d.text, d.source]);

  it('denial verbs: "rechaçou", "nunca admitiu"', () => {
    expect(seen('O Ministério da Defesa russo rechaçou as acusações da Anistia.')).toEqual([
      ['O Ministério da Defesa russo rechaçou as acusações da Anistia', 'russia-mod'],
    ]);
    expect(seen('Moscovo nunca admitiu qualquer responsabilidade pela morte de civis.')).toEqual([
      ['Moscovo nunca admitiu qualquer responsabilidade pela morte de civis', 'russia-mod'],
    ]);
  });

  it('weak denial verbs: "rotulou ... como" with an unquoted dismissive word', () => {
    expect(seen('O Ministério da Defesa russo rotulou o relatório como tendencioso.')).toEqual([
      ['O Ministério da Defesa russo rotulou o relatório como tendencioso', 'russia-mod'],
    ]);
  });

  it('object pronouns: "negou tudo"', () => {
    expect(seen('Interrogado sobre o relatório, o porta-voz Igor Konashenkov negou tudo.')).toEqual(
      [['negou tudo', 'russia-mod']],
    );
  });

  it('dismissive words: "guerra midiática", "guerra informativa"', () => {
    expect(
      seen(
        'Segundo o Ministério da Defesa russo, o relatório faz parte de uma «guerra midiática» contra a Rússia.',
      ),
    ).toEqual([['o relatório faz parte de uma «guerra midiática»', 'russia-mod']]);
    expect(seen('O Ministério da Defesa russo falou em «guerra informativa».')).toEqual([
      ['O Ministério da Defesa russo falou em «guerra informativa»', 'russia-mod'],
    ]);
  });

  it('assert verbs: "tem repetido que" opens a denied fact', () => {
    expect(
      seen(
        'O Ministério da Defesa russo tem repetido que os seus aviões não usam bombas de fragmentação.',
      ),
    ).toEqual([['os seus aviões não usam bombas de fragmentação', 'russia-mod']]);
  });

  it('demand, reveal and source words: "cobrou ... que diga quem"', () => {
    expect(seen('O ministério cobrou da Anistia que diga quem lhe passou os dados.')).toEqual([
      ['cobrou da Anistia que diga quem lhe passou os dados', 'russia-mod'],
    ]);
  });

  it('negations: "sem nada desmentir" denies nothing', () => {
    expect(seen('O Ministério da Defesa russo comentou o relatório sem nada desmentir.')).toEqual(
      [],
    );
  });

  it('verb fillers: an adverb between a passive participle and its agent', () => {
    expect(seen('As acusações foram rejeitadas categoricamente pelo Kremlin.')).toEqual([
      ['As acusações foram rejeitadas categoricamente pelo Kremlin', 'russia-kremlin'],
    ]);
  });

  it('takes "A Rússia" at the start of a sentence as a subject, not a prepositional phrase', () => {
    expect(seen('A Rússia nega ter usado bombas de fragmentação na Síria.')).toEqual([
      ['A Rússia nega ter usado bombas de fragmentação na Síria', 'russia-mod'],
    ]);
  });
});
