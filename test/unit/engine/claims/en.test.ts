import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('English casualty claims', () => {
  it('reads the count, its noun and its qualifier, and who gives it', () => {
    const text =
      'Russian warplanes have killed at least 200 civilians in Syria since late September, according to a report by Amnesty International.';
    expect(casualties(text, 'en')).toEqual([
      {
        kind: 'casualty',
        text: 'at least 200 civilians',
        source: 'amnesty',
        metric: 'civilians-killed',
        value: 200,
      },
    ]);
  });

  it('splits a total into its civilians, children and women, all from the monitor', () => {
    const text =
      'The Britain-based Syrian Observatory for Human Rights says Russian raids have killed 2,300 people, among them 760 civilians, including 170 children and 110 women.';
    expect(casualties(text, 'en').map((c) => [c.text, c.metric, c.value, c.source])).toEqual([
      ['2,300 people', 'people-killed', 2300, 'sohr'],
      ['760 civilians', 'civilians-killed', 760, 'sohr'],
      ['170 children', 'children-killed', 170, 'sohr'],
      ['110 women', 'women-killed', 110, 'sohr'],
    ]);
  });

  it('reads number words and approximate counts as the words say', () => {
    const text =
      'Amnesty says two hundred civilians as well as roughly a dozen fighters died in six Russian attacks.';
    expect(casualties(text, 'en').map((c) => [c.text, c.value])).toEqual([
      ['two hundred civilians', 200],
      ['roughly a dozen fighters', 12],
    ]);
    expect(
      casualties('Russian bombs killed forty-seven civilians in Idlib, Amnesty said.', 'en')[0],
    ).toMatchObject({
      text: 'forty-seven civilians',
      value: 47,
    });
  });

  it('gives vague counts a minimum, never a point value', () => {
    const [hundreds, dozens] = casualties(
      'Hundreds of civilians have died in Russian raids, Amnesty says. Dozens of people were killed in Idlib, the group added.',
      'en',
    );
    expect(hundreds).toEqual({
      kind: 'casualty',
      text: 'Hundreds of civilians',
      source: 'amnesty',
      metric: 'civilians-killed',
      min: 200,
    });
    expect(dozens).toMatchObject({ text: 'Dozens of people', min: 24, metric: 'people-killed' });
  });

  it('reads "of them" and "were" between a count and its noun', () => {
    const text =
      'Russian strikes have killed 1,500 people since September, 600 of them civilians, the monitor said. Of the dead, 150 were children.';
    expect(casualties(text, 'en').map((c) => [c.text, c.metric])).toEqual([
      ['1,500 people', 'people-killed'],
      ['600 of them civilians', 'civilians-killed'],
      ['150 were children', 'children-killed'],
    ]);
  });

  it('counts the whole war only with a cue that it is the whole war', () => {
    const [war] = casualties(
      'Amnesty said the war, which began in 2011, has claimed more than 270,000 lives.',
      'en',
    );
    expect(war).toMatchObject({
      text: 'more than 270,000 lives',
      metric: 'war-deaths-total',
      value: 270000,
    });
    const [strikes] = casualties(
      'Russian raids have killed 2,400 people since September 30, the Observatory said.',
      'en',
    );
    expect(strikes).toMatchObject({ metric: 'people-killed', source: 'sohr' });
  });

  it('ignores numbers that count no dead', () => {
    const text = [
      'Amnesty interviewed 16 witnesses and examined 25 Russian strikes in Syria.',
      'The UN Security Council adopted resolution 2254 on December 18.',
      'A 12-year-old boy was among 40 people injured in the Russian raid.',
      'Russia says its jets flew 431 sorties and hit 1,458 targets in Syria last week.',
      'The campaign in Syria costs Moscow an estimated $4 million a day; about 40 percent of strikes hit rebels.',
    ].join('\n');
    expect(casualties(text, 'en')).toEqual([]);
  });

  it('does not count the living near a death count, nor a count no one is named for', () => {
    const text =
      'Russia, which has about 4,000 soldiers in Syria, says its jets killed more than 600 militants last week.';
    expect(casualties(text, 'en')).toEqual([
      {
        kind: 'casualty',
        text: 'more than 600 militants',
        source: 'russia-mod',
        metric: 'fighters-killed',
        value: 600,
      },
    ]);
    const [unnamed] = casualties(
      'Amnesty published its report on Syria. Russian bombing has killed 1,900 people, a monitoring group said.',
      'en',
    );
    expect(unnamed).toMatchObject({ text: '1,900 people' });
    expect(unnamed).not.toHaveProperty('source');
  });

  it('reads a bare figure after a toll', () => {
    const [c] = casualties(
      'The death toll from Russian strikes in Syria stood at 2,400 on Monday, the Observatory said.',
      'en',
    );
    expect(c).toMatchObject({
      text: '2,400',
      metric: 'people-killed',
      value: 2400,
      source: 'sohr',
    });
  });

  it('keeps "killed" counts apart from the injured in the same sentence', () => {
    const found = casualties(
      'The Russian strike on the market killed 12 civilians and wounded 30 others, Amnesty said.',
      'en',
    );
    expect(found.map((c) => c.text)).toEqual(['12 civilians']);
  });
});

describe('English denials', () => {
  it('takes a reported rejection from its subject to its object', () => {
    expect(denials("Moscow dismissed Amnesty's report on Syria as propaganda.", 'en')).toEqual([
      {
        kind: 'denial',
        text: "Moscow dismissed Amnesty's report on Syria as propaganda",
        source: 'russia-mod',
      },
    ]);
  });

  it('takes a quoted dismissal without its quotation marks, after a speaker of the ministry', () => {
    const text =
      'Russian defence ministry spokesman Igor Konashenkov said the Amnesty report on Syria held “nothing new, only the usual fakes”.';
    expect(denials(text, 'en')).toEqual([
      { kind: 'denial', text: 'nothing new, only the usual fakes', source: 'russia-mod' },
    ]);
  });

  it('follows "he" back to the last Russian speaker and reads a demand for sources', () => {
    const text =
      'Russia’s defence ministry rejected the Amnesty findings on Syria. He called the document “a pack of lies” and asked Amnesty to reveal its sources.';
    expect(denials(text, 'en').map((d) => d.text)).toEqual([
      'Russia’s defence ministry rejected the Amnesty findings on Syria',
      'a pack of lies',
      'asked Amnesty to reveal its sources',
    ]);
  });

  it('reads a passive rejection by Moscow, and not one by Amnesty', () => {
    const text = [
      'The Amnesty report on Syria was dismissed by Moscow as propaganda.',
      'Russian claims about the strikes in Syria were rejected by Amnesty as false.',
    ].join('\n');
    expect(denials(text, 'en').map((d) => d.text)).toEqual([
      'The Amnesty report on Syria was dismissed by Moscow as propaganda',
    ]);
  });

  it('reads a denied fact about the story', () => {
    const [d] = denials(
      'The Russian ministry insisted that its aircraft never used cluster bombs in Syria.',
      'en',
    );
    expect(d).toEqual({
      kind: 'denial',
      text: 'its aircraft never used cluster bombs in Syria',
      source: 'russia-mod',
    });
  });

  it('does not take a denial by anyone else, or a denial that is negated', () => {
    const text = [
      'Amnesty rejected Russian claims that its jets only hit terrorists in Syria.',
      'Moscow did not deny that its jets had bombed the market in Ariha.',
      'Rebels in Syria dismissed the Russian report as “lies”.',
    ].join('\n');
    expect(denials(text, 'en')).toEqual([]);
  });
});

describe('English denial lexicon, by category', () => {
  const texts = (text: string) => denials(text, 'en').map((d) => d.text);

  it('reads rejection verbs beyond deny and reject (hit back at, rebut, rule out, brush ... aside)', () => {
    const text = [
      'Moscow hit back at the Amnesty report on Syria.',
      'The Kremlin on Friday rebutted the charges about its air campaign.',
      'The Russian defence ministry brushed the findings aside.',
      'Moscow has ruled out the allegations about cluster bombs.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Moscow hit back at the Amnesty report on Syria',
      'The Kremlin on Friday rebutted the charges about its air campaign',
      'The Russian defence ministry brushed the findings aside',
      'Moscow has ruled out the allegations about cluster bombs',
    ]);
  });

  it('reads verbs that characterise (dub, label, portray) with a dismissive object', () => {
    const text = [
      'The Kremlin dubbed the report propaganda.',
      'Moscow portrayed the study as a falsification.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'The Kremlin dubbed the report propaganda',
      'Moscow portrayed the study as a falsification',
    ]);
  });

  it('reads what is rejected: the toll, the account, and "all of it" or "everything"', () => {
    const text = [
      'Moscow disputed the casualty toll in Syria.',
      'The Kremlin rejects all of it.',
      'Moscow denies everything.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Moscow disputed the casualty toll in Syria',
      'The Kremlin rejects all of it',
      'Moscow denies everything',
    ]);
  });

  it('reads dismissive words: tendentious, information war, recycled, untruths', () => {
    const text = [
      'Moscow said the report on Syria was tendentious and part of an information war.',
      'The Kremlin said the study only recycled untruths.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'the report on Syria was tendentious and part of an information war',
      'the study only recycled untruths',
    ]);
  });

  it('reads a denied fact after repeated, affirmed or told reporters', () => {
    const text = [
      'The Kremlin repeated that its jets never struck civilians in Syria.',
      'Moscow told reporters its aircraft carried no cluster bombs in Syria.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'its jets never struck civilians in Syria',
      'its aircraft carried no cluster bombs in Syria',
    ]);
  });

  it('reads a demand to say where the data came from, or to hand over sources', () => {
    const text = [
      'The Russian defence ministry pressed Amnesty to explain where its data came from.',
      'Moscow called on the group to hand over its sources.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'pressed Amnesty to explain where its data came from',
      'called on the group to hand over its sources',
    ]);
  });

  it('reads "none" and "zero" as negations of a fact about civilians', () => {
    const text = [
      'The Kremlin said none of its bombs hit civilians in Syria.',
      'Moscow said zero civilians died in its raids in Syria.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'none of its bombs hit civilians in Syria',
      'zero civilians died in its raids in Syria',
    ]);
  });

  it('skips "once again" between a verb and what it asserts', () => {
    const text = 'The Kremlin insisted once again that its jets never struck civilians in Syria.';
    expect(texts(text)).toEqual(['its jets never struck civilians in Syria']);
  });
});

describe('English attribution', () => {
  it('resolves "the London-based group" and "it" to the last named source', () => {
    const text = [
      'Amnesty International published its report on Russian strikes in Syria on Wednesday.',
      'The London-based group said Russian strikes killed 47 civilians at a market in Idlib.',
      'In another attack it documented, 46 civilians were killed in Homs province.',
    ].join('\n');
    expect(claimsIn(text, 'en').map((c) => c.source)).toEqual(['amnesty', 'amnesty']);
  });

  it('gives a figure Amnesty quotes from the Observatory to the Observatory', () => {
    const [c] = casualties(
      'Amnesty, citing the Syrian Observatory for Human Rights, said 2,050 people had died in Russian strikes in Syria.',
      'en',
    );
    expect(c).toMatchObject({ text: '2,050 people', source: 'sohr' });
  });

  it('gives no source for a count no one in the article gives', () => {
    const [c] = casualties('Syria: 30 civilians killed in a Russian strike near Aleppo', 'en');
    expect(c).toMatchObject({ text: '30 civilians' });
    expect(c).not.toHaveProperty('source');
  });
});
