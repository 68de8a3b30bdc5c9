import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../../src/engine/extract/page-text';
import { matchPage } from '../../../../src/engine/match/match-page';
import { readRegionsSteps } from '../../../../src/engine/match/read-regions';
import { runSteps } from '../../../../src/engine/steps';
import { loadPage } from '../../../fixtures/pages/load';
import { SYRIA_STORY } from '../../../fixtures/pages/syria-story';

// Short pieces whose subject is how others met the report, with few or none of its figures: the
// UN's spokesman saying it cannot confirm its cases, Amnesty answering Russia's "clichés and
// fakes", a copy of the report under its own title. Every text was written for this test.

const syria = SYRIA_STORY;

function page(lang: string, title: string | null, paragraphs: readonly string[], date?: string) {
  const meta = date ? `<meta property="article:published_time" content="${date}">` : '';
  const h1 = title === null ? '' : `<h1>${title}</h1>`;
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${meta}</head><body><article>` +
    `${h1}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  );
}

async function verdictOf(html: string): Promise<{ verdict: string; reason: string }> {
  const pt = extractPageText(await loadPage(html));
  return matchPage(runSteps(readRegionsSteps(pt)), [syria]);
}

describe('matchPage: the UN cannot confirm the report’s cases', () => {
  const cases: [string, string, string][] = [
    [
      'fr',
      'Les Nations unies prennent leurs distances avec Amnesty',
      'Les Nations unies ne sont pas en mesure de confirmer les cas décrits par Amnesty International dans son étude sur les bombardements de l’aviation russe en Syrie, a dit mardi soir le porte-parole adjoint Farhan Haq.',
    ],
    [
      'en',
      'UN keeps Amnesty findings at arm’s length',
      'The United Nations is unable to confirm the cases Amnesty International describes in its study of the Russian air force’s bombing in Syria, deputy spokesman Farhan Haq told journalists.',
    ],
    [
      'it',
      'L’ONU prende le distanze da Amnesty',
      'L’ONU non è in grado di confermare i casi descritti da Amnesty International nel suo studio sui bombardamenti dell’aviazione russa in Siria, ha detto il portavoce aggiunto Farhan Haq.',
    ],
    [
      'es',
      'La ONU toma distancia de Amnistía',
      'La ONU no puede confirmar los casos descritos por Amnistía Internacional en su estudio sobre los ataques aéreos rusos contra Siria, dijo el portavoz adjunto Farhan Haq.',
    ],
    [
      'pt',
      'A ONU distancia-se da Anistia',
      'A ONU não pode confirmar os casos descritos pela Anistia Internacional no seu estudo sobre os ataques aéreos russos contra a Síria, disse o porta-voz adjunto Farhan Haq.',
    ],
    [
      'de',
      'UNO geht auf Distanz zu Amnesty',
      'Die UNO kann die Fälle, die Amnesty International in ihrer Studie zu den Bombardements der russischen Luftwaffe in Syrien beschreibt, nicht bestätigen, sagte der Vizesprecher Farhan Haq.',
    ],
  ];
  for (const [lang, title, lead] of cases) {
    it(`recognises an undated piece on it, in ${lang}`, async () => {
      const m = await verdictOf(page(lang, title, [lead]));
      expect(m.verdict, m.reason).toBe('same-story');
      expect(m.reason).toContain('the UN cannot confirm');
    });
  }

  it('says none for the UN unable to confirm another Amnesty report, months later', async () => {
    const later = page(
      'en',
      'UN cannot confirm Amnesty hospital findings',
      [
        'The United Nations cannot confirm the attacks on clinics that Amnesty International blames on Russian and Syrian aircraft in Aleppo, a spokesman said.',
      ],
      '2016-05-04',
    );
    expect((await verdictOf(later)).verdict).toBe('none');
  });
});

describe('matchPage: Amnesty’s answer to the ministry’s “clichés and fakes”', () => {
  const answer = (lang: string, title: string, lead: string, date?: string) =>
    verdictOf(page(lang, title, [lead], date));

  it('recognises an undated one, and one weeks later that tells the rejection in its own sentence', async () => {
    const en = await answer(
      'en',
      '“Clichés and fakes” is no answer, says Amnesty',
      'Russian officials who rejected the findings of Amnesty International on air strikes in Syria have not answered the evidence, the organisation said, only dismissing it wholesale.',
    );
    expect(en.verdict, en.reason).toBe('same-story');
    const fr = await answer(
      'fr',
      '« Clichés et faux » : Amnesty répond à Moscou',
      'Les responsables russes ont rejeté en bloc les conclusions d’Amnesty International sur les frappes russes en Syrie, sans répondre à aucun des éléments réunis, estime l’organisation.',
      '2016-02-02',
    );
    expect(fr.verdict, fr.reason).toBe('same-story');
    expect(fr.reason).toContain('a follow-up');
  });

  it('says none for clichés alone in a piece on another subject', async () => {
    const other = await answer(
      'en',
      'Amnesty criticises Russian strikes in Syria',
      'Amnesty International said the Russian air campaign in Syria relied on the same clichés about terrorism as every other war.',
    );
    expect(other.verdict).toBe('none');
  });
});

describe('matchPage: the report under its own title', () => {
  it('recognises a copy of the report itself by its title', async () => {
    const mirror = page('en', '“Civilian objects were undamaged”', [
      'A document of 16 pages. Amnesty International, London. Contents: attacks on homes; attacks on a mosque; six attacks examined in detail; the Russian air force in Syria and what its statements say.',
    ]);
    const m = await verdictOf(mirror);
    expect(m.verdict, m.reason).toBe('same-story');
    expect(m.reason).toContain("the report's title");
  });
});

describe('matchPage: a page that tells most of the event’s facts', () => {
  it('keeps its reason short enough to cross the messaging boundary (500 characters)', async () => {
    const full = page('en', 'Amnesty: Russian strikes in Syria killed hundreds of civilians', [
      'On 23 December Amnesty International said no fewer than 200 civilians, with about a dozen fighters, died in Russian air strikes in Syria between 30 September and 29 November, in 25 strikes it examined with 16 witnesses, and may amount to war crimes.',
      'The group says unguided bombs and cluster munitions hit homes, a mosque, a market in Ariha and medical facilities; Philip Luther spoke of six attacks in detail. Amnesty accuses Russia of killing civilians.',
      'The Syrian Observatory counts 2,132 dead since late September, 710 civilians among them.',
      'Defence spokesman Igor Konashenkov rejected the Amnesty report on Russian strikes: nothing new or concrete, only clichés and fakes. The Kremlin spokesman Dmitry Peskov said he had no information, and Maria Zakharova denied it too. The UN cannot confirm the cases, Farhan Haq said on Wednesday.',
    ]);
    const m = await verdictOf(full);
    expect(m.verdict).toBe('same-story');
    expect(m.reason.length).toBeLessThanOrEqual(500);
    expect(m.reason).toMatch(/ and \d+ more/);
  });
});
