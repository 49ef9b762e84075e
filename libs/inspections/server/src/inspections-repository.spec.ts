import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
// The units table references administrative areas, so a test database needs their migrations too.
import { districtsMigrations } from '@egov/districts-server';
import { compareWithReported, type Inspection, type InspectionInput, type SanctionDecisionInput } from '@egov/inspections-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInspectionsRepository, type InspectionsRepository } from './inspections-repository';
import { inspectionsMigrations } from './migrations';

const who = { actor: 'inspector' };
const org = (name: string) => ({ name, kind: 'organisation' as const });

const inspectionInput = (extra: Partial<InspectionInput> = {}): InspectionInput => ({
  decisionNumber: '01/QĐ-TTr',
  kind: 'planned',
  activity: 'inspection',
  field: 'internet',
  subjects: [org('Doanh nghiệp A'), org('Doanh nghiệp B')],
  startedOn: '2020-02-10',
  status: 'in_progress',
  leadUnitCode: 'thanh-tra-so',
  ...extra,
});

const decisionInput = (extra: Partial<SanctionDecisionInput> = {}): SanctionDecisionInput => ({
  number: '01/QĐ-XPVPHC',
  issuedOn: '2020-03-01',
  violatorName: 'Doanh nghiệp A',
  violatorKind: 'organisation',
  violations: [{ descriptionVi: 'Cung cấp dịch vụ truyền hình trả tiền không đúng quy định', legalArticle: 'Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 15_000_000,
  ...extra,
});

describe.each(testBackends)('inspections repository on %s', (backend) => {
  let db: TestDatabase;
  let register: InspectionsRepository;
  let first: Inspection;

  const counts = async () =>
    (
      await db.query<{ audits: number; inspections: number; decisions: number }>(
        `select (select count(*) from audit_log)::int as audits, (select count(*) from inspections)::int as inspections,
          (select count(*) from sanction_decisions)::int as decisions`,
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...inspectionsMigrations]);
    const units = createUnitsRepository(db);
    await units.create({ code: 'so-tttt', kind: 'department', nameVi: 'Sở TT&TT', nameEn: 'DIC', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null }, who);
    await units.create({ code: 'thanh-tra-so', kind: 'inspectorate', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate', parentCode: 'so-tttt', areaCode: null, descriptionVi: null, website: null, sourceQuote: null }, who);
    register = createInspectionsRepository(db);
  });
  afterAll(() => db.dispose());

  it('holds a half-year that bears out the report: 2 inspections of 4 units, 6 checks of 7 subjects, 5 decisions, 60,000,000 đ', async () => {
    first = await register.recordInspection(inspectionInput(), who);
    const second = await register.recordInspection(inspectionInput({ decisionNumber: '02/QĐ-TTr', field: 'broadcasting', startedOn: '2020-05-04', subjects: [org('C'), org('D')] }), who);
    const checkSubjects = [[org('Bưu cục 1')], [org('Bưu cục 2')], [org('Trạm BTS 1')], [org('Trạm BTS 2')], [org('Đại lý Internet 1')], [org('Đại lý 2'), org('Đại lý 3')]];
    for (const [index, subjects] of checkSubjects.entries()) {
      await register.recordInspection(
        inspectionInput({ decisionNumber: `${index + 10}/QĐ-KT`, activity: 'check', kind: 'ad_hoc', field: index < 2 ? 'post' : 'telecom', startedOn: `2020-0${index + 1}-20`, subjects }),
        who,
      );
    }
    await register.recordInspection(inspectionInput({ decisionNumber: '20/QĐ-KT', activity: 'check', status: 'planned', startedOn: '2020-06-25' }), who);
    await register.recordInspection(inspectionInput({ decisionNumber: '21/QĐ-KT', activity: 'check', startedOn: '2020-07-02' }), who);
    await register.recordSanctionDecision(decisionInput({ inspectionId: first.id }), who);
    await register.recordSanctionDecision(decisionInput({ number: '02/QĐ-XPVPHC', inspectionId: second.id, issuedOn: '2020-05-20', fineVnd: 10_000_000 }), who);
    await register.recordSanctionDecision(decisionInput({ number: '03/QĐ-XPVPHC', inspectionId: first.id, issuedOn: '2020-04-01', fineVnd: 5_000_000 }), who);
    for (const number of ['04/QĐ-XPVPHC', '05/QĐ-XPVPHC']) {
      await register.recordSanctionDecision(
        decisionInput({ number, inspectionId: null, standaloneReason: 'Đưa tin sai sự thật trên mạng xã hội', field: 'electronic_information', violatorKind: 'individual', violatorName: 'Ông X', issuedOn: '2020-04-15' }),
        who,
      );
    }
    const totals = await register.totals('2020-01-01', '2020-06-30');
    expect(totals).toEqual({ inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000 });
    expect(compareWithReported(totals, { inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000 })).toEqual([]);
    expect(await register.totals('2020-07-01', '2020-12-31')).toMatchObject({ checks: 1, decisions: 0 });
  });

  it('lists by period, sector and status', async () => {
    const h1 = await register.listInspections({ start: '2020-01-01', end: '2020-06-30' });
    expect(h1).toHaveLength(9);
    expect(h1[0]?.startedOn).toBe('2020-01-20');
    expect((await register.listInspections({ field: 'post' })).map((i) => i.decisionNumber)).toEqual(['10/QĐ-KT', '11/QĐ-KT']);
    expect((await register.listInspections({ status: 'planned' })).map((i) => i.decisionNumber)).toEqual(['20/QĐ-KT']);
    expect((await register.listSanctionDecisions({ field: 'internet' })).map((d) => d.number)).toEqual(['01/QĐ-XPVPHC', '03/QĐ-XPVPHC']);
    expect((await register.listSanctionDecisions({ field: 'electronic_information', start: '2020-04-15', end: '2020-04-15' })).map((d) => d.violatorKind)).toEqual([
      'individual',
      'individual',
    ]);
    await expect(register.listInspections({ start: '2020-07-01', end: '2020-01-01' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(register.listSanctionDecisions({ status: 'forgiven' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('reads every decision in batches, in the order of the register', async () => {
    const batches: string[][] = [];
    for await (const batch of register.sanctionDecisionBatches(2)) batches.push(batch.map((d) => d.id));
    expect(batches.slice(0, -1).every((batch) => batch.length === 2)).toBe(true);
    expect(batches.flat()).toEqual((await register.listSanctionDecisions()).map((d) => d.id));
  });

  it('refuses bad records with a typed error, writing nothing', async () => {
    const before = await counts();
    await expect(register.recordInspection(inspectionInput({ endedOn: '2020-01-01' }), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['endedOn'] }],
    });
    await expect(register.recordInspection(inspectionInput({ leadUnitCode: 'khong-co' }), who)).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
    await expect(register.recordSanctionDecision(decisionInput({ inspectionId: '00000000-0000-4000-8000-000000000000' }), who)).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      issues: [{ field: ['inspectionId'] }],
    });
    await expect(register.recordSanctionDecision(decisionInput({ inspectionId: first.id, issuedOn: '2020-02-01' }), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['issuedOn'] }],
    });
    await expect(register.recordSanctionDecision(decisionInput({ inspectionId: null }), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['standaloneReason'] }],
    });
    await expect(register.recordSanctionDecision(decisionInput({ inspectionId: first.id, fineVnd: 0 }), who)).rejects.toMatchObject({ code: 'VALIDATION' });
    for (const fineVnd of [-5_000_000, 1_500_000.5]) {
      await expect(register.recordSanctionDecision(decisionInput({ inspectionId: first.id, fineVnd }), who)).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ field: ['fineVnd'] }],
      });
    }
    // It follows an inspection or stands alone with its reason: not both at once.
    await expect(
      register.recordSanctionDecision(decisionInput({ inspectionId: first.id, standaloneReason: 'Phát hiện trên mạng xã hội' }), who),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['standaloneReason'] }] });
    // Concluded before the work it concludes had ended.
    await expect(
      register.recordInspection(
        inspectionInput({ status: 'concluded', endedOn: '2020-02-20', concludedOn: '2020-02-19', conclusionVi: 'Chấp hành đúng quy định' }),
        who,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['concludedOn'] }] });
    expect(await counts()).toEqual(before);
  });

  it('keeps the database itself from holding a fine of 0 đ or a decision with neither inspection nor reason', async () => {
    const insert = (fine: number, inspectionId: string | null) =>
      db.query(
        `insert into sanction_decisions (number, issued_on, inspection_id, violator_name, violator_kind, violations, fine_vnd)
         values ('9/QĐ-X', '2020-03-01', $1, 'X', 'individual', '[{"descriptionVi":"x","legalArticle":"y"}]', $2)`,
        [inspectionId, fine],
      );
    await expect(insert(0, first.id)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['fineVnd'] }] });
    await expect(insert(1000, null)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['standaloneReason'] }] });
    await expect(
      db.query(
        `insert into sanction_decisions (number, issued_on, inspection_id, standalone_reason, violator_name, violator_kind, violations, fine_vnd)
         values ('9/QĐ-X', '2020-03-01', $1, 'Phát hiện trên mạng', 'X', 'individual', '[{"descriptionVi":"x","legalArticle":"y"}]', 1000)`,
        [first.id],
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['standaloneReason'] }] });
    await expect(
      db.query(
        `insert into inspections (decision_number, kind, activity, field, subjects, started_on, ended_on, status, conclusion_vi, concluded_on, lead_unit_code)
         values ('9/QĐ-TTr', 'planned', 'inspection', 'post', '[{"name":"A","kind":"organisation"}]', '2020-02-01', '2020-02-20', 'concluded', 'x', '2020-02-10', 'thanh-tra-so')`,
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['concludedOn'] }] });
  });

  it('refuses a conclusion dated before the work already recorded as ended', async () => {
    const ended = await register.recordInspection(inspectionInput({ decisionNumber: '07/QĐ-TTr', startedOn: '2020-05-04', endedOn: '2020-05-20' }), who);
    const before = await counts();
    await expect(
      register.concludeInspection(ended.id, ended.version, { conclusionVi: 'Chấp hành đúng quy định', concludedOn: '2020-05-15' }, who),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['concludedOn'] }] });
    expect(await counts()).toEqual(before);
  });

  it('updates and concludes with the version read, audits each step, and refuses stale versions and going back', async () => {
    const moved = await register.updateInspection(first.id, first.version, inspectionInput({ endedOn: '2020-02-28' }), { actor: 'chief' });
    expect(moved).toMatchObject({ endedOn: '2020-02-28', version: 2 });
    await expect(register.updateInspection(first.id, first.version, inspectionInput(), who)).rejects.toMatchObject({ code: 'CONFLICT' });
    const before = await counts();
    await expect(register.updateInspection(first.id, moved.version, inspectionInput({ status: 'planned' }), who)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    // A decision of 2020-03-01 follows it, so it cannot now have started later.
    await expect(register.updateInspection(first.id, moved.version, inspectionInput({ startedOn: '2020-03-05' }), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['startedOn'] }],
    });
    await expect(
      register.concludeInspection(first.id, moved.version, { conclusionVi: 'Kết luận', concludedOn: '2020-01-01' }, who),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['concludedOn'] }] });
    expect(await counts()).toEqual(before);
    const concluded = await register.concludeInspection(
      first.id,
      moved.version,
      { conclusionVi: 'Doanh nghiệp A vi phạm quy định về cung cấp dịch vụ; đã xử phạt.', concludedOn: '2020-03-10' },
      who,
    );
    expect(concluded).toMatchObject({ status: 'concluded', concludedOn: '2020-03-10', endedOn: '2020-02-28', version: 3 });
    await expect(
      register.concludeInspection(first.id, concluded.version, { conclusionVi: 'Lần hai', concludedOn: '2020-03-11' }, who),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await readAudit(db, 'inspection', first.id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ['inspection.record', 'inspector'],
      ['inspection.update', 'chief'],
      ['inspection.conclude', 'inspector'],
    ]);
  });

  it('follows a fine to payment; a paid fine does not move again', async () => {
    const [decision] = await register.listSanctionDecisions({ start: '2020-03-01', end: '2020-03-01' });
    const appealed = await register.updateEnforcement(decision!.id, decision!.version, 'appealed', who);
    const paid = await register.updateEnforcement(decision!.id, appealed.version, 'paid', who);
    expect(paid).toMatchObject({ enforcementStatus: 'paid', version: 3 });
    await expect(register.updateEnforcement(decision!.id, appealed.version, 'paid', who)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(register.updateEnforcement(decision!.id, paid.version, 'appealed', who)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(register.updateEnforcement('00000000-0000-4000-8000-000000000000', 1, 'paid', who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await readAudit(db, 'sanction_decision', decision!.id)).map((entry) => entry.action)).toEqual([
      'sanction_decision.record',
      'sanction_decision.enforcement',
      'sanction_decision.enforcement',
    ]);
  });

  it('reads many records in the order asked, and the decisions of each inspection', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const decisions = await register.listSanctionDecisions();
    expect((await register.getInspections([unknown, first.id, 'junk'])).map((i) => i?.decisionNumber ?? null)).toEqual([null, '01/QĐ-TTr', null]);
    expect((await register.getSanctionDecisions([decisions[1]!.id, unknown])).map((d) => d?.number ?? null)).toEqual([decisions[1]!.number, null]);
    expect((await register.decisionsForInspections([first.id, unknown])).map((list) => list.map((d) => d.number))).toEqual([
      ['01/QĐ-XPVPHC', '03/QĐ-XPVPHC'],
      [],
    ]);
  });
});
