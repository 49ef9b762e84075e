import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { remotesManifestSchema } from './remotes-manifest';

const remote = (id: string, routeBase: string, entry = `/remotes/${id}/mf-manifest.json`) => ({
  id,
  entry,
  routeBase,
  nav: { vi: id, en: id },
  order: 1,
});
const issuesOf = (manifest: unknown) => {
  const parsed = remotesManifestSchema.safeParse(manifest);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('remotesManifestSchema', () => {
  it('accepts remotes with http(s) or same-origin entries', () => {
    expect(
      issuesOf({
        remotes: [
          remote('news', '/news'),
          remote('statistics', '/statistics', 'https://cdn.example.vn/statistics/mf-manifest.json'),
          remote('procedures', '/thu-tuc/procedures', 'http://localhost:4201/mf-manifest.json'),
        ],
      }),
    ).toEqual([]);
    expect(issuesOf({ remotes: [] })).toEqual([]);
  });

  it("refuses an entry that is not a remote's mf-manifest.json", () => {
    expect(issuesOf({ remotes: [remote('news', '/news', '/remotes/news/remoteEntry.js')] })).toEqual([
      "remotes.0.entry: must be the address of the remote's mf-manifest.json",
    ]);
  });

  it('refuses an entry that is neither http(s) nor a path on the portal', () => {
    for (const entry of ['javascript:alert(1)', 'ftp://x/mf-manifest.json', '//evil.example/mf-manifest.json', 'mf-manifest.json']) {
      expect(issuesOf({ remotes: [remote('news', '/news', entry)] })).toEqual(['remotes.0.entry: must be an http(s) URL or a path starting with /']);
    }
  });

  it('accepts a server entry beside the browser one, and refuses one that is not a remoteEntry.js', () => {
    expect(issuesOf({ remotes: [{ ...remote('news', '/news'), serverEntry: '/remotes/news/server/remoteEntry.js' }] })).toEqual([]);
    expect(issuesOf({ remotes: [{ ...remote('news', '/news'), serverEntry: 'https://cdn.example.vn/news/server/remoteEntry.js' }] })).toEqual([]);
    expect(issuesOf({ remotes: [{ ...remote('news', '/news'), serverEntry: '/remotes/news/mf-manifest.json' }] })).toEqual([
      "remotes.0.serverEntry: must be the address of the remote's server remoteEntry.js",
    ]);
    expect(issuesOf({ remotes: [{ ...remote('news', '/news'), serverEntry: 'file:///etc/remoteEntry.js' }] })).toEqual([
      'remotes.0.serverEntry: must be an http(s) URL or a path starting with /',
    ]);
  });

  it('accepts the public and staff pages below the route base, and refuses a path that is not one', () => {
    expect(issuesOf({ remotes: [{ ...remote('news', '/news'), pages: { public: ['/archive', '/archive/2020'], staff: ['/desk'] } }] })).toEqual([]);
    for (const path of ['archive', '/Archive', '/archive/', '/archive?year=2020', '//evil.example']) {
      expect(issuesOf({ remotes: [{ ...remote('news', '/news'), pages: { staff: [path] } }] })).toEqual([
        'remotes.0.pages.staff.0: must be a path below the route base like /bieu-do (lower-case segments, no trailing slash)',
      ]);
    }
  });

  it('refuses a remote listed twice', () => {
    expect(issuesOf({ remotes: [remote('news', '/news'), remote('news', '/tin-tuc')] })).toEqual(['remotes.1.id: "news" is listed twice']);
  });

  it('refuses two remotes on the same route base, or one inside the other', () => {
    expect(issuesOf({ remotes: [remote('news', '/news'), remote('press', '/news')] })).toEqual([
      'remotes.1.routeBase: "/news" overlaps "/news" of remote "news"',
    ]);
    expect(issuesOf({ remotes: [remote('news', '/news/archive'), remote('press', '/news')] })).toHaveLength(1);
    expect(issuesOf({ remotes: [remote('news', '/news'), remote('newsletter', '/newsletter')] })).toEqual([]);
  });

  it('refuses ids, route bases and orders that do not fit', () => {
    const issues = issuesOf({ remotes: [{ ...remote('News-Room', '/'), order: 1.5 }] });
    expect(issues.map((issue) => issue.split(':')[0])).toEqual(['remotes.0.id', 'remotes.0.routeBase', 'remotes.0.order']);
  });

  it('property: any list of distinct single-segment route bases and ids is valid', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), { maxLength: 8 }), (names) => {
        expect(issuesOf({ remotes: names.map((name) => remote(name, `/${name}`)) })).toEqual([]);
      }),
    );
  });
});
