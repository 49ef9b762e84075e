import { defineRemote } from '@egov/federation';
import { NewsApp } from './app';
import { newsMessages } from './messages';

/**
 * The module the remote exposes as `./Remote`: the shell checks it (contract version, id, route
 * base, labels, a component) against its manifest entry before it mounts it.
 */
export default defineRemote({
  id: 'news',
  routeBase: '/tin-tuc',
  nav: { vi: newsMessages.vi.title, en: newsMessages.en.title },
  Component: NewsApp,
});
