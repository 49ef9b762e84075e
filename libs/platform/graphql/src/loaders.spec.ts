import { describe, expect, it } from 'vitest';
import { defineLoader, existing } from './loaders';
import { createRequestContext } from './request-context';

const request = () => createRequestContext(null, 'r1');

describe('defineLoader', () => {
  it('reads the keys asked in one request in one batch, from the source given', async () => {
    const batches: string[][] = [];
    const labels = defineLoader<string, string, Map<string, string>>('label', async (codes, source) => {
      batches.push([...codes]);
      return codes.map((code) => source.get(code) ?? '?');
    });
    const source = new Map([['a', 'A'], ['b', 'B']]);
    const context = request();
    await expect(Promise.all([labels(context, source).load('a'), labels(context, source).load('b'), labels(context, source).load('a')])).resolves.toEqual(['A', 'B', 'A']);
    expect(batches).toEqual([['a', 'b']]);
  });

  it('keeps answers within their request: another request reads again', async () => {
    let reads = 0;
    const counted = defineLoader<string, number>('counted', async (keys) => keys.map(() => ++reads));
    expect(await counted(request()).load('x')).toBe(1);
    expect(await counted(request()).load('x')).toBe(2);
  });

  it('never mixes two loaders that share a name', async () => {
    const first = defineLoader<string, string>('same', async (keys) => keys.map((key) => `first ${key}`));
    const second = defineLoader<string, string>('same', async (keys) => keys.map((key) => `second ${key}`));
    const context = request();
    expect(await first(context).load('k')).toBe('first k');
    expect(await second(context).load('k')).toBe('second k');
  });
});

describe('existing', () => {
  it('gives the record a foreign key names, and fails loudly (a server fault, not an answer) when it is missing', async () => {
    await expect(existing(Promise.resolve({ code: 'so-tttt' }), 'Unit so-tttt')).resolves.toEqual({ code: 'so-tttt' });
    await expect(existing(Promise.resolve(null), 'Unit khong-co')).rejects.toThrow('Unit khong-co is missing');
  });
});
