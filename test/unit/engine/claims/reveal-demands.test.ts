import { describe, expect, it } from 'vitest';
import { denials } from './helpers';

const found = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);

describe('demands that the accusers reveal their sources', () => {
  it('reads a demand reported in the addressee clause, its demander after it', () => {
    expect(
      found(
        'Amnesty solle offenlegen, woher seine angeblichen Daten stammten, verlangte das Verteidigungsministerium.',
        'de',
      ),
    ).toEqual([['Amnesty solle offenlegen, woher seine angeblichen Daten stammten', 'russia-mod']]);
    expect(found('Amnesty müsse seine Quellen nennen, forderte Konaschenkow.', 'de')).toEqual([
      ['Amnesty müsse seine Quellen nennen', 'russia-mod'],
    ]);
    expect(
      found('The group must disclose its sources, the Russian defence ministry demanded.', 'en'),
    ).toEqual([['The group must disclose its sources', 'russia-mod']]);
    expect(found("L'ONG doit révéler ses sources, a exigé Igor Konachenkov.", 'fr')).toEqual([
      ["L'ONG doit révéler ses sources", 'russia-mod'],
    ]);
  });

  it('does not take a reported demand whose demander is not a denier', () => {
    expect(found('Moscow must reveal its targets and its data, Amnesty demanded.', 'en')).toEqual(
      [],
    );
    expect(found('La Russie doit révéler ses données, a exigé Amnesty.', 'fr')).toEqual([]);
  });

  it("gives the demand of an institution's account or spokesman to the institution", () => {
    expect(
      found(
        'La cuenta oficial del ministerio en Twitter emplazó a Amnistía a revelar sus fuentes.',
        'es',
      ),
    ).toEqual([['emplazó a Amnistía a revelar sus fuentes', 'russia-mod']]);
    expect(
      found('Le compte Twitter du ministère a mis au défi Amnesty de dévoiler ses sources.', 'fr'),
    ).toEqual([['a mis au défi Amnesty de dévoiler ses sources', 'russia-mod']]);
    expect(
      found(
        'Porta-voz do Ministério da Defesa diz que a ONG mente e desafia a entidade a revelar suas fontes',
        'pt',
      ),
    ).toEqual([['desafia a entidade a revelar suas fontes', 'russia-mod']]);
  });

  it('carries a speaker who reacted to the next sentence', () => {
    expect(
      found(
        "The Russian defence ministry's press office reacted within hours. It urged Amnesty to name its sources.",
        'en',
      ),
    ).toEqual([['urged Amnesty to name its sources', 'russia-mod']]);
  });

  it("does not take the accusers' own demands", () => {
    expect(
      found(
        'Amnesty International urged Russia to reveal its targets and called for an independent inquiry.',
        'en',
      ),
    ).toEqual([]);
    expect(
      found('Amnesty ha invitato Mosca a rivelare le sue fonti di intelligence.', 'it'),
    ).toEqual([]);
  });
});
