import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('portal-data', { isolate: false });
