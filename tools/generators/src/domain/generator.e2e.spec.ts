import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, scratchWorkspace, type ScratchWorkspace } from '../testing/scratch-workspace';

/**
 * The domain generator end to end, as a team runs it: the real Nx CLI in a scratch copy of the
 * workspace, then the new domain's own checks on every database backend, the checks of the
 * projects it was wired into, and its mutations called over HTTP through the gateway by every
 * role (the role matrix) and with spoiled input (bad input), as every other domain's are.
 */
const NAME = 'legal-documents';

describe('nx g ./tools/generators:domain in a scratch copy of the workspace', () => {
  let scratch: ScratchWorkspace;

  beforeAll(async () => {
    scratch = await scratchWorkspace('egov-domain-generator-');
  });
  afterAll(() => scratch?.remove());

  it('generates the domain with the real CLI, and prints the schema with it', async () => {
    const generated = await scratch.nx('g', './tools/generators:domain', NAME, '--role=editor', '--no-interactive');
    expect(generated.code, generated.output).toBe(0);
    const schema = await readFile(join(scratch.root, 'libs/platform/client-operations/schema.graphql'), 'utf8');
    expect(schema).toContain('type LegalDocument implements Node {');
    expect(schema).toMatch(/legalDocumentCreate\(input: LegalDocumentCreateInput!\): LegalDocumentCreatePayload!/);
  }, 180_000);

  it("gives libraries whose lint, typecheck and tests pass, and leaves the portal's and the gateway's checks passing", async () => {
    const checked = await scratch.nx('run-many', '-t', 'lint', 'typecheck', 'test', '-p', `${NAME}-model`, `${NAME}-server`, '--outputStyle=static', '--skip-nx-cache');
    expect(checked.code, checked.output).toBe(0);
    expect(checked.output).toMatch(/Tests\s+\d+ passed/);
    const wired = await scratch.nx('run-many', '-t', 'typecheck', '-p', 'gateway', 'portal-data', '--outputStyle=static', '--skip-nx-cache');
    expect(wired.code, wired.output).toBe(0);
  }, 400_000);

  it('serves its mutations through the gateway to the roles that may write, and refuses bad input to them like any other', async () => {
    const vitest = join(scratch.root, 'node_modules/vitest/vitest.mjs');
    const report = join(scratch.root, 'gateway-tests.json');
    const pattern = 'legalDocument|every mutation|valid input for every';
    const tests = await run(join(scratch.root, 'apps/gateway'), [vitest, 'run', 'src/role-matrix.spec.ts', 'src/bad-input.spec.ts', '-t', pattern, '--reporter=json', `--outputFile=${report}`]);
    expect(tests.code, tests.output).toBe(0);
    const results = (JSON.parse(await readFile(report, 'utf8')) as { testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }> }).testResults
      .flatMap((file) => file.assertionResults)
      .filter((result) => result.status !== 'skipped');
    const passed = (words: string) => results.some((result) => result.fullName.includes(words) && result.status === 'passed');
    // Its two rows of the role matrix, each called by every role over HTTP.
    expect(passed('legalDocumentCreate') && passed('legalDocumentRename'), JSON.stringify(results, null, 1)).toBe(true);
    // The tables that list every mutation list its two, and every mutation's input, its own included, is spoiled and refused.
    expect(passed('has an expected row for every mutation') && passed('has a valid input for every mutation')).toBe(true);
    expect(passed('refuses SQL and HTML in any code, id or number field')).toBe(true);
    expect(results.filter((result) => result.status !== 'passed')).toEqual([]);
  }, 300_000);
});
