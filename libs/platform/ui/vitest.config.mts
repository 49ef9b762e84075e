import { mergeConfig } from 'vitest/config';
import { projectTestConfig } from '../../../vitest.shared.mts';

// Components import their CSS modules as namespaces (`import * as styles`), as Rspack exports
// each class by name; Vite gives those named exports only when it processes the stylesheets.
export default mergeConfig(projectTestConfig('ui'), { test: { css: { include: [/\.module\.css$/] } } });
