import type { Tree } from '@nx/devkit';
import { generateFiles } from '@nx/devkit';
import { join } from 'node:path';
import { CLIENT_OPERATIONS_ROOT, operationsImportPath, unitsQueryConstant, unitsQueryName } from './operations';
import type { RemoteOptions } from './options';

/**
 * The generator's templates, rendered with Nx's generateFiles: one folder per destination, each file
 * named as it is written with `.template` added (so no tool reads it as source), `__name__` in a
 * path giving the remote's name. Beside this module, so it is found wherever the generator is loaded
 * from (the Nx CLI through load-generator.cjs, the tests, a scratch copy of the workspace).
 */
const TEMPLATES = join(import.meta.dirname, 'files');

/** A single-quoted JavaScript string literal of any text (labels may hold quotes and backslashes). */
export function quote(text: string): string {
  // JSON escapes backslashes and control characters; then only the quote marks differ.
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A text as an HTML attribute or text may hold it. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A label as React writes it in HTML text. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * What the templates read: the options, the names derived from them, and the escapes a value needs
 * where it lands. Templates insert values with `<%- … %>`, unescaped: EJS's `<%= … %>` escapes for
 * HTML (a quote becomes `&#39;`), which is wrong in TypeScript, so each value is written as the
 * context needs it: `quote(…)` in a string literal, `escapeHtml(…)` in HTML, identifiers as they are.
 */
function templateValues(o: RemoteOptions) {
  return {
    ...o,
    unitsQueryName: unitsQueryName(o),
    unitsQueryConstant: unitsQueryConstant(o),
    operationsImportPath: operationsImportPath(o),
    quote,
    escapeHtml,
    asHtmlText,
  };
}

/** The files of the remote's own folder, `apps/<name>` (files/remote). */
export function writeRemoteFiles(tree: Tree, o: RemoteOptions): void {
  generateFiles(tree, join(TEMPLATES, 'remote'), o.projectRoot, templateValues(o));
}

/** The remote's documents, `libs/platform/client-operations/src/<name>/` (files/operations). */
export function writeOperationsFiles(tree: Tree, o: RemoteOptions): void {
  generateFiles(tree, join(TEMPLATES, 'operations'), `${CLIENT_OPERATIONS_ROOT}/src`, templateValues(o));
}

/** The remote's browser test, `<e2eRoot>/src/<name>.spec.ts` in the portal's browser-test project (files/browser-test). */
export function writeBrowserTest(tree: Tree, o: RemoteOptions, e2eRoot: string): void {
  generateFiles(tree, join(TEMPLATES, 'browser-test'), e2eRoot, templateValues(o));
}
