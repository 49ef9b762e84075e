import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const workspace = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: workspace });

/** Lints one import as if it were written in a file of the given project, and lists the rule's complaints. */
async function boundaryErrors(file: string, importPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${importPath}';\nexport default probe;\n`, {
    filePath: resolve(workspace, file),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

/** Lints a value import of graphql as if it were written in a file of the given project: the restricted-import complaints. */
async function graphqlValueImportErrors(file: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { parse } from 'graphql';\nexport default parse;\n`, { filePath: resolve(workspace, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import rules of the workspace', () => {
  it('refuses a value import of graphql in every project that runs in a browser, by its runtime tag, and nowhere else', async () => {
    for (const file of ['apps/news/src/probe.ts', 'libs/platform/ui/src/probe.ts', 'libs/units/model/src/probe.ts']) {
      expect((await graphqlValueImportErrors(file)).join('\n')).toMatch(/through @apollo\/client/);
    }
    expect(await graphqlValueImportErrors('libs/platform/graphql/src/probe.ts')).toEqual([]);
    expect(await graphqlValueImportErrors('apps/gateway/src/probe.ts')).toEqual([]);
  });

  it('lets a server library use its model and the platform', async () => {
    expect(await boundaryErrors('libs/units/server/src/probe.ts', '@egov/units-model')).toEqual([]);
    expect(await boundaryErrors('libs/units/server/src/probe.ts', '@egov/db')).toEqual([]);
  });

  it('lets a domain use the domains it builds on', async () => {
    expect(await boundaryErrors('libs/units/server/src/probe.ts', '@egov/districts-server')).toEqual([]);
  });

  it('refuses a model that reaches for the database', async () => {
    const errors = await boundaryErrors('libs/units/model/src/probe.ts', '@egov/db');
    expect(errors.join('\n')).toMatch(/runtime:isomorphic/);
  });

  it('refuses a domain importing one it does not build on, in either direction', async () => {
    expect((await boundaryErrors('libs/districts/model/src/probe.ts', '@egov/units-model')).join('\n')).toMatch(/scope:districts/);
  });

  it('refuses the platform importing a domain', async () => {
    expect((await boundaryErrors('libs/platform/db/src/probe.ts', '@egov/units-model')).join('\n')).toMatch(/type:platform/);
  });

  it('refuses a model importing a server library', async () => {
    expect((await boundaryErrors('libs/units/model/src/probe.ts', '@egov/districts-server')).join('\n')).toMatch(/type:model/);
  });

  it('refuses reaching past a library’s public API', async () => {
    const errors = await boundaryErrors('libs/units/server/src/probe.ts', '@egov/districts-model/src/area');
    expect(errors.join('\n')).toMatch(/not allowed/);
  });
});
