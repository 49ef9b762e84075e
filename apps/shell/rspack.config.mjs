// @ts-check
import { hostConfig } from '../../tools/rspack/host-config.mjs';
import { workspaceRoot } from '../../tools/rspack/paths.mjs';
import { hostServerConfig } from '../../tools/rspack/server-config.mjs';

const app = { projectRoot: `${workspaceRoot}/apps/shell`, outputPath: `${workspaceRoot}/dist/apps/shell` };

// The browser build, and the server build the gateway renders pages with (dist/apps/shell/server).
export default [hostConfig({ name: 'shell', ...app }), hostServerConfig({ ...app, entry: './src/server.ts' })];
