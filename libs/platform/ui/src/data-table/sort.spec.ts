import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort';

describe('nextSort', () => {
  it('sorts a new column ascending and turns the current one around', () => {
    expect(nextSort(undefined, 'name')).toEqual({ columnKey: 'name', direction: 'ascending' });
    expect(nextSort({ columnKey: 'name', direction: 'ascending' }, 'name').direction).toBe('descending');
    expect(nextSort({ columnKey: 'name', direction: 'descending' }, 'name').direction).toBe('ascending');
    expect(nextSort({ columnKey: 'name', direction: 'descending' }, 'year')).toEqual({ columnKey: 'year', direction: 'ascending' });
  });
});

describe('sortRows', () => {
  it('orders Vietnamese names as the alphabet does (Đ is a letter after D)', () => {
    const names = ['Đình Lập', 'Dân Chủ', 'Ăn Uống', 'Bình Gia', 'An Bình'];
    expect(sortRows(names, (name) => name, 'ascending')).toEqual(['An Bình', 'Ăn Uống', 'Bình Gia', 'Dân Chủ', 'Đình Lập']);
  });

  it('puts empty values last either way and keeps equal rows in order', () => {
    const rows = [
      { id: 1, value: null },
      { id: 2, value: 5 },
      { id: 3, value: 5 },
      { id: 4, value: 1 },
    ];
    expect(sortRows(rows, (row) => row.value, 'ascending').map((row) => row.id)).toEqual([4, 2, 3, 1]);
    expect(sortRows(rows, (row) => row.value, 'descending').map((row) => row.id)).toEqual([2, 3, 4, 1]);
  });

  it('returns the same rows, ordered, without touching the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        const before = [...values];
        const sorted = sortRows(values, (value) => value, 'ascending');
        expect(values).toEqual(before);
        expect(sorted).toEqual([...values].sort((a, b) => a - b));
        expect(sortRows(values, (value) => value, 'descending')).toEqual([...values].sort((a, b) => b - a));
      }),
    );
  });
});
