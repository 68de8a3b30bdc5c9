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
});
