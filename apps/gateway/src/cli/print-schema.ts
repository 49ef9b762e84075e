/**
 * Writes the gateway's schema as SDL to the file given, and each domain module's view of it beside
 * the module (`libs/<domain>/server/src/graphql/schema.generated.graphql`, what its resolver types
 * are generated from); with `--check`, fails when a file differs instead (so under CI=true: the
 * committed schemas must be the ones the code serves).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { schemaTexts } from '../schema-text';

const args = process.argv.slice(2);
// CI checks what was committed; anywhere else the files are written.
const check = args.includes('--check') || process.env.CI === 'true';
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: print-schema <file.graphql> [--check]');
  process.exit(2);
}

const { portal, modules } = schemaTexts();
const outputs = new Map([[file, portal]]);
for (const [name, text] of modules) {
  const folder = `libs/${name}/server/src/graphql`;
  if (existsSync(folder)) outputs.set(`${folder}/schema.generated.graphql`, text);
}

let stale = false;
for (const [path, text] of outputs) {
  if (!check) await writeFile(path, text);
  else if ((await readFile(path, 'utf8').catch(() => '')) !== text) {
    console.error(`${path} is not the schema the gateway serves: run \`npx nx run gateway:schema\` and commit it.`);
    stale = true;
  }
}
if (stale) process.exit(1);
