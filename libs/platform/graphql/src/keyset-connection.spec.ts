import { describe, expect, it } from 'vitest';
import { encodeKeysetCursor, keysetConnection, keysetRange, type KeysetOrder } from './keyset-connection';

interface Item {
  id: string;
  day: string;
}
const newest: KeysetOrder<Item> = {
  name: 'newest',
  columns: [
    { sql: 'day', type: 'date', descending: true },
    { sql: 'id', type: 'uuid', descending: true },
  ],
  position: (item) => [item.day, item.id],
};
const id = '0b7f3c1e-8f0a-4d7e-9b1a-1c2d3e4f5a6b';

describe('keyset pages in the API', () => {
  it('reads 20 forwards by default, and the size asked from 1 to 100', () => {
    expect(keysetRange({}, newest)).toEqual({ size: 20, backward: false, after: null, before: null });
    expect(keysetRange({ last: 5 }, newest)).toMatchObject({ size: 5, backward: true });
    expect(() => keysetRange({ first: 101 }, newest)).toThrow(/between 1 and 100/);
    expect(() => keysetRange({ first: 0 }, newest)).toThrow(/between 1 and 100/);
    expect(() => keysetRange({ first: 2, last: 2 }, newest)).toThrow(/not both/);
  });

  it('continues from the cursor of an item it gave out', () => {
    const page = keysetConnection({ rows: [{ id, day: '2020-06-30' }], more: true }, keysetRange({}, newest), newest, async () => 1);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(keysetRange({ after: page.pageInfo.endCursor }, newest).after).toEqual(['2020-06-30', id]);
  });

  it('refuses a cursor of another order, a forged one and one that is not ours', () => {
    const other = { ...newest, name: 'oldest' };
    const cursor = encodeKeysetCursor('newest', ['2020-06-30', id]);
    expect(() => keysetRange({ after: cursor }, other)).toThrow(/not a cursor of this list/);
    for (const forged of [
      encodeKeysetCursor('newest', ["2020-06-30'; drop table x", id]),
      encodeKeysetCursor('newest', ['2020-06-30', 'not-a-uuid']),
      encodeKeysetCursor('newest', ['2020-06-30']),
      'garbage!',
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(() => keysetRange({ before: forged }, newest)).toThrow(/"before" is not a cursor/);
    }
  });

  it('counts only when the total is asked for', async () => {
    let counted = 0;
    const page = keysetConnection({ rows: [], more: false }, keysetRange({}, newest), newest, async () => ++counted);
    expect(counted).toBe(0);
    expect(await page.totalCount()).toBe(1);
  });
});
