import { describe, expect, it } from 'vitest';
import { denials } from './helpers';

// How quoted words of a denier are highlighted. Every sentence here was written for this test.
const read = (text: string, lang: string) => denials(text, lang).map((d) => [d.text, d.source]);

describe('quoted denials', () => {
  it('reads a long quotation clause by clause: each dismissal, with what a comma and “seulement” add to it, is a claim', () => {
    const text =
      'Le porte-parole du ministère de la Défense russe a déclaré : « Nous avons lu ce document avec attention, comme toujours. Il ne contient rien de concret, seulement des affirmations sans fondement, et nous le disons depuis des semaines. »';
    expect(read(text, 'fr')).toEqual([
      ['Il ne contient rien de concret, seulement des affirmations sans fondement', 'russia-mod'],
    ]);
  });

  it('reads a quoted label with the clause that applies it and the labels joined to it', () => {
    const text =
      'Pour le ministère russe de la Défense, ces accusations sont « fausses » et « sans preuves ».';
    expect(read(text, 'fr')).toEqual([
      ['ces accusations sont « fausses » et « sans preuves »', 'russia-mod'],
    ]);
  });

  it('reads a headline that gives a denier’s words after a colon as one denial', () => {
    expect(read('Moscou : « des mensonges »', 'fr')).toEqual([
      ['Moscou : « des mensonges »', 'russia-mod'],
    ]);
    expect(read('Il a ajouté : « rien ne change »', 'fr')).toEqual([]);
  });

  it('gives a quotation with no speaker to the denier the next sentence names', () => {
    const text = [
      'Amnesty International accuses Russian jets of killing civilians in Syria.',
      '“It is all propaganda and nothing more.” That was the answer of the Russian Defence Ministry on Wednesday.',
    ].join('\n');
    expect(read(text, 'en')).toEqual([['It is all propaganda and nothing more', 'russia-mod']]);
  });

  it('reads a demand for sources to the end of what it asks for, not into the next verb', () => {
    const text =
      'Le ministère russe de la Défense a sommé Amnesty de dire qui lui a fourni ces chiffres et assuré que ses avions ne visent pas les civils.';
    expect(read(text, 'fr')).toEqual([
      ['a sommé Amnesty de dire qui lui a fourni ces chiffres', 'russia-mod'],
      ['ses avions ne visent pas les civils', 'russia-mod'],
    ]);
  });
});
