// @ts-check
import { hostConfig } from '../../tools/rspack/host-config.mjs';
import { workspaceRoot } from '../../tools/rspack/paths.mjs';

export default hostConfig({
  name: 'shell',
  projectRoot: `${workspaceRoot}/apps/shell`,
  outputPath: `${workspaceRoot}/dist/apps/shell`,
});
