import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { districtsGraphQLModule } from '@egov/districts-server';
import { composeSchema, createRequestContext } from '@egov/graphql';
import { inspectionsGraphQLModule } from '@egov/inspections-server';
import { kpisGraphQLModule } from '@egov/kpis-server';
import { unitsGraphQLModule } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFirstDataSet } from './first-data-set';
import { periodInspectionTotalsGraphQLModule } from './period-inspection-totals-graphql';
import { createPortalRepositories } from './portal-repositories';
import { portalMigrations } from './portal-schema';

const asInspector = { actor: 'period-inspection-totals-spec' };

/** What the inspections page asks first: the period (the latest unless named), its report and its register's totals. */
const PERIOD_REPORT = `
  query ($period: String) {
    reportingPeriod(code: $period) {
      code
      observations(filter: { field: INSPECTION, areaCode: "20" }) { nodes { indicator { code } value factId } }
      inspectionTotals { from to inspections inspectedSubjects checks checkedSubjects decisions finesVnd finesInWords }
    }
  }
`;

describe.each(testBackends)('a period with its inspection register totals, on the first data set, on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  const run = async (period: string | null) => {
    const result = JSON.parse(JSON.stringify(await graphql({ schema, source: PERIOD_REPORT, variableValues: { period }, contextValue: createRequestContext(null, 'test') })));
    expect(result.errors).toBeUndefined();
    return result.data.reportingPeriod;
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, portalMigrations);
    await seedFirstDataSet(db);
    const repos = createPortalRepositories(db);
    const decision = { standaloneReason: 'Phát hiện qua mạng xã hội', field: 'electronic_information' as const, violatorName: 'Nguyễn Văn A', violatorKind: 'individual' as const };
    const violations = [{ descriptionVi: 'Đưa tin sai sự thật', legalArticle: 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP' }];
    // One decision in the first half of 2020, one on the first day after it.
    await repos.inspections.recordSanctionDecision({ ...decision, number: '05/QĐ-XPVPHC', issuedOn: '2020-06-30', fineVnd: 7_500_000, violations }, asInspector);
    await repos.inspections.recordSanctionDecision({ ...decision, number: '06/QĐ-XPVPHC', issuedOn: '2020-07-01', fineVnd: 5_000_000, violations }, asInspector);
    schema = composeSchema([
      districtsGraphQLModule(repos),
      unitsGraphQLModule(repos),
      kpisGraphQLModule(repos),
      inspectionsGraphQLModule(repos),
      periodInspectionTotalsGraphQLModule(repos),
    ]);
  });
  afterAll(() => db.dispose());

  it("answers the latest period's report (F30–F33) beside its register's totals, counting only the period's days", async () => {
    const period = await run(null);
    expect(period.code).toBe('2020-H1');
    const reported = Object.fromEntries(period.observations.nodes.map((o: { indicator: { code: string }; value: number }) => [o.indicator.code, o.value]));
    expect(reported).toMatchObject({ INSPECTION_INSPECTIONS: 2, INSPECTION_INSPECTED_UNITS: 4, INSPECTION_CHECKS: 6, INSPECTION_CHECKED_SUBJECTS: 7, INSPECTION_SANCTION_DECISIONS: 5, INSPECTION_FINES_PAID: 60_000_000 });
    expect(period.inspectionTotals).toEqual({
      from: '2020-01-01',
      to: '2020-06-30',
      inspections: 0,
      inspectedSubjects: 0,
      checks: 0,
      checkedSubjects: 0,
      decisions: 1,
      finesVnd: 7_500_000,
      finesInWords: 'Bảy triệu năm trăm nghìn đồng',
    });
  });

  it('answers a named period the same way, and nothing for a period that does not exist', async () => {
    expect((await run('2020-H1')).inspectionTotals.decisions).toBe(1);
    expect(await run('2031-H2')).toBeNull();
  });
});
