import { projectTestConfig } from '../../vitest.shared.mts';

export default projectTestConfig('portal-e2e', { globalSetup: ['src/support/global-setup.ts'], isolate: false, maxWorkers: 2 });
