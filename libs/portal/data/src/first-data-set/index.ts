import type { AuditContext, Executor } from '@egov/db';
import { createPortalRepositories, type PortalRepositories } from '../portal-repositories';
import { seedAreas } from './areas';
import { seedAwards } from './awards';
import { seedKpis } from './kpis';
import { seedNews } from './news';
import { seedProcedures } from './procedures';
import { seedUnits } from './units';

/** The name under which the first data set's loads are recorded in `data_set_loads`. */
export const FIRST_DATA_SET = 'lang-son-2020-h1';

/** Each domain's part of the first data set, in the order their references need. */
const steps: ReadonlyArray<[domain: string, seed: (repos: PortalRepositories, context: AuditContext) => Promise<number>]> = [
  ['districts', seedAreas],
  ['units', seedUnits],
  ['kpis', seedKpis],
  ['awards', seedAwards],
  ['procedures', seedProcedures],
  ['news', seedNews],
];

export type SeedReport = Record<string, number>;

/**
 * Loads the first data set (Lạng Sơn, first half of 2020) in one transaction: every record that
 * is missing is inserted through its repository (validated and audited as `seed`), records already
 * there are left untouched, so running it again changes nothing.
 */
export async function seedFirstDataSet(db: Executor, context: AuditContext = { actor: 'seed' }): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const repos = createPortalRepositories(tx);
    const report: SeedReport = {};
    for (const [domain, seed] of steps) report[domain] = await seed(repos, context);
    const inserted = Object.values(report).reduce((sum, n) => sum + n, 0);
    await tx.query(
      `insert into data_set_loads (name, records_inserted) values ($1, $2)
       on conflict (name) do update set last_loaded_at = now(), records_inserted = data_set_loads.records_inserted + $2`,
      [FIRST_DATA_SET, inserted],
    );
    return report;
  });
}

/** Whether the first data set was ever loaded into this database. */
export async function isFirstDataSetLoaded(db: Executor): Promise<boolean> {
  const rows = await db.query('select 1 from data_set_loads where name = $1', [FIRST_DATA_SET]);
  return rows.length > 0;
}
