import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionFromArray, MAX_OFFSET, MAX_PAGE_SIZE, offsetConnection, pageOffset, type Connection } from './connection';

const items = Array.from({ length: 250 }, (_, i) => i);

describe('connectionFromArray', () => {
  it('gives 20 items by default, with the total and where the page sits', () => {
    const page = connectionFromArray(items, {});
    expect(page.nodes).toEqual(items.slice(0, 20));
    expect(page.totalCount).toBe(250);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('accepts page sizes from 1 to 100 and refuses 0 and 101 with a clear error', () => {
    expect(connectionFromArray(items, { first: 1 }).nodes).toHaveLength(1);
    expect(connectionFromArray(items, { first: MAX_PAGE_SIZE }).nodes).toHaveLength(100);
    expect(connectionFromArray(items, { last: MAX_PAGE_SIZE }).nodes).toHaveLength(100);
    expect(() => connectionFromArray(items, { first: 0 })).toThrow(/between 1 and 100/);
    expect(() => connectionFromArray(items, { first: 101 })).toThrow(/between 1 and 100/);
    expect(() => connectionFromArray(items, { last: -5 })).toThrow(/between 1 and 100/);
  });

  it('refuses a cursor it did not give out', () => {
    for (const after of ['garbage', 'b2Zmc2V0Oi0x', "' or 1=1 --", '']) {
      if (after === '') continue;
      expect(() => connectionFromArray(items, { after })).toThrow(/not a cursor/);
    }
  });

  it('walks the whole list forwards, page after page, without gaps or repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 100 }), (length, size) => {
        const list = Array.from({ length }, (_, i) => i);
        const seen: number[] = [];
        let after: string | null = null;
        for (;;) {
          const page: Connection<number> = connectionFromArray(list, { first: size, after });
          seen.push(...page.nodes);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(list);
      }),
    );
  });

  it('walks backwards with last/before the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 100 }), (length, size) => {
        const list = Array.from({ length }, (_, i) => i);
        const seen: number[] = [];
        let before: string | null = null;
        for (;;) {
          const page: Connection<number> = connectionFromArray(list, { last: size, before });
          seen.unshift(...page.nodes);
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
        expect(seen).toEqual(list);
      }),
    );
  });
});

describe('numbered pages', () => {
  it('reads an offset of 0 to 100 000 and refuses anything else, naming the argument', () => {
    expect(pageOffset(undefined)).toBeNull();
    expect(pageOffset(0)).toBe(0);
    expect(pageOffset(MAX_OFFSET)).toBe(MAX_OFFSET);
    for (const bad of [-1, MAX_OFFSET + 1, 1.5]) expect(() => pageOffset(bad)).toThrow(/"offset" must be between 0 and 100000/);
  });

  it('gives a page read at an offset cursors that continue where connectionFromArray would', () => {
    const page = offsetConnection(items.slice(40, 60), 40, items.length);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(page.totalCount).toBe(250);
    const next = connectionFromArray(items, { first: 5, after: page.pageInfo.endCursor });
    expect(next.nodes).toEqual([60, 61, 62, 63, 64]);
    expect(offsetConnection(items.slice(240), 240, items.length).pageInfo).toMatchObject({ hasNextPage: false, endCursor: expect.any(String) });
  });
});
