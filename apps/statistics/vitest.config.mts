import { remoteTestConfig } from '../../vitest.shared.mts';

export default remoteTestConfig('statistics');
