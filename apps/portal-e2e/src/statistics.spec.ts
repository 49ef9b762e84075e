import { describeRemoteFirstPage } from './support';

// Written by `nx g @egov/tools:remote statistics`: the Statistics remote mounted in the composed portal.
// The first-page checks are shared by every generated remote; add this remote's own below.
await describeRemoteFirstPage({
  name: 'statistics',
  id: 'statistics',
  routeBase: '/thong-ke',
  labels: { vi: 'Thống kê', en: 'Statistics' },
});
