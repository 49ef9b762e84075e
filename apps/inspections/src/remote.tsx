import { defineRemote } from '@egov/federation';
import { InspectionsApp } from './app';
import { inspectionsMessages } from './messages';

/**
 * The module the remote exposes as `./Remote`: the shell checks it (contract version, id, route
 * base, labels, a component) against its manifest entry before it mounts it.
 */
export default defineRemote({
  id: 'inspections',
  routeBase: '/thanh-tra',
  nav: { vi: inspectionsMessages.vi.title, en: inspectionsMessages.en.title },
  Component: InspectionsApp,
});
