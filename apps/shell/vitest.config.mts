import { mergeConfig } from 'vitest/config';
import { projectTestConfig } from '../../vitest.shared.mts';

// @egov/ui and the shell import CSS modules as namespaces; Vite gives named exports only when it processes them.
export default mergeConfig(projectTestConfig('shell'), { test: { css: { include: [/\.module\.css$/] } } });
