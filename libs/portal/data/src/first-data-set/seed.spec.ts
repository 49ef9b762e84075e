import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalRepositories, type PortalRepositories } from '../portal-repositories';
import { portalMigrations } from '../portal-schema';
import { seedFirstDataSet } from './index';

/** Every row of every table of the portal, as JSON, to compare two states of the database. */
async function snapshot(db: TestDatabase): Promise<Record<string, unknown[]>> {
  const tables = await db.query<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> 'data_set_loads'
     order by table_name`,
  );
  const state: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    state[table_name] = await db.query(`select * from ${table_name} order by 1`);
  }
  return state;
}

describe.each(testBackends)('the first data set on %s', (backend) => {
  let db: TestDatabase;
  let repos: PortalRepositories;

  beforeAll(async () => {
    db = await createTestDatabase(backend, portalMigrations);
    repos = createPortalRepositories(db);
    await seedFirstDataSet(db);
  });
  afterAll(() => db.dispose());

  it("has Lạng Sơn's eleven district-level units of 2020 with their GSO codes and 200 communes", async () => {
    // As the issue lists them: GSO code, name, communes.
    const expected = [
      ['178', 'Thành phố Lạng Sơn', 8], ['180', 'Tràng Định', 22], ['181', 'Bình Gia', 19], ['182', 'Văn Lãng', 17],
      ['183', 'Cao Lộc', 22], ['184', 'Văn Quan', 17], ['185', 'Bắc Sơn', 18], ['186', 'Hữu Lũng', 24],
      ['187', 'Chi Lăng', 20], ['188', 'Lộc Bình', 21], ['189', 'Đình Lập', 12],
    ] as const;
    const districts = await repos.districts.list({ level: 'district', parentCode: '20', validOn: '2020-06-30' });
    expect(districts.map((d) => d.code)).toEqual(expected.map(([code]) => code));
    for (const [code, name, communes] of expected) {
      const district = districts.find((d) => d.code === code)!;
      expect(district.nameVi).toContain(name);
      expect(district.communesCount).toBe(communes);
    }
    expect(districts.reduce((sum, d) => sum + (d.communesCount ?? 0), 0)).toBe(200);
    expect((await repos.districts.get('20'))?.nameVi).toBe('Tỉnh Lạng Sơn');
  });

  it('ends the district-level units on 30 June 2025, before their abolition on 1 July 2025', async () => {
    expect(await repos.districts.list({ level: 'district', validOn: '2025-06-30' })).toHaveLength(11);
    expect(await repos.districts.list({ level: 'district', validOn: '2025-07-01' })).toHaveLength(0);
  });

  it('records the load as the seed actor, with an audit row for every record', async () => {
    const [{ n: areas }] = (await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where actor = 'seed' and entity_type = 'area' and action = 'area.create'`,
    )) as [{ n: number }];
    expect(areas).toBe(12);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot(db);
    const report = await seedFirstDataSet(db);
    expect(Object.values(report).every((inserted) => inserted === 0)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });
});
