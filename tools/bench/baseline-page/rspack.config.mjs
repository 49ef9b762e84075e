// @ts-check
/**
 * The benchmark's baseline page (`npm run bench:web` builds it into the folder BASELINE_OUTPUT),
 * in one of two builds, chosen by BASELINE_BUILD:
 * - `shared`: as the shell is built (the host configuration, the npm singletons provided eagerly),
 *   so it weighs what the shell's shared libraries cost before any portal code;
 * - `tree-shaken`: the same page built without federation sharing, keeping only what it uses:
 *   the least any page of this stack (React, Apollo Client, a federation runtime) can cost.
 */
import { baseConfig } from '../../rspack/base-config.mjs';
import { hostConfig } from '../../rspack/host-config.mjs';
import { workspaceRoot } from '../../rspack/paths.mjs';

const build = process.env['BASELINE_BUILD'];
const outputPath = process.env['BASELINE_OUTPUT'];
if (!outputPath || (build !== 'shared' && build !== 'tree-shaken')) {
  throw new Error('Set BASELINE_OUTPUT (a folder) and BASELINE_BUILD (shared or tree-shaken); npm run bench:web does.');
}
const projectRoot = `${workspaceRoot}/tools/bench/baseline-page`;

const entry = './src/main.tsx';

export default build === 'shared'
  ? hostConfig({ name: 'baseline', projectRoot, outputPath, mode: 'production', platformLibraries: false, entry })
  : baseConfig({ projectRoot, outputPath, uniqueName: 'baseline', publicPath: '/', mode: 'production', entry });
