import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('procedures-server', { isolate: false });
