import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('db', { isolate: false, maxWorkers: 2 });
