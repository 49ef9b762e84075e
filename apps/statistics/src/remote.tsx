import { defineRemote } from '@egov/federation';
import { StatisticsApp } from './app';
import { statisticsMessages } from './messages';

/**
 * The module the remote exposes as `./Remote`: the shell checks it (contract version, id, route
 * base, labels, a component) against its manifest entry before it mounts it.
 */
export default defineRemote({
  id: 'statistics',
  routeBase: '/thong-ke',
  nav: { vi: statisticsMessages.vi.title, en: statisticsMessages.en.title },
  Component: StatisticsApp,
});
