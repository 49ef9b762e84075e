import { mergeConfig } from 'vitest/config';
import { projectTestConfig } from '../../vitest.shared.mts';

// @egov/ui's components import their CSS modules as namespaces; Vite gives those named exports
// only when it processes the stylesheets (as in libs/platform/ui).
export default mergeConfig(projectTestConfig('inspections'), { test: { css: { include: [/\.module\.css$/] } } });
