import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('inspections-server', { isolate: false });
