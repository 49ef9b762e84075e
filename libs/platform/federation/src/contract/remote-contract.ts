import type { ApolloClient } from '@apollo/client';
import type { HistoryRouter } from '@egov/routing';
import type { ComponentType } from 'react';
import type { PortalEventBus, PortalLanguage } from '../events/portal-events';

/** The version of the contract this library speaks; a remote built for another one is refused. */
export const REMOTE_CONTRACT_VERSION = 1;

/** A label in both languages of the portal. */
export interface NavLabels {
  /** Vietnamese (the default language). */
  vi: string;
  /** English. */
  en: string;
}

/** What the shell hands to every remote; a remote run on its own for development makes its own. */
export interface RemoteServices {
  /** The portal's one Apollo Client: its cache is shared by the shell and every remote. */
  client: ApolloClient;
  /** The bus on which remotes tell each other things without importing each other. */
  events: PortalEventBus;
  /** The language the reader chose. */
  language: PortalLanguage;
  /**
   * The page's router: a remote reads the address with it (`useLocation` under a `RouterProvider`)
   * and moves it (`navigate`), so the shell and the remote never disagree on where the reader is.
   */
  router: HistoryRouter;
  /** Where the remote's routes start in the address bar (`/statistics`): the remote routes below it. */
  basePath: string;
}

/** A remote as a React component: the shell renders it with the services as props. */
export type RemoteComponent = ComponentType<RemoteServices>;

/** Takes a remote's view down: the shell calls it when the reader leaves the remote's routes. */
export type UnmountRemote = () => void;

/** A remote that renders itself (any framework) into an element the shell gives it. */
export type MountRemote = (element: HTMLElement, services: RemoteServices) => UnmountRemote;

interface RemoteIdentity {
  /** The contract version the remote was built for. */
  contractVersion: typeof REMOTE_CONTRACT_VERSION;
  /** The remote's federation name, as the manifest names it (`statistics`). */
  id: string;
  /** The first path segment(s) of the remote's routes (`/statistics`). */
  routeBase: string;
  /** The remote's entry in the portal's navigation. */
  nav: NavLabels;
}

/**
 * What a remote's exposed module (`./Remote`) exports as its default: who it is and how to show
 * it, either a React `Component` or a `mount` function, never both.
 */
export type RemoteDefinition =
  | (RemoteIdentity & { Component: RemoteComponent; mount?: never })
  | (RemoteIdentity & { mount: MountRemote; Component?: never });

/** What a remote's author writes: the definition without the contract version, which is filled in. */
export type RemoteDefinitionInput =
  | Omit<RemoteIdentity, 'contractVersion'> & ({ Component: RemoteComponent; mount?: never } | { mount: MountRemote; Component?: never });

/**
 * Declares a remote; its `./Remote` module does `export default defineRemote({ … })`.
 *
 * @example
 * export default defineRemote({
 *   id: 'statistics',
 *   routeBase: '/statistics',
 *   nav: { vi: 'Số liệu thống kê', en: 'Statistics' },
 *   Component: StatisticsApp,
 * });
 */
export function defineRemote(input: RemoteDefinitionInput): RemoteDefinition {
  return Object.freeze({ ...input, contractVersion: REMOTE_CONTRACT_VERSION }) as RemoteDefinition;
}
