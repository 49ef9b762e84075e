// @ts-check
// The shared build helpers are plain tooling, not a library of the project graph.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { hostConfig } from '../../tools/rspack/host-config.mjs';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { workspaceRoot } from '../../tools/rspack/paths.mjs';

export default hostConfig({
  name: 'shell',
  projectRoot: `${workspaceRoot}/apps/shell`,
  outputPath: `${workspaceRoot}/dist/apps/shell`,
});
