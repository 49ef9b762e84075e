/** See server-twins.mjs: the extensions of a module's Node twin (`x.node.ts`), resolved first. */
export declare const SERVER_TWIN_EXTENSIONS: string[];
