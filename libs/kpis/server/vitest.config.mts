import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('kpis-server', { isolate: false });
