import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-11-30', '2024-11-30'],
    ['2024-11-30T08:15:00-05:00', '2024-11-30T08:15:00-05:00'],
    ['2024-11-30T08:15:00.123Z', '2024-11-30T08:15:00Z'],
    ['2024-11-30 08:15', '2024-11-30T08:15:00'],
    ['2024-11-30T08:15:00+0100', '2024-11-30T08:15:00+01:00'],
    ['20241130', '2024-11-30'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    ['November 30, 2024', '2024-11-30'],
    ['Saturday, Nov. 30, 2024', '2024-11-30'],
    ['Sat, 30 Nov 2024 10:00:00 GMT', '2024-11-30T10:00:00.000Z'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it('reads Date objects and epoch numbers', () => {
    expect(normalizeDate(new Date('2024-11-30T10:00:00Z'))).toBe('2024-11-30T10:00:00.000Z');
    expect(normalizeDate(1732960800)).toBe('2024-11-30T10:00:00.000Z');
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://example.com/2019/11/19/story-name', '2019-11-19'],
    ['https://example.com/news/2019-11-19-story', '2019-11-19'],
    ['https://example.com/a/20191119/story', '2019-11-19'],
    ['https://example.com/story-11574168580', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
