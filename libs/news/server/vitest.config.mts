import { projectTestConfig } from '../../../vitest.shared.mts';

export default projectTestConfig('news-server', { isolate: false });
