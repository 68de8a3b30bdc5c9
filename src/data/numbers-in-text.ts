// Every number a short text can be read as stating, in digits or in words, so
// that the build can check each dataset number against its verbatim quote.
// Generous on purpose: it answers "could the quote say N?", not "what is the
// claim?" (that is the claims engine's job, with its own per-language rules).

/** Words that count on their own or multiply the number before them. */
// prettier-ignore
const SCALES: Record<string, number> = {
  dozen: 12, douzaine: 12, dozzina: 12, docena: 12, dúzia: 12, dutzend: 12,
  dizaine: 10, decina: 10, decena: 10, dezena: 10,
  hundred: 100, cent: 100, cento: 100, cien: 100, centaine: 100, centinaio: 100, centenar: 100,
  hundert: 100,
  thousand: 1e3, mille: 1e3, mila: 1e3, mil: 1e3, millier: 1e3, tausend: 1e3, þúsund: 1e3,
  tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, тысяч: 1e3, тысячи: 1e3, тысяча: 1e3,
  million: 1e6, millions: 1e6, millón: 1e6, millones: 1e6, milione: 1e6, milioni: 1e6,
  milhão: 1e6, milhões: 1e6, millionen: 1e6,
};

/** Plural magnitude words without a number: the least they literally mean. */
// prettier-ignore
const VAGUE: Record<string, number> = {
  dozens: 24, douzaines: 24, dozzine: 24, docenas: 24,
  dizaines: 20, decine: 20, decenas: 20, dezenas: 20,
  hundreds: 200, centaines: 200, centinaia: 200, cientos: 200, centenares: 200, centenas: 200,
  hunderte: 200,
  thousands: 2000, milliers: 2000, migliaia: 2000, miles: 2000, milhares: 2000, tausende: 2000,
  many: 2, numerous: 2, several: 2, nombreux: 2, nombreuses: 2, plusieurs: 2, numerosi: 2,
  numerose: 2, numerosos: 2, numerosas: 2, muchos: 2, muchas: 2, molti: 2, molte: 2,
};

/** Articles count as one only before a scale word ("a dozen", "un millier"). */
const ARTICLES = new Set(['a', 'an', 'un', 'une', 'uno', 'una', 'um', 'uma', 'ein', 'eine']);

const UNITS = new Map<string, number>();
// prettier-ignore
const unitWords: string[][] = [
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  ['', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  ['', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
  ['', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'],
  ['', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'],
  ['', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
];
for (const words of unitWords) words.forEach((word, i) => word && UNITS.set(word, i + 1));

// A run of digit groups: "2132", "2 132", "250,124", "1,4", "2015 266".
const TOKEN = /\p{L}+|\d+(?:[ \u00a0\u202f.,'’]\d+)*/gu;
const GROUP_SEPARATOR = /[ \u00a0\u202f.,'’]/;

/** The readings of one digit run: each group, thousands-grouped joins, decimals. */
function digitReadings(run: string): number[] {
  const groups = run.split(GROUP_SEPARATOR);
  const separators = [...run.matchAll(/[ \u00a0\u202f.,'’]/g)].map((m) => m[0]);
  const readings: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    let joined = groups[i]!;
    readings.push(Number(joined));
    for (let j = i + 1; j < groups.length && groups[j]!.length === 3; j++) {
      if (separators[j - 1] !== separators[i]) break;
      joined += groups[j];
      readings.push(Number(joined));
    }
    const next = groups[i + 1];
    if (next !== undefined && /[.,]/.test(separators[i]!))
      readings.push(Number(`${groups[i]}.${next}`));
  }
  return readings;
}

/** Every number `text` can be read as stating. */
export function numbersIn(text: string): Set<number> {
  const tokens = [...text.toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
  const found = new Set<number>();
  tokens.forEach((token, i) => {
    const scale = SCALES[tokens[i + 1] ?? ''];
    let readings: number[];
    if (/^\d/.test(token)) readings = digitReadings(token);
    else if (UNITS.has(token)) readings = [UNITS.get(token)!];
    else if (ARTICLES.has(token) && scale !== undefined) readings = [1];
    else if (SCALES[token] !== undefined) readings = [SCALES[token]];
    else if (VAGUE[token] !== undefined) readings = [VAGUE[token]];
    else return;
    for (const reading of readings) {
      if (Number.isInteger(reading)) found.add(reading);
      if (scale !== undefined) found.add(Math.round(reading * scale));
    }
  });
  return found;
}
