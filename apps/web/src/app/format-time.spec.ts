import { formatDateTime } from './format-time';

describe('formatDateTime', () => {
  // One UTC instant, as a viewer in each Indonesian zone reads it.
  const instant = '2018-10-05T03:00:00Z';

  it.each([
    ['Asia/Jakarta', '5 Okt 2018, 10.00'],
    ['Asia/Makassar', '5 Okt 2018, 11.00'],
    ['Asia/Jayapura', '5 Okt 2018, 12.00'],
  ])('shows a UTC instant as local time in %s', (zone, text) => {
    expect(formatDateTime(instant, 'id', zone)).toBe(text);
  });

  it('leaves a value that is not a date as given', () => {
    expect(formatDateTime('soon', 'en', 'Asia/Jakarta')).toBe('soon');
  });
});
