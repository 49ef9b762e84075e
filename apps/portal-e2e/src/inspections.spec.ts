import { describeRemoteFirstPage } from './support';

// Written by `nx g @egov/tools:remote inspections`: the Inspections remote mounted in the composed portal.
// The first-page checks are shared by every generated remote; add this remote's own below.
await describeRemoteFirstPage({
  name: 'inspections',
  id: 'inspections',
  routeBase: '/thanh-tra',
  labels: { vi: 'Thanh tra', en: 'Inspections' },
});
