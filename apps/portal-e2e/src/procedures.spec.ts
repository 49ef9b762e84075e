import { describeRemoteFirstPage } from './support';

// Written by `nx g @egov/tools:remote procedures`: the Administrative procedures remote mounted in the composed portal.
// The first-page checks are shared by every generated remote; add this remote's own below.
await describeRemoteFirstPage({
  name: 'procedures',
  id: 'procedures',
  routeBase: '/thu-tuc',
  labels: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
});
