import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryHash } from './query-hash';

const texts = ['', 'query PortalSummary { portalSummary { title } }', 'query { newsArticles(search: "Lạng Sơn") { totalCount } }'];
const expected = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('queryHash', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the SHA-256 of the UTF-8 text, in hex, as the gateway checks a persisted query against it', async () => {
    for (const text of texts) expect(await queryHash(text)).toBe(expected(text));
  });

  it('answers in the order it was asked, so queries a page sends together leave in that order', async () => {
    const answered: string[] = [];
    const long = 'query Long { x }'.repeat(50_000);
    await Promise.all([long, 'query Short { y }'].map((text) => queryHash(text).then(() => answered.push(text.slice(0, 11)))));
    expect(answered).toEqual(['query Long ', 'query Short']);
  });

  it('is the same where the browser has no crypto.subtle (a page served over plain http)', async () => {
    vi.stubGlobal('crypto', {});
    for (const text of texts) expect(await queryHash(text)).toBe(expected(text));
  });
});
