import { describeRemoteFirstPage } from './support';

// Written by `nx g @egov/tools:remote news`: the News remote mounted in the composed portal.
// The first-page checks are shared by every generated remote; add this remote's own below.
await describeRemoteFirstPage({
  name: 'news',
  id: 'news',
  routeBase: '/tin-tuc',
  labels: { vi: 'Tin tức', en: 'News' },
});
