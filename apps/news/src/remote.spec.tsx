// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';

afterEach(cleanup);

// What the shell hands the remote; a fetch that fails says so if the page ever queries unasked.
const servicesIn = (language: Language): RemoteServices => ({
  client: createPortalClient({ fetch: () => Promise.reject(new Error('no network in unit tests')) }),
  events: createPortalEventBus(),
  router: createHistoryRouter(),
  language,
  basePath: remote.routeBase,
});

const renderIn = (language: Language) =>
  render(
    <I18nProvider initialLanguage={language}>
      <RemoteView remote={remote} services={servicesIn(language)} />
    </I18nProvider>,
  );

describe('the news remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: 'news', routeBase: '/tin-tuc' });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: 'Tin tức', en: 'News' });
  });

  it('opens on its first page in Vietnamese, with a notice', () => {
    renderIn('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tin tức');
    expect(screen.getByRole('status').textContent).toContain('Đang xây dựng');
  });

  it('reads in English when the reader chose English', () => {
    renderIn('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('News');
    expect(screen.getByRole('status').textContent).toContain('Under construction');
  });
});
