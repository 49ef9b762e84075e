// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';
import { gateway, page, seedArticle, seedArticlePage, unit, type Answer } from './test-fixtures';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const servicesIn = (language: Language, answer?: Answer): RemoteServices => ({
  client: createPortalClient({ fetch: gateway(answer) }),
  events: createPortalEventBus(),
  router: createHistoryRouter(),
  language,
  basePath: remote.routeBase,
});

const renderAt = (path: string, language: Language, answer?: Answer) => {
  window.history.replaceState(null, '', path);
  return render(
    <I18nProvider initialLanguage={language}>
      <RemoteView remote={remote} services={servicesIn(language, answer)} />
    </I18nProvider>,
  );
};

describe('the news remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: 'news', routeBase: '/tin-tuc' });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: 'Tin tức', en: 'News' });
  });

  it('lists the published articles with their date, unit and summary, and links the feed', async () => {
    renderAt('/tin-tuc', 'vi', ({ operationName, variables }) => {
      expect(operationName).toBe('NewsArticles');
      expect(variables).toEqual({ first: 20, offset: 0 });
      return { newsArticles: page([seedArticle]) };
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tin tức');
    const item = (await screen.findByRole('link', { name: seedArticle.title })).closest('li')!;
    expect(item.querySelector('a')?.getAttribute('href')).toBe(`/tin-tuc/${seedArticle.slug}?lang=vi`);
    expect(within(item).getByText('30/06/2020')).toBeTruthy();
    expect(within(item).getByText(unit.nameVi)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nhận tin qua Atom (RSS)' }).getAttribute('href')).toBe('/feeds/news.atom');
  });

  it('asks for the page in the address, and offers the other pages', async () => {
    const asked: unknown[] = [];
    renderAt('/tin-tuc?trang=2', 'vi', ({ variables }) => {
      asked.push(variables);
      return { newsArticles: page([seedArticle], 22) };
    });
    const pagination = await screen.findByRole('navigation', { name: 'Phân trang danh sách tin' });
    expect(asked).toEqual([{ first: 20, offset: 20 }]);
    expect(within(pagination).getByRole('link', { name: 'Trang 2' }).getAttribute('aria-current')).toBe('page');
    expect(within(pagination).getByRole('link', { name: 'Trang 1' }).getAttribute('href')).toBe('/tin-tuc?lang=vi');
    expect(screen.getByText('Trang 2/2')).toBeTruthy();
  });

  /** A search's answer: its page, and its count (exact unless told). */
  const searchAnswer = (nodes: unknown[], counted: { count: number; precision: string } = { count: nodes.length, precision: 'EXACT' }, hasNextPage = false) => {
    const { totalCount: _exactCount, ...found } = page(nodes);
    return {
      newsSearch: { ...found, pageInfo: { ...found.pageInfo, hasNextPage } },
      newsSearchCount: { __typename: 'Count', ...counted },
    };
  };

  it('marks the words a search found, and says when nothing was found', async () => {
    renderAt('/tin-tuc?tim=hoi+nghi', 'vi', ({ variables }) => searchAnswer(variables?.['query'] === 'hoi nghi' ? [seedArticle] : []));
    await screen.findByText('Tìm thấy 1 bài cho "hoi nghi".');
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toContain('Hội nghị');
    expect((screen.getByRole('searchbox', { name: 'Tìm tin bài' }) as HTMLInputElement).value).toBe('hoi nghi');
    cleanup();
    renderAt('/tin-tuc?tim=xyz', 'en', () => searchAnswer([]));
    expect((await screen.findByText(/No article found for "xyz"\./)).textContent).toBe('Information: No article found for "xyz".');
    expect(document.querySelector('li')).toBeNull();
  });

  it('says "more than" a search’s count when the count stopped at its limit, and offers the next page while there is one', async () => {
    const articles = Array.from({ length: 20 }, (_, i) => ({ ...seedArticle, id: `TmV3c0FydGljbGU6${i}`, slug: `bai-${i}`, title: `Chuyển đổi số ${i}` }));
    renderAt('/tin-tuc?tim=so&trang=50', 'vi', ({ variables }) => {
      expect(variables).toEqual({ query: 'so', first: 20, offset: 980 });
      return searchAnswer(articles, { count: 1000, precision: 'AT_LEAST' }, true);
    });
    expect((await screen.findByRole('status')).textContent).toBe('Tìm thấy hơn 1.000 bài cho "so".');
    const pagination = screen.getByRole('navigation', { name: /trang/i });
    expect(within(pagination).getByRole('link', { name: 'Trang 51' }).getAttribute('href')).toBe('/tin-tuc?tim=so&trang=51&lang=vi');
    expect(screen.getByText('Trang 50')).toBeTruthy();
    expect(screen.queryByText(/Trang 50\//)).toBeNull();
  });

  it('says so when the news cannot be loaded, in the reader’s language', async () => {
    renderAt('/tin-tuc', 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('News');
    expect((await screen.findByText('The news could not be loaded. Please try again later.')).textContent).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows an article with its figures as labelled placeholders and a link to its period’s statistics', async () => {
    const article = seedArticlePage;
    renderAt(`/tin-tuc/${seedArticle.slug}`, 'vi', () => ({ newsArticle: article }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(seedArticle.title);
    expect(screen.getByText('30/06/2020 15:54')).toBeTruthy();
    expect(screen.getByText('26/06/2020')).toBeTruthy();
    expect(screen.getByRole('img', { name: article.images[0]!.altVi })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(article.images[0]!.captionVi).tagName).toBe('FIGCAPTION');
    expect(screen.getByRole('link', { name: 'Xem số liệu thống kê kỳ 6 tháng đầu năm 2020' }).getAttribute('href')).toBe('/thong-ke?ky=2020-H1&lang=vi');
    expect(screen.getByText('Nguyễn Như Trang (Trung tâm Công nghệ thông tin và Truyền thông)')).toBeTruthy();
  });

  it('asks a citizen on an editor page to sign in, without loading the editor', async () => {
    const services = servicesIn('vi');
    services.events.emit('user.signedOut', undefined);
    window.history.replaceState(null, '', '/tin-tuc/bien-tap/soan-tin');
    render(
      <I18nProvider initialLanguage="vi">
        <RemoteView remote={remote} services={services} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dành cho biên tập viên');
    expect(screen.getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe('/dang-nhap?tiep=%2Ftin-tuc%2Fbien-tap%2Fsoan-tin&lang=vi');
  });
});
