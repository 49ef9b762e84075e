import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('districts-model');
