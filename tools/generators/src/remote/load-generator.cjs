// The Nx CLI loads a generator with a synchronous require(), and on Node 20 it cannot read
// TypeScript without @swc-node/register or ts-node, which the workspace does not install. tsx
// (installed, used by npm run seed) compiles the generator on the fly instead; its tsconfig gives
// the @egov/* aliases the generator imports.
const { join } = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '../../tsconfig.json');
const { require: requireTypeScript } = require('tsx/cjs/api');

module.exports = requireTypeScript('./generator.ts', __filename);
