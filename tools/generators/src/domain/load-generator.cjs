// Loaded by the Nx CLI with a synchronous require(), as the remote generator is (see
// ../remote/load-generator.cjs): tsx compiles the TypeScript generator on the fly.
const { join } = require('node:path');

process.env.TSX_TSCONFIG_PATH ??= join(__dirname, '../../tsconfig.json');
const { require: requireTypeScript } = require('tsx/cjs/api');

module.exports = requireTypeScript('./generator.ts', __filename);
