import { describe, expect, it } from 'vitest';
import { casualties, claimsIn, denials } from './helpers';

describe('Spanish casualty claims', () => {
  it('reads dotted thousands, "entre ellos" and the Observatory', () => {
    const text =
      'El Observatorio Sirio de Derechos Humanos contabiliza 2.300 muertos por los bombardeos rusos en Siria, entre ellos 750 civiles.';
    expect(casualties(text, 'es').map((c) => [c.text, c.metric, c.value, c.source])).toEqual([
      ['2.300 muertos', 'people-killed', 2300, 'sohr'],
      ['750 civiles', 'civilians-killed', 750, 'sohr'],
    ]);
  });

  it('reads number words, "cerca de una docena" and "cientos"', () => {
    const text =
      'Según Amnistía Internacional, los ataques rusos mataron a doscientos civiles, así como a cerca de una docena de combatientes. Cientos de civiles murieron en Siria, añadió la ONG.';
    expect(casualties(text, 'es').map((c) => [c.text, c.value ?? c.min, c.source])).toEqual([
      ['doscientos civiles', 200, 'amnesty'],
      ['cerca de una docena de combatientes', 12, 'amnesty'],
      ['Cientos de civiles', 200, 'amnesty'],
    ]);
    expect(
      casualties(
        'Cuarenta y nueve civiles murieron en un mercado de Idlib por un ataque ruso.',
        'es',
      )[0],
    ).toMatchObject({
      value: 49,
    });
  });

  it('ignores witnesses, strikes and the displaced', () => {
    const text =
      'Amnistía entrevistó a 27 testigos sobre 25 bombardeos rusos en Siria; 300 familias desplazadas huyeron.';
    expect(casualties(text, 'es')).toEqual([]);
  });
});

describe('Spanish denials', () => {
  it('reads "Moscú lo niega", a rejection, a quoted dismissal and a demand for sources', () => {
    const text = [
      'Amnistía acusa a Rusia de crímenes de guerra en Siria; Moscú lo niega.',
      'El Ministerio de Defensa ruso rechazó las conclusiones del informe.',
      'Su portavoz, Igor Konashenkov, dijo que el texto solo contiene "mentiras" y exigió a Amnistía que revele sus fuentes.',
    ].join('\n');
    expect(denials(text, 'es').map((d) => [d.text, d.source])).toEqual([
      ['Moscú lo niega', 'russia-mod'],
      ['El Ministerio de Defensa ruso rechazó las conclusiones del informe', 'russia-mod'],
      ['el texto solo contiene "mentiras"', 'russia-mod'],
      ['exigió a Amnistía que revele sus fuentes', 'russia-mod'],
    ]);
  });

  it('does not take a coalition denial', () => {
    expect(denials('La coalición rechazó las acusaciones de Amnistía sobre Siria.', 'es')).toEqual(
      [],
    );
  });
});

describe('Spanish attribution', () => {
  it('gives a headline count the source of the same count stated later', () => {
    const text = [
      'Siria: bombardeos rusos mataron al menos a 200 civiles',
      'Los ataques de Rusia en Siria mataron al menos a 200 civiles, según Amnistía Internacional.',
    ].join('\n');
    expect(claimsIn(text, 'es').map((c) => c.source)).toEqual(['amnesty', 'amnesty']);
  });
});

describe('Spanish denial lexicon by category', () => {
  const found = (text: string) => denials(text, 'es').map((d) => d.text);

  it('reads rejection verbs: descalificar, rebatir, despachar', () => {
    expect(
      found('El Ministerio de Defensa ruso descalificó el informe de Amnistía sobre Siria.'),
    ).toEqual(['El Ministerio de Defensa ruso descalificó el informe de Amnistía']);
    expect(
      found('Moscú rebatió las conclusiones de Amnistía sobre los bombardeos en Siria.'),
    ).toEqual(['Moscú rebatió las conclusiones de Amnistía']);
    // Negated, or by the accuser: no denial.
    expect(found('Moscú no descartó errores en sus bombardeos en Siria.')).toEqual([]);
    expect(found('Amnistía rebatió la versión rusa sobre los bombardeos en Siria.')).toEqual([]);
  });

  it('reads characterising verbs with a dismissive label', () => {
    expect(
      found('El portavoz Ígor Konashénkov definió el informe sobre Siria como pura propaganda.'),
    ).toEqual(['definió el informe sobre Siria como pura propaganda']);
  });

  it('reads findings as what is rejected', () => {
    expect(found('Sobre Siria, Moscú rechazó sus hallazgos.')).toEqual([
      'Moscú rechazó sus hallazgos',
    ]);
  });

  it('reads unprofessional and information war as dismissals', () => {
    expect(found('Konashénkov afirmó que el informe sobre Siria es poco profesional.')).toEqual([
      'el informe sobre Siria es poco profesional',
    ]);
    expect(
      found(
        'El general Konashénkov vio en el informe sobre Siria una guerra mediática contra Rusia.',
      ),
    ).toHaveLength(1);
  });

  it('reads "insiste en que" and fillers between the verb and "que"', () => {
    expect(
      found('Moscú insiste en que sus bombardeos en Siria solo alcanzan a terroristas.'),
    ).toEqual(['sus bombardeos en Siria solo alcanzan a terroristas']);
    expect(
      found(
        'El Ministerio de Defensa ruso reiteró ayer que sus aviones en Siria solo atacan a terroristas.',
      ),
    ).toEqual(['sus aviones en Siria solo atacan a terroristas']);
  });

  it('reads an ultimatum or a challenge to say where the data came from', () => {
    expect(
      found(
        'El Ministerio de Defensa ruso retó a Amnistía a decir de dónde salen sus datos sobre Siria.',
      ),
    ).toEqual(['retó a Amnistía a decir de dónde salen sus datos sobre Siria']);
    expect(
      found('Moscú lanzó un ultimátum a Amnistía para que revelara sus fuentes sobre Siria.'),
    ).toEqual(['lanzó un ultimátum a Amnistía para que revelara sus fuentes sobre Siria']);
  });

  it('reads "tampoco" as a negation of a fact on the story', () => {
    expect(
      found('El Ministerio de Defensa ruso aseguró que tampoco utiliza bombas de racimo en Siria.'),
    ).toEqual(['tampoco utiliza bombas de racimo en Siria']);
  });
});
