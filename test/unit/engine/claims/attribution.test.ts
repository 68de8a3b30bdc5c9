import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../src/engine/claims/find-claims';
import { casualties, denials, storyRules } from './helpers';

// A count is credited to a source only when the text says so; otherwise it is the article's own.
describe('who a count belongs to', () => {
  it('leaves a toll the article states on its own without a source, after a named counter', () => {
    const text = [
      'Amnesty International found that Russian bombing killed at least 200 civilians in the autumn.',
      'The conflict, now in its fifth year, has cost more than 250,000 lives since 2011.',
    ].join('\n');
    const [report, war] = casualties(text, 'en');
    expect(report).toMatchObject({ source: 'amnesty', value: 200 });
    expect(war).toMatchObject({ text: 'more than 250,000 lives', metric: 'war-deaths-total' });
    expect(war).not.toHaveProperty('source');
  });

  it('gives the parts of a count to whoever gave the count, in the next sentence too', () => {
    const text =
      "L'OSDH a dénombré 1 900 morts dans les raids russes. Parmi eux figurent 600 civils, dont 90 enfants.";
    expect(casualties(text, 'fr').map((c) => [c.text, c.source])).toEqual([
      ['1 900 morts', 'sohr'],
      ['600 civils', 'sohr'],
      ['90 enfants', 'sohr'],
    ]);
  });

  it('takes the subject of a denial from before an apposition between commas', () => {
    const text =
      'Moscou, soutien du président Bachar al-Assad, affirme ne frapper que des « terroristes ».';
    expect(denials(text, 'fr').map((d) => [d.text, d.source])).toEqual([
      ['affirme ne frapper que des « terroristes »', 'russia-mod'],
    ]);
  });

  it('gives a coordinated second denial verb the first one’s subject, and its own span', () => {
    const text =
      'El Ministerio de Defensa ruso rechazó las acusaciones y calificó de «falsas» las cifras de la ONG.';
    expect(denials(text, 'es').map((d) => [d.text, d.source])).toEqual([
      ['El Ministerio de Defensa ruso rechazó las acusaciones', 'russia-mod'],
      ['calificó de «falsas» las cifras de la ONG', 'russia-mod'],
    ]);
  });

  it('reads an article after a denial verb as an article, not as the pronoun of what is denied', () => {
    expect(denials('Moscú rechaza los cambios de horario.', 'es')).toEqual([]);
    expect(denials('Moscú lo rechaza.', 'es').map((d) => d.source)).toEqual(['russia-mod']);
  });

  it('reads the clause after a denier’s “according to” as that denier’s denial', () => {
    const text =
      'Secondo il ministero russo della Difesa, nella base di Hmeimim non ci sono bombe a grappolo.';
    expect(denials(text, 'it').map((d) => [d.text, d.source])).toEqual([
      ['nella base di Hmeimim non ci sono bombe a grappolo', 'russia-mod'],
    ]);
  });

  it('reads a clause reported before its speaker: "..., the ministry said"', () => {
    expect(
      denials('Russian jets strike only terrorist targets, the defence ministry said.', 'en').map(
        (d) => [d.text, d.source],
      ),
    ).toEqual([['Russian jets strike only terrorist targets', 'russia-mod']]);
    expect(denials('Amnesty counted 200 dead civilians, the group said.', 'en')).toEqual([]);
  });

  it('credits a figure the story ties to one source, and the parts listed after it', () => {
    const text = 'En Syrie, une frappe russe sur un village a tué 46 civils, dont 32 enfants.';
    const tie = (metric: string, count: { value: number } | { min: number }) =>
      metric === 'civilians-killed' && 'value' in count && count.value === 46
        ? 'amnesty'
        : undefined;
    const found = findClaims(text, [{ start: 0, end: text.length }], storyRules, 'fr', tie);
    expect(found.map((c) => [c.text, c.source])).toEqual([
      ['46 civils', 'amnesty'],
      ['32 enfants', 'amnesty'],
    ]);
  });

  it('gives a figure a denier quotes from the accusation to the accuser named with it', () => {
    const text = 'Moscow rejected the Amnesty claim that its raids killed at least 200 civilians.';
    expect(casualties(text, 'en')[0]).toMatchObject({
      text: 'at least 200 civilians',
      source: 'amnesty',
    });
  });

  it('keeps a denial that goes on in a relative clause as one claim, from the rejection on', () => {
    const text = 'O Ministério da Defesa russo rejeitou o relatório, que chamou de «infundado».';
    expect(denials(text, 'pt').map((d) => d.text)).toEqual([
      'rejeitou o relatório, que chamou de «infundado»',
    ]);
  });

  it('ends a rejected object at a relative clause, not at a clause that says what was reported', () => {
    const read = (text: string) => denials(text, 'en').map((d) => d.text);
    expect(
      read(
        'Moscow dismissed a report by Amnesty International that accused its jets of war crimes.',
      ),
    ).toEqual(['Moscow dismissed a report by Amnesty International']);
    expect(read('Moscow rejected reports that its jets had used cluster bombs.')).toEqual([
      'Moscow rejected reports that its jets had used cluster bombs',
    ]);
  });
});
