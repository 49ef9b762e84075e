import { describe, expect, it } from 'vitest';
import { defaultLanguage, isLanguage, toLanguage } from './language';

describe('languages', () => {
  it('defaults to Vietnamese', () => {
    expect(defaultLanguage).toBe('vi');
  });

  it.each([
    ['vi', 'vi'],
    ['EN', 'en'],
    ['vi-VN', 'vi'],
    ['en_GB', 'en'],
    [' en-US ', 'en'],
    ['fr', null],
    ['vietnamese', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (input, expected) => {
    expect(toLanguage(input)).toBe(expected);
  });

  it('accepts only exact codes as a Language', () => {
    expect(isLanguage('vi')).toBe(true);
    expect(isLanguage('VI')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
