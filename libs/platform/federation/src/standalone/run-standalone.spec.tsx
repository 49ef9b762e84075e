// @vitest-environment jsdom
import { RouterProvider, useLocation } from '@egov/routing';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineRemote, type RemoteServices } from '../contract/remote-contract';
import { runStandalone } from './run-standalone';

function Page({ language, basePath }: RemoteServices) {
  const { pathname } = useLocation();
  return (
    <p>
      {language} {basePath} {pathname}
    </p>
  );
}

const remote = defineRemote({
  id: 'news',
  routeBase: '/tin-tuc',
  nav: { vi: 'Tin tức', en: 'News' },
  Component: (services) => <RouterWrapped {...services} />,
});

// The remote provides the router to its own pages, as the generated app.tsx does.
function RouterWrapped(services: RemoteServices) {
  return (
    <RouterProvider router={services.router}>
      <Page {...services} />
    </RouterProvider>
  );
}

beforeEach(() => {
  // No gateway here: the session check fails, and the page must say "sign in", not hang.
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ data: { viewer: null } }), { headers: { 'content-type': 'application/json' } })));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('runStandalone', () => {
  it('opens the remote at its route base with a sign-in link and the language switch', async () => {
    window.history.replaceState(null, '', '/?lang=vi');
    await act(async () => runStandalone(remote, document.body.appendChild(document.createElement('div'))));
    expect(await screen.findByText('vi /tin-tuc /tin-tuc')).toBeTruthy();
    expect(window.location.pathname).toBe('/tin-tuc');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Chuyển sang English' })).toBeTruthy();
  });
});
