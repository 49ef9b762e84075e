import { describe, expect, it } from 'vitest';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { linkHeader, pagePreloads, remoteOfPath, remoteStylesheets } from './page-preloads';

const news: RemoteManifestEntry = { id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/tin-tuc', nav: { vi: 'Tin tức', en: 'News' }, order: 10 };
const partner: RemoteManifestEntry = {
  id: 'partner',
  entry: 'https://partner.example.gov.vn/portal/mf-manifest.json',
  routeBase: '/doi-tac',
  nav: { vi: 'Đối tác', en: 'Partner' },
  order: 90,
};

/** The fields of a federation build's mf-manifest.json the preloads read, as @module-federation/enhanced writes them. */
const newsFederationManifest = JSON.stringify({
  id: 'news',
  metaData: { publicPath: 'auto', remoteEntry: { name: 'remoteEntry.js', path: '', type: 'global' } },
  exposes: [
    {
      id: 'news:Remote',
      name: 'Remote',
      path: './Remote',
      assets: {
        js: { sync: ['9.c79341e8.js', '__federation_expose_Remote.b691e002.js'], async: ['172.e67f0752.js'] },
        css: { sync: ['__federation_expose_Remote.b2802671.css'], async: ['176.140baffd.css', '408.d15f8cea.css'] },
      },
    },
  ],
});

const reading = (texts: Record<string, string | null>) => async (remote: RemoteManifestEntry) => texts[remote.id] ?? null;

describe('page preloads', () => {
  it('finds the remote whose routes hold a path, and no other', () => {
    expect(remoteOfPath('/tin-tuc', [news, partner])).toBe(news);
    expect(remoteOfPath('/tin-tuc/hoi-nghi-so-ket', [news, partner])).toBe(news);
    expect(remoteOfPath('/tin-tuc-cu', [news, partner])).toBeUndefined();
    expect(remoteOfPath('/', [news, partner])).toBeUndefined();
  });

  it("preloads the remotes manifest on every page, and on a remote's route its manifest, entry and first files, not its lazy chunks", async () => {
    expect(await pagePreloads('/', [news], '/remotes.json', reading({ news: newsFederationManifest }))).toEqual([{ href: '/remotes.json', as: 'fetch' }]);
    expect(await pagePreloads('/tin-tuc/hoi-nghi-so-ket', [news], '/remotes.json', reading({ news: newsFederationManifest }))).toEqual([
      { href: '/remotes.json', as: 'fetch' },
      { href: '/remotes/news/mf-manifest.json', as: 'fetch' },
      { href: '/remotes/news/remoteEntry.js', as: 'script' },
      { href: '/remotes/news/__federation_expose_Remote.b2802671.css', as: 'style' },
      { href: '/remotes/news/9.c79341e8.js', as: 'script' },
      { href: '/remotes/news/__federation_expose_Remote.b691e002.js', as: 'script' },
    ]);
  });

  it("links every style sheet of a remote's routes, its lazy pages' too, for a page rendered on the server; none elsewhere", async () => {
    expect(await remoteStylesheets('/tin-tuc/hoi-nghi-so-ket', [news, partner], reading({ news: newsFederationManifest }))).toEqual([
      '/remotes/news/__federation_expose_Remote.b2802671.css',
      '/remotes/news/176.140baffd.css',
      '/remotes/news/408.d15f8cea.css',
    ]);
    expect(await remoteStylesheets('/', [news], reading({ news: newsFederationManifest }))).toEqual([]);
    expect(await remoteStylesheets('/doi-tac', [news, partner], reading({}))).toEqual([]);
  });

  it('preloads only the manifest of a remote it cannot read (on another origin, not built, or not a federation manifest)', async () => {
    const onlyManifests = (remote: RemoteManifestEntry) => [
      { href: '/remotes.json', as: 'fetch' },
      { href: remote.entry, as: 'fetch' },
    ];
    expect(await pagePreloads('/doi-tac', [news, partner], '/remotes.json', reading({}))).toEqual(onlyManifests(partner));
    expect(await pagePreloads('/tin-tuc', [news], '/remotes.json', reading({ news: null }))).toEqual(onlyManifests(news));
    expect(await pagePreloads('/tin-tuc', [news], '/remotes.json', reading({ news: '{"id":"news"}' }))).toEqual(onlyManifests(news));
    expect(await pagePreloads('/tin-tuc', [news], '/remotes.json', reading({ news: 'not json' }))).toEqual(onlyManifests(news));
  });

  it('writes a Link header browsers read: JSON read by fetch() is preloaded with crossorigin so fetch() reuses it', () => {
    expect(
      linkHeader([
        { href: '/remotes.json', as: 'fetch' },
        { href: '/remotes/news/remoteEntry.js', as: 'script' },
        { href: '/remotes/news/x.css', as: 'style' },
      ]),
    ).toBe('</remotes.json>; rel=preload; as=fetch; crossorigin, </remotes/news/remoteEntry.js>; rel=preload; as=script, </remotes/news/x.css>; rel=preload; as=style');
  });
});
