import { projectTestConfig } from '../../vitest.shared.mts';

export default projectTestConfig('portal-e2e');
