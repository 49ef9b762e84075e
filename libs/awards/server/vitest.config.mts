import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('awards-server', { isolate: false });
