import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('districts-server', { isolate: false });
