import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginationItems } from './pagination-items';

describe('paginationItems', () => {
  it('shows every page of a short list', () => {
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves gaps around the current page in a long list', () => {
    expect(paginationItems(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(paginationItems(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
    expect(paginationItems(20, 20)).toEqual([1, 'gap', 19, 20]);
    expect(paginationItems(10, 20, 2)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
  });

  it('shows a single missing page instead of a gap', () => {
    expect(paginationItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('always shows the first, last and current pages in order, each gap hiding two pages or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.nat(), fc.integer({ min: 0, max: 3 }), (pageCount, seed, siblings) => {
        const page = (seed % pageCount) + 1;
        const items = paginationItems(page, pageCount, siblings);
        const pages = items.filter((item): item is number => item !== 'gap');
        expect(pages).toContain(1);
        expect(pages).toContain(page);
        expect(pages).toContain(pageCount);
        expect(items.length).toBeLessThanOrEqual(2 * siblings + 5);
        items.forEach((item, index) => {
          const before = items[index - 1];
          const after = items[index + 1];
          if (item === 'gap') {
            expect(typeof before === 'number' && typeof after === 'number' && after - before > 2).toBe(true);
          } else if (typeof after === 'number') {
            expect(after).toBe(item + 1);
          }
        });
      }),
    );
  });

  it('shows nothing for an empty list', () => {
    expect(paginationItems(1, 0)).toEqual([]);
  });
});
