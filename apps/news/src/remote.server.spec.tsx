import { renderRemoteOnServer } from '@egov/federation/testing';
import { describe, expect, it } from 'vitest';
import remote from './remote';
import { gateway, page, seedArticle, seedArticlePage, unit } from './test-fixtures';

// The news remote as the gateway renders it (Node, no DOM): the first HTML a reader gets.
describe('the news remote rendered on the server', () => {
  it('renders the list with its articles, titled, and the cache the browser hydrates from', async () => {
    const rendered = await renderRemoteOnServer(remote, {
      url: '/tin-tuc',
      language: 'vi',
      fetch: gateway(() => ({ newsArticles: page([seedArticle]) })),
    });
    expect(rendered.html).toMatch(/<h1[^>]*>Tin tức<\/h1>/);
    expect(rendered.html).toContain(`href="/tin-tuc/${seedArticle.slug}?lang=vi"`);
    expect(rendered.html).toContain(seedArticle.title);
    expect(rendered.html).toContain(unit.nameVi);
    expect(JSON.stringify(rendered.apollo)).toContain(seedArticle.slug);
  });

  it('renders a search from the address as a GET form holding the words, with its answer', async () => {
    const rendered = await renderRemoteOnServer(remote, {
      url: '/tin-tuc?tim=hoi+nghi',
      language: 'vi',
      fetch: gateway(({ variables }) => ({
        newsSearch: { ...page(variables?.['query'] === 'hoi nghi' ? [seedArticle] : []), totalCount: undefined },
        newsSearchCount: { __typename: 'Count', count: 1, precision: 'EXACT' },
      })),
    });
    const form = /<form role="search"[^>]*>/.exec(rendered.html)?.[0];
    expect(form).toContain('action="/tin-tuc"');
    expect(form).toContain('method="get"');
    expect(rendered.html).toMatch(/<input[^>]*name="tim"[^>]*value="hoi nghi"/);
    expect(rendered.html).toContain('Tìm thấy 1 bài cho &quot;hoi nghi&quot;.');
  });

  it('renders an article in English with its head for link previews', async () => {
    const rendered = await renderRemoteOnServer(remote, {
      url: `/tin-tuc/${seedArticle.slug}`,
      language: 'en',
      fetch: gateway(({ operationName }) => {
        expect(operationName).toBe('NewsArticle');
        return { newsArticle: seedArticlePage };
      }),
    });
    expect(rendered.html).toContain(seedArticlePage.bodyHtml);
    expect(rendered.html).toContain(seedArticlePage.images[0]!.captionVi);
    expect(rendered.head).toMatchObject({ title: seedArticle.title, article: { publishedTime: seedArticle.publishedAt } });
  });
});
