/**
 * Writes the gateway's schema as SDL to the file given, or with `--check` fails when that file
 * differs from it (so under CI=true: the committed schema must be the one the code serves).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { portalSchemaText } from '../schema-text';

const args = process.argv.slice(2);
// CI checks what was committed; anywhere else the file is written.
const check = args.includes('--check') || process.env.CI === 'true';
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: print-schema <file.graphql> [--check]');
  process.exit(2);
}
const text = portalSchemaText();
if (check) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${file} is not the schema the gateway serves: run \`npx nx run gateway:schema\` and commit it.`);
    process.exit(1);
  }
} else {
  await writeFile(file, text);
}
