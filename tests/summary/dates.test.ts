import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../src/summary/dates.ts';

describe('resolveEventDate', () => {
  // 2018-10-07 was a Sunday.
  it.each([
    ['They met on Sunday morning.', '2018-10-07'],
    ['Pompeo visited Tokyo on Friday.', '2018-10-05'],
    ['Trump and Kim met in Singapore on June 12.', '2018-06-12'],
    ['It happened on Oct. 6, 2018, in Tokyo.', '2018-10-06'],
    ['In August, Trump canceled the trip.', '2018-08'],
    ['Last month, the parade took place.', '2018-09'],
    ['The meeting was held yesterday.', '2018-10-06'],
    ['Talks were held in December.', '2017-12'],
  ])('%s → %s', (sentence, key) => {
    expect(resolveEventDate(sentence, '2018-10-07')?.key).toBe(key);
  });

  it('labels "last week" as a week', () => {
    expect(resolveEventDate('Last week, the leaders met.', '2018-09-26')).toEqual({
      key: '2018-09-19',
      label: 'week of 2018-09-19',
    });
  });

  it('returns nothing for undated sentences', () => {
    expect(resolveEventDate('The talks were productive.', '2018-10-07')).toBeUndefined();
  });
});
