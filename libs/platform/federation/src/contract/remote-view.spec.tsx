// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryRouter } from '@egov/routing';
import { createPortalEventBus } from '../events/portal-events';
import { defineRemote, type RemoteServices } from './remote-contract';
import { RemoteView } from './remote-view';

afterEach(cleanup);

const services = (language: 'vi' | 'en'): RemoteServices => ({
  client: {} as RemoteServices['client'],
  events: createPortalEventBus(),
  router: createHistoryRouter(),
  language,
  basePath: '/statistics',
});
const identity = { id: 'statistics', routeBase: '/statistics', nav: { vi: 'Số liệu thống kê', en: 'Statistics' } };

describe('RemoteView', () => {
  it('renders a component remote with the services as props', () => {
    const remote = defineRemote({ ...identity, Component: ({ language, basePath }) => <p>{`${language} ${basePath}`}</p> });
    render(<RemoteView remote={remote} services={services('en')} />);
    expect(screen.getByText('en /statistics')).toBeTruthy();
  });

  it('mounts a mount-style remote into its own element, and unmounts it when the view goes', () => {
    const unmount = vi.fn();
    const mount = vi.fn((element: HTMLElement, given: RemoteServices) => {
      element.textContent = `mounted in ${given.language}`;
      return unmount;
    });
    const view = render(<RemoteView remote={defineRemote({ ...identity, mount })} services={services('vi')} />);
    expect(screen.getByText('mounted in vi')).toBeTruthy();
    view.unmount();
    expect(unmount).toHaveBeenCalledTimes(1);
  });

  it('mounts again when the services change (the language, for instance)', () => {
    const unmount = vi.fn();
    const mount = vi.fn((element: HTMLElement, given: RemoteServices) => {
      element.textContent = `mounted in ${given.language}`;
      return unmount;
    });
    const remote = defineRemote({ ...identity, mount });
    const view = render(<RemoteView remote={remote} services={services('vi')} />);
    view.rerender(<RemoteView remote={remote} services={services('en')} />);
    expect(unmount).toHaveBeenCalledTimes(1);
    expect(screen.getByText('mounted in en')).toBeTruthy();
  });
});
