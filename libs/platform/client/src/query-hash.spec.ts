import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { queryHash } from './query-hash';

describe('queryHash', () => {
  it('is the SHA-256 of the UTF-8 text, in hex, as the gateway checks a persisted query against it', () => {
    for (const text of ['', 'query PortalSummary { portalSummary { title } }', 'query { newsArticles(search: "Lạng Sơn") { totalCount } }']) {
      expect(queryHash(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
