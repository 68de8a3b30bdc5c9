import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../src/engine/claims/find-claims';
import type { StoryTie } from '../../../../src/engine/claims/casualties';
import { casualties, storyRules } from './helpers';

// Who a count belongs to: another monitor's figure, a figure the story ties to one source, a count
// narrated from the report, a toll quoted from the ministry. Every sentence was written for this test.
const owners = (text: string, lang: string) =>
  casualties(text, lang).map((c) => [c.text, c.source, c.metric]);

describe("another monitor's higher figure", () => {
  it('goes to the monitor that gives it, with the metric of the count it outbids', () => {
    expect(
      owners(
        'The Syrian Observatory for Human Rights counts 710 civilians killed. Other monitors count more civilians killed, even 849 according to the Syrian Network for Human Rights.',
        'en',
      ),
    ).toEqual([
      ['710 civilians', 'sohr', 'civilians-killed'],
      ['even 849', 'snhr', 'civilians-killed'],
    ]);
    expect(
      owners(
        'El Observatorio Sirio de Derechos Humanos cuenta 710 civiles muertos. Otros observadores hablan incluso de 849, según la Red Siria de Derechos Humanos.',
        'es',
      ),
    ).toEqual([
      ['710 civiles', 'sohr', 'civilians-killed'],
      ['incluso de 849', 'snhr', 'civilians-killed'],
    ]);
  });

  it('reads the adverb of outbidding with the preposition its verb takes', () => {
    expect(
      owners(
        "L'Osservatorio siriano per i diritti umani conta 710 civili morti. Altri osservatori arrivano persino a 849, secondo la Rete siriana per i diritti umani.",
        'it',
      ),
    ).toEqual([
      ['710 civili', 'sohr', 'civilians-killed'],
      ['persino a 849', 'snhr', 'civilians-killed'],
    ]);
    expect(
      owners(
        'O Observatório Sírio dos Direitos Humanos conta 710 civis mortos. Outros observadores falam mesmo de 849, segundo a Rede Síria para os Direitos Humanos.',
        'pt',
      ),
    ).toEqual([
      ['710 civis', 'sohr', 'civilians-killed'],
      ['mesmo de 849', 'snhr', 'civilians-killed'],
    ]);
  });

  it('reads the German name of the Syrian Network in its inflected forms', () => {
    expect(
      owners(
        'Die Syrische Beobachtungsstelle für Menschenrechte zählt 710 tote Zivilisten. Andere kommen sogar auf 849 zivile Opfer, so das Syrische Netzwerk für Menschenrechte.',
        'de',
      ),
    ).toEqual([
      ['710 tote Zivilisten', 'sohr', 'civilians-killed'],
      ['849 zivile Opfer', 'snhr', 'civilians-killed'],
    ]);
  });
});

describe('a figure the story ties to one source', () => {
  // A made-up tie: what matters is that it wins over a source merely named nearby.
  const tie: StoryTie = (metric, count) =>
    metric === 'people-killed' && 'value' in count && count.value === 2132 ? 'sohr' : undefined;
  const sources = (text: string) =>
    findClaims(text, [{ start: 0, end: text.length }], storyRules, 'en', tie).map((c) => [
      c.text,
      c.source,
    ]);

  it('never goes to a source named near it without saying it', () => {
    expect(
      sources(
        "The Syrian Observatory for Human Rights keeps a running tally of the dead. On the eve of Amnesty's report, its count stood at 2,132 dead.",
      ),
    ).toEqual([['2,132 dead', 'sohr']]);
  });

  it('stays with the source the sentence credits it to by name', () => {
    expect(sources('Amnesty said 2,132 people were killed by Russian raids.')).toEqual([
      ['2,132 people', 'amnesty'],
    ]);
  });
});

describe('counts narrated from the report', () => {
  it("keep the report's source in a sentence that names no one", () => {
    expect(
      owners(
        "Selon le rapport d'Amnesty, les frappes russes ont visé des zones habitées. Les enquêteurs ont étudié six attaques. Au total, 200 civils y ont péri.",
        'fr',
      ),
    ).toEqual([['200 civils', 'amnesty', 'civilians-killed']]);
  });

  it("leave the journalist's whole-war toll without a source", () => {
    expect(
      owners(
        'Amnesty says Russian raids killed at least 200 civilians. More than 250,000 people have died since 2011.',
        'en',
      ),
    ).toEqual([
      ['at least 200 civilians', 'amnesty', 'civilians-killed'],
      ['More than 250,000 people', undefined, 'war-deaths-total'],
    ]);
  });
});

describe('a toll quoted from the Russian defence ministry', () => {
  it("is the ministry's, and the war's when people died in the war", () => {
    expect(
      owners(
        "Amnesty says Russia's raids killed hundreds of civilians. More than 250,000 people have lost their lives in the war, the ministry's spokesman said.",
        'en',
      ),
    ).toEqual([
      ['hundreds of civilians', 'amnesty', 'civilians-killed'],
      ['More than 250,000 people', 'russia-mod', 'war-deaths-total'],
    ]);
  });
});
