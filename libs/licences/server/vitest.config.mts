import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('licences-server', { isolate: false });
