import { awardTotals, type AwardInput } from '@egov/awards-model';
import { auditMigrations } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, watchStatements, type SentStatement, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwardsRepository, type AwardListFilter, type AwardsRepository } from './awards-repository';
import { awardsMigrations } from './migrations';

const who = { actor: 'tester' };
const AWARDS = 3000;

const award = (extra: Partial<AwardInput>): AwardInput => ({
  factId: null,
  kind: 'commendation',
  conferredBy: 'department_director',
  level: 'department',
  recipientKind: 'individual',
  recipientUnitCode: null,
  recipientName: 'Nguyễn Văn An',
  collectivesCount: null,
  individualsCount: null,
  reasonVi: 'Hoàn thành xuất sắc nhiệm vụ',
  reasonEn: null,
  coveredFromYear: null,
  coveredToYear: null,
  conferredOn: '2021-03-01',
  period: '2021-H1',
  sourceQuote: null,
  ...extra,
});

const FILTERS: AwardListFilter[] = [
  {},
  { period: '2019-H2' },
  { period: '2021-H1' },
  { kind: 'commendation' },
  { level: 'provincial', period: '2020-H1' },
  { kind: 'certificate_of_merit', level: 'department' },
  { recipientUnitCode: 'so-tttt' },
  { period: '1999' },
];

describe.each(testBackends)('award totals kept with the awards on %s', (backend) => {
  let db: TestDatabase;
  let awards: AwardsRepository;
  let sent: SentStatement[];
  afterAll(() => db.dispose());

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...awardsMigrations]);
    await createUnitsRepository(db).create(
      { code: 'so-tttt', kind: 'department', nameVi: 'Sở', nameEn: 'Department', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
      who,
    );
    // Awards at two levels and both kinds over five years, to individuals, the unit and groups.
    await db.query(
      `insert into awards (kind, conferred_by, level, recipient_kind, recipient_unit_code, recipient_name, recipient_folded,
         collectives_count, individuals_count, reason_vi, conferred_on, period)
       select case when i % 2 = 0 then 'commendation' else 'certificate_of_merit' end,
         case when i % 5 = 0 then 'provincial_chairman' else 'department_director' end,
         case when i % 5 = 0 then 'provincial' else 'department' end,
         (array['individual', 'collective', 'group'])[1 + i % 3],
         case when i % 3 = 1 then 'so-tttt' end, case when i % 3 = 0 then 'Người ' || i end, 'nguoi ' || i,
         case when i % 3 = 2 then 1 + i % 4 end, case when i % 3 = 2 then i % 7 end, 'Lý do', day,
         extract(year from day) || '-H' || case when extract(month from day) <= 6 then 1 else 2 end
       from (select i, date '2017-01-01' + i * 1800 / $1::int as day from generate_series(1, $1::int) as i) as generated`,
      [AWARDS],
    );
    await db.query('analyze awards');
    const watched = watchStatements(db);
    sent = watched.sent;
    awards = createAwardsRepository(watched.executor);
  }, 60_000);

  /** The totals of the awards `list` gives for a filter, added up by the model's rule. */
  const counted = async (filter: AwardListFilter) => awardTotals(await awards.list(filter));

  it('gives the totals the awards add up to, for every filter, after records, updates and deletes', async () => {
    for (const filter of FILTERS) expect(await awards.totals(filter), JSON.stringify(filter)).toEqual(await counted(filter));

    const group = await awards.record(award({ recipientKind: 'group', recipientName: null, collectivesCount: 3, individualsCount: 9 }), who);
    const person = await awards.record(award({ kind: 'certificate_of_merit', conferredBy: 'provincial_chairman', level: 'provincial', period: '2019-H2', conferredOn: '2019-08-01' }), who);
    // An update moves an award between periods, kinds and recipients' counts.
    await awards.update(group.id, group.version, award({ recipientKind: 'group', recipientName: null, collectivesCount: 1, individualsCount: 2, period: '2019-H2', conferredOn: '2019-09-01' }), who);
    await awards.update(person.id, person.version, award({ period: '2020-H1', conferredOn: '2020-02-01' }), who);
    // Statements of many rows: every award of a period moved at once, then some deleted.
    await db.query(`update awards set period = '2019-H2', conferred_on = date '2019-12-31' where period = '2018-H1'`);
    await db.query(`delete from awards where period = '2017-H2' and recipient_kind = 'group'`);

    for (const filter of FILTERS) {
      const totals = await awards.totals(filter);
      expect(totals, JSON.stringify(filter)).toEqual(await counted(filter));
      expect(await awards.count(filter)).toBe(totals.awards);
    }
  });

  it('reads a few rows of totals, not the awards, for a filter without a unit', async () => {
    for (const filter of [{}, { period: '2020-H1' }, { kind: 'commendation' as const }]) {
      sent.length = 0;
      await awards.totals(filter);
      const [statement] = sent;
      const plan = await explainPlan(db, statement!.sql, statement!.params);
      expect(plan.text).not.toContain('"awards"');
      // Two kinds and two levels a half-year over five years at most.
      expect(plan.rowsRead).toBeLessThanOrEqual(2 * 2 * 11);
    }
  });
});
