import { describe, expect, it } from 'vitest';
import { datelineIn as read, monthOf } from '../../../../src/engine/match/dateline';

describe('monthOf', () => {
  it('reads month names in any case, with or without their accents', () => {
    expect(['février', 'FÉVRIER', 'fevrier', 'Feb'].map(monthOf)).toEqual([2, 2, 2, 2]);
    expect(['März', 'MÄRZ', 'marco', 'março', 'DEC'].map(monthOf)).toEqual([3, 3, 3, 3, 12]);
    expect(['civils', 'monde', 'mard'].map(monthOf)).toEqual([undefined, undefined, undefined]);
  });
});

describe('datelineIn', () => {
  it('reads the date forms news sites print, in the six languages', () => {
    const datelineIn = (line: string) => read([line]);
    expect(datelineIn('Publié le 30/09/2016 à 10h12')).toBe('2016-09-30');
    expect(datelineIn('By Jane Roe | 3 March 2016 | 14:02')).toBe('2016-03-03');
    expect(datelineIn('Updated: March 3, 2016')).toBe('2016-03-03');
    expect(datelineIn('Stand: 03.03.2016, 14:00 Uhr')).toBe('2016-03-03');
    expect(datelineIn('3. März 2016')).toBe('2016-03-03');
    expect(datelineIn('Lisboa, 23 de dezembro de 2015')).toBe('2015-12-23');
    expect(datelineIn('Madrid, 23 de diciembre de 2015')).toBe('2015-12-23');
    expect(datelineIn('Roma, 23 dicembre 2015 - 12:30')).toBe('2015-12-23');
    expect(datelineIn('2015-12-24 08:00')).toBe('2015-12-24');
    expect(datelineIn('Dec. 23, 2015')).toBe('2015-12-23');
  });

  it('prefers the date introduced as the publication date, not a later update', () => {
    expect(read(['Le rapport du 23 décembre 2015', 'Publié le 30 septembre 2016'])).toBe(
      '2016-09-30',
    );
    expect(read(['23 décembre 2015, 9h. Mis à jour le 2 janvier 2016'])).toBe('2015-12-23');
  });

  it('takes no date from prose or captions, only from a byline or a cued date', () => {
    const caption =
      'A frame grab released by the defence ministry on December 4, 2015 shows strikes on trucks near Aleppo';
    expect(read([caption, 'Moscow rejected the report on Wednesday.'])).toBeNull();
    expect(read([caption, 'By Jane Roe, December 24, 2015'])).toBe('2015-12-24');
    expect(read(['Between 30 September and 29 November, 25 attacks'])).toBeNull();
    expect(read(['Rendez-vous le 31/13/2016'])).toBeNull();
  });

  it('reads an agency dateline opening a dispatch, in the six languages, with or without its year', () => {
    const opening = (line: string) => read(['Amnesty accuses Moscow', line]);
    expect(opening('Beirute, 23 dez (Lusa) – A Amnistia Internacional denunciou hoje')).toBe(
      '--12-23',
    );
    expect(opening('BEIRUT, Dec 23 (Reuters) - Amnesty International said')).toBe('--12-23');
    expect(opening('Moscou, 23 déc. (AFP) - La Russie a rejeté')).toBe('--12-23');
    expect(opening('Moscou, 23 déc. 2015 (AFP) - La Russie a rejeté')).toBe('2015-12-23');
    expect(opening('Moscú, 23 dic (EFE).- El Ministerio de Defensa')).toBe('--12-23');
    expect(opening('(ANSA) - MOSCA, 23 DIC - Il ministero della Difesa')).toBe('--12-23');
    expect(opening('Beyrouth, 30 sept. (AFP) - Les frappes russes')).toBe('--09-30');
    expect(opening('Moskau, 24. Dez. (dpa) - Das Verteidigungsministerium')).toBe('--12-24');
  });

  it('takes no date from an agency dateline without one, nor from a place and a day in prose', () => {
    expect(read(['Berlin (dpa) - Amnesty International wirft Russland vor'])).toBeNull();
    expect(read(['Aleppo, 23 December: the day the report came out, Moscow denied it'])).toBeNull();
    expect(read(['In Homs, 29 November was the deadliest day - Amnesty says'])).toBeNull();
  });

  it('takes no date from a list of dated lines around the article (recent posts, an archive)', () => {
    const rail = [
      'Recent posts',
      'Five houseplants that survive a dark flat – 4 May 2021',
      'Why your kettle needs descaling – 3 May 2021',
      'A weekend in Porto on a budget – 29 April 2021',
    ];
    expect(read([...rail, 'Amnesty: Russian raids in Syria killed 200 civilians'])).toBeNull();
    // The page's own byline, apart from the list, is read wherever the list stands.
    const article = ['Amnesty: hospitals hit in Aleppo', 'By Jane Roe | 3 March 2016', 'The group'];
    expect(read([...rail, ...article])).toBe('2016-03-03');
    expect(read([...article, ...rail.slice(1)])).toBe('2016-03-03');
    // Two dated lines are a date and its update, not a list; nor is a dated lead, which is prose.
    expect(read(['Published 23/12/2015', 'Updated 24/12/2015 09:12'])).toBe('2015-12-23');
    const prose = [
      'Russian strikes have killed thousands of people in Syria since 30 September 2015, a monitoring group said on Monday.',
      'The group had counted far fewer dead by 23 December 2015, when a rights report on the raids came out in London.',
    ];
    expect(read(['Moscow’s raids, a year on', '9 January 2017', ...prose])).toBe('2017-01-09');
  });

  it('prefers a byline’s full date to a dateline without its year', () => {
    expect(
      read(['By Jane Roe, December 24, 2015', 'MOSCOW, Dec 23 (Reuters) - The ministry']),
    ).toBe('2015-12-24');
  });
});
