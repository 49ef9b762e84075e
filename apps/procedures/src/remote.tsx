import { defineRemote } from '@egov/federation';
import { ProceduresApp } from './app';
import { proceduresMessages } from './messages';

/**
 * The module the remote exposes as `./Remote`: the shell checks it (contract version, id, route
 * base, labels, a component) against its manifest entry before it mounts it.
 */
export default defineRemote({
  id: 'procedures',
  routeBase: '/thu-tuc',
  nav: { vi: proceduresMessages.vi.title, en: proceduresMessages.en.title },
  Component: ProceduresApp,
});
