import { describe, expect, it } from 'vitest';
import { latestEventDay, resolveEventDate } from '../../src/summary/dates.ts';

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

  // 2025-03-05 was a Wednesday.
  it.each([
    ['Talks will resume on Friday, the union said.', '2025-03-07'],
    ["Both sides are preparing for Friday's talks.", '2025-03-07'],
    ['Talks collapsed on Friday after nine hours.', '2025-02-28'],
    ['The strike began on Monday.', '2025-03-03'],
    ['Negotiators meet again next Monday.', '2025-03-10'],
    ['Last Wednesday, the union called the strike.', '2025-02-26'],
    // The weekday's own clause sets the tense, and a timetable in the present is still to come.
    ['The jury was sent home at 4:30 p.m. Deliberations resume on Friday morning.', '2025-03-07'],
    ["Organisers have scrapped plans for Saturday's service at the church.", '2025-03-08'],
  ])('resolves a weekday by tense and nearness: %s → %s', (sentence, key) => {
    expect(resolveEventDate(sentence, '2025-03-05')?.key).toBe(key);
  });

  it('returns nothing for undated sentences', () => {
    expect(resolveEventDate('The talks were productive.', '2018-10-07')).toBeUndefined();
  });
});

describe('latestEventDay', () => {
  // 2031-04-19 was a Saturday.
  it.each([
    [
      'The students were suspended on Wednesday, and on Friday the provost lifted 19 suspensions.',
      '2031-04-18',
    ],
    ['Police arrested 47 people on Linden Green early on Wednesday.', '2031-04-16'],
    ['Talks will resume on Monday, the union said.', '2031-04-19'],
    ['The review was announced on April 12 and began yesterday.', '2031-04-18'],
  ])('%s → %s', (sentence, day) => {
    expect(latestEventDay(sentence, '2031-04-19')).toBe(day);
  });

  it('is undefined for a sentence that names no day, or only a month', () => {
    expect(latestEventDay('The encampment has stood for 13 days.', '2031-04-19')).toBeUndefined();
    expect(latestEventDay('The deal was signed in March.', '2031-04-19')).toBeUndefined();
  });
});
