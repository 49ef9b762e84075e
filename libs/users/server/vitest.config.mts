import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('users-server', { isolate: false });
