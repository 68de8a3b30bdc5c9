import { describe, expect, it } from 'vitest';
import { inStory, readDenials as read } from './helpers';

// What a denier says of the report when it denies it credibility or seriousness, often with no
// subject at all inside a quotation ("It is not credible."). Every sentence here was written for
// this test.

describe('a report said not to be believed', () => {
  it('claims a quotation from its subjectless first sentence, in each language', () => {
    expect(
      read(
        inStory(
          'en',
          'Konashenkov told journalists: "This is simply not credible. We found nothing specific in it."',
        ),
        'en',
      ),
    ).toEqual([['This is simply not credible. We found nothing specific in it', 'russia-mod']]);
    expect(
      read(
        inStory(
          'fr',
          'Le porte-parole a réagi : « Tout cela est peu crédible. Il n’y a rien de concret. »',
        ),
        'fr',
      ),
    ).toEqual([['Tout cela est peu crédible. Il n’y a rien de concret', 'russia-mod']]);
    expect(
      read(
        inStory(
          'es',
          'El general Konashenkov dijo: "No es creíble. No aporta ningún dato concreto".',
        ),
        'es',
      ),
    ).toEqual([['No es creíble. No aporta ningún dato concreto', 'russia-mod']]);
    expect(
      read(
        inStory('it', 'Konashenkov ha risposto: «Non è credibile. Non c’è nulla di concreto».'),
        'it',
      ),
    ).toEqual([['Non è credibile. Non c’è nulla di concreto', 'russia-mod']]);
    expect(
      read(
        inStory(
          'pt',
          'O general Konashenkov declarou: "Não é crível. Não há nada de concreto no texto".',
        ),
        'pt',
      ),
    ).toEqual([['Não é crível. Não há nada de concreto no texto', 'russia-mod']]);
    expect(
      read(
        inStory(
          'de',
          'Konaschenkow sagte: „Das ist nicht glaubwürdig. Konkrete Beweise gibt es keine.“',
        ),
        'de',
      ),
    ).toEqual([['Das ist nicht glaubwürdig. Konkrete Beweise gibt es keine', 'russia-mod']]);
  });

  it('reads a quotation that only denies credibility, its speaker after it', () => {
    expect(read(inStory('en', '"It is not credible at all," Zakharova said.'), 'en')).toEqual([
      ['It is not credible at all', 'russia-mfa'],
    ]);
    expect(read(inStory('es', '"Es muy poco serio", declaró Zajárova.'), 'es')).toEqual([
      ['Es muy poco serio', 'russia-mfa'],
    ]);
    expect(
      read(inStory('it', '«Non c’è niente di credibile», ha commentato Zakharova.'), 'it'),
    ).toEqual([['Non c’è niente di credibile', 'russia-mfa']]);
  });

  it('reads credibility denied in reported speech', () => {
    expect(
      read(inStory('en', 'The ministry said the allegations lacked credibility.'), 'en'),
    ).toEqual([['the allegations lacked credibility', 'russia-mod']]);
    expect(
      read(inStory('fr', 'Pour Moscou, ces accusations sont « dénuées de crédibilité ».'), 'fr'),
    ).toEqual([['ces accusations sont « dénuées de crédibilité »', 'russia-mod']]);
    expect(
      read(
        inStory('pt', 'Zakharova disse que o documento é pouco credível e nada convincente.'),
        'pt',
      ),
    ).toEqual([['o documento é pouco credível e nada convincente', 'russia-mfa']]);
    expect(
      read(
        inStory('de', 'Die Vorwürfe seien unglaubwürdig, erklärte das Ministerium in Moskau.'),
        'de',
      ),
    ).toEqual([['Die Vorwürfe seien unglaubwürdig', 'russia-mod']]);
  });

  it('leaves the same words to the accuser who says them of Moscow', () => {
    expect(
      read(
        inStory(
          'en',
          'Amnesty said Moscow’s explanations were not credible and called for an inquiry.',
        ),
        'en',
      ),
    ).toEqual([]);
    expect(
      read(
        inStory(
          'fr',
          'Pour Amnesty, les démentis russes ne sont « pas crédibles » au vu des images.',
        ),
        'fr',
      ),
    ).toEqual([]);
  });
});
