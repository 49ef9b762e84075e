// @ts-check
import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder a build is started from. */
export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

/** The tsconfig whose `paths` give the `@egov/*` aliases. */
export const rootTsConfig = `${workspaceRoot}/tsconfig.base.json`;
