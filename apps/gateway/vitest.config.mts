import { projectTestConfig } from '../../vitest.shared.mts';

export default projectTestConfig('gateway', { isolate: false, maxWorkers: 2 });
