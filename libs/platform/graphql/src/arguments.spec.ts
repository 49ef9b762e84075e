import { describe, expect, it } from 'vitest';
import { badInput, codeArgument, MAX_QUERY_LENGTH, searchText } from './arguments';

describe('argument checks', () => {
  it('names the argument at fault in a BAD_USER_INPUT error', () => {
    const error = badInput('"first" must be between 1 and 100.', 'first');
    expect(error.message).toBe('"first" must be between 1 and 100.');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('accepts a search up to the longest and refuses one character more, naming the argument', () => {
    const longest = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(searchText(longest)).toBe(longest);
    expect(() => searchText(`${longest}a`, 'holder')).toThrow(expect.objectContaining({ message: `A search is at most ${MAX_QUERY_LENGTH} characters.`, extensions: { code: 'BAD_USER_INPUT', argument: 'holder' } }));
  });

  it('refuses a code that is not of its shape, or too long to be one', () => {
    const area = /^\d+$/;
    expect(codeArgument('187', 'areaCode', area, 'digits')).toBe('187');
    expect(() => codeArgument("187' or 1=1", 'areaCode', area, 'digits')).toThrow('"areaCode" must be digits.');
    expect(() => codeArgument('1'.repeat(101), 'areaCode', area, 'digits')).toThrow('"areaCode" must be digits.');
  });
});
