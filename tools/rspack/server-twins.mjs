// @ts-check
/**
 * A module `x.node.ts` beside `x.ts` replaces it wherever code runs in Node as the gateway's
 * server render does (a browser-only dependency's stand-in: DOMPurify needs a DOM). The server
 * builds (server-config.mjs) and the remotes' server-render specs (vitest.shared.mts) resolve
 * these extensions first, so both see the same modules.
 */
export const SERVER_TWIN_EXTENSIONS = ['.node.ts', '.node.tsx'];
