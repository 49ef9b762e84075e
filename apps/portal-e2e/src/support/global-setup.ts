import { openPortalDatabase } from '@egov/portal-data';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An embedded database's folder as the portal leaves it on its first start (migrated, first data set loaded). */
    firstStartDatabase: string;
  }
}

/**
 * Once per run: the folder every portal of the run starts from, made by the code the portal runs
 * on its first start (see `startPortal`), so each spec file copies it instead of creating its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'portal-e2e-first-start-'));
  const dataDir = join(folder, 'pglite');
  const { db } = await openPortalDatabase({ dataDir });
  await db.close();
  project.provide('firstStartDatabase', dataDir);
  return () => rm(folder, { recursive: true, force: true });
}
