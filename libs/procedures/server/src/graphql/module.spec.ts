import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Viewer } from '@egov/graphql';
import type { Applicant, ProcedureInput } from '@egov/procedures-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDossierLookupLimiter, DEFAULT_LOOKUP_LIMITS } from '../dossier-lookup-limiter';
import { proceduresMigrations } from '../migrations';
import { proceduresGraphQLModule } from './module';
import { createProceduresRepository } from '../procedures-repository';

const officer: Viewer = { userId: 'u-officer', roles: ['licensing_officer'] };
const admin: Viewer = { userId: 'u-admin', roles: ['admin'] };
const editor: Viewer = { userId: 'u-editor', roles: ['editor'] };

const procedure = (code: string, nameVi: string, extra: Partial<ProcedureInput> = {}): ProcedureInput => ({
  code,
  nameVi,
  nameEn: `${nameVi} (en)`,
  field: 'publishing',
  performingAgencyCode: 'so-tttt',
  decidingAuthorityVi: 'Sở Thông tin và Truyền thông',
  channels: [
    { channel: 'in_person', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
    { channel: 'online', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
    { channel: 'postal', timeLimitWorkingDays: 10, feeVnd: 50000, feeNote: 'Cước bưu chính' },
  ],
  requiredDocuments: [{ nameVi: 'Đơn đề nghị', copies: 1, note: null }],
  steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'],
  legalBasis: [{ reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' }],
  resultVi: 'Văn bản',
  serviceLevel: 'full_process',
  nationalPortalUrl: null,
  isSample: true,
  sourceFactId: null,
  sourceQuote: null,
  ...extra,
});

const applicant: Applicant = {
  fullName: 'Hoàng Thị Lan',
  idNumber: '020187001234',
  phone: '0912345678',
  email: 'lan.hoang@example.vn',
  address: 'Số 8 đường Lê Lợi, thành phố Lạng Sơn',
};

const unit = (code: string, nameVi: string, parentCode: string | null) => ({
  code,
  kind: parentCode ? ('division' as const) : ('department' as const),
  nameVi,
  nameEn: nameVi,
  parentCode,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
});

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const injections = ["' or 1=1 --", "'; drop table dossiers; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

describe.each(testBackends)('procedures GraphQL on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let statements = 0;
  let counting = false;

  const run = async (source: string, viewer: Viewer | null = null, variableValues?: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(await graphql({ schema, source, variableValues, contextValue: createRequestContext(viewer, 'test') }))) as {
      data?: Data | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  const writes = async () =>
    db.query<{ audit: number; dossiers: number; moves: number }>(
      `select (select count(*)::int from audit_log) as audit, (select count(*)::int from dossiers) as dossiers,
              (select count(*)::int from dossier_history) as moves`,
    );
  const counted = async (source: string, viewer: Viewer | null = null) => {
    statements = 0;
    counting = true;
    const result = await run(source, viewer);
    counting = false;
    expect(result.errors).toBeUndefined();
    return statements;
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...proceduresMigrations], {
      onQuery: () => {
        if (counting) statements += 1;
      },
    });
    const who = { actor: 'seed' };
    const units = createUnitsRepository(db);
    await units.create(unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null), who);
    await units.create(unit('phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản', 'so-tttt'), who);
    const procedures = createProceduresRepository(db, { now: () => new Date('2020-07-01T01:00:00Z') });
    await procedures.create(
      procedure('LSN-TTTT-01', 'Cấp giấy phép xuất bản bản tin', { field: 'press', resultVi: 'Giấy phép xuất bản bản tin' }),
      who,
    );
    await procedures.create(procedure('LSN-TTTT-02', 'Cấp giấy phép xuất bản tài liệu không kinh doanh', { performingAgencyCode: 'phong-ttbcxb' }), who);
    await procedures.create(
      procedure('LSN-TTTT-03', 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', {
        field: 'electronic_games',
        serviceLevel: 'partial_process',
        resultVi: 'Giấy chứng nhận đủ điều kiện hoạt động',
        channels: [
          { channel: 'in_person', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' },
          { channel: 'postal', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' },
        ],
      }),
      who,
    );
    const repos = { procedures, units, districts: createDistrictsRepository(db) };
    schema = composeSchema([districtsGraphQLModule(repos), unitsGraphQLModule(repos), proceduresGraphQLModule(repos, { today: () => '2020-07-06' })]);
  });
  afterAll(() => db.dispose());

  describe('procedures', () => {
    it('lists procedures with filters and pages', async () => {
      const all = await run('{ procedures { totalCount nodes { code } } }');
      expect(all.data?.['procedures']).toEqual({ totalCount: 3, nodes: [{ code: 'LSN-TTTT-01' }, { code: 'LSN-TTTT-02' }, { code: 'LSN-TTTT-03' }] });
      const codes = async (filter: string) =>
        ((await run(`{ procedures(filter: ${filter}) { nodes { code } } }`)).data?.['procedures'].nodes as Array<{ code: string }>).map((p) => p.code);
      expect(await codes('{ field: ELECTRONIC_GAMES }')).toEqual(['LSN-TTTT-03']);
      expect(await codes('{ serviceLevel: FULL_PROCESS }')).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02']);
      expect(await codes('{ channel: ONLINE, field: PRESS }')).toEqual(['LSN-TTTT-01']);
      expect(await codes('{ channel: POSTAL }')).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02', 'LSN-TTTT-03']);

      const first = await run('{ procedures(first: 2) { nodes { code } pageInfo { hasNextPage endCursor } } }');
      expect(first.data?.['procedures'].pageInfo.hasNextPage).toBe(true);
      const next = await run('query($after: String) { procedures(first: 2, after: $after) { nodes { code } pageInfo { hasNextPage } } }', null, {
        after: first.data?.['procedures'].pageInfo.endCursor,
      });
      expect(next.data?.['procedures']).toEqual({ nodes: [{ code: 'LSN-TTTT-03' }], pageInfo: { hasNextPage: false } });
    });

    it('refuses wrong filters and pages with clear errors', async () => {
      expect((await run('{ procedures(filter: { field: FOOTBALL }) { totalCount } }')).errors?.[0]?.message).toMatch(/FOOTBALL/);
      expect((await run('{ procedures(first: "ten") { totalCount } }')).errors?.[0]?.message).toMatch(/Int/);
      expect((await run('{ procedures(first: 101) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await run('{ procedures(after: "garbage") { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('gives a procedure with every national-portal field, its agency, and a fee that is not recorded as null', async () => {
      const result = await run(`{
        procedure(code: "LSN-TTTT-03") {
          id code nameVi nameEn field decidingAuthorityVi resultVi serviceLevel nationalPortalUrl isSample sourceFactId sourceQuote version
          performingAgency { code nameVi }
          channels { channel channelLabelVi timeLimitWorkingDays feeVnd feeNote }
          requiredDocuments { nameVi copies note }
          steps
          legalBasis { reference title issuedOn }
        }
      }`);
      expect(result.errors).toBeUndefined();
      const found = result.data?.['procedure'];
      expect(found).toMatchObject({
        code: 'LSN-TTTT-03',
        field: 'ELECTRONIC_GAMES',
        serviceLevel: 'PARTIAL_PROCESS',
        isSample: true,
        nationalPortalUrl: null,
        performingAgency: { code: 'so-tttt' },
        steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'],
        legalBasis: [{ reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' }],
        requiredDocuments: [{ nameVi: 'Đơn đề nghị', copies: 1, note: null }],
      });
      expect(found.channels).toEqual([
        { channel: 'IN_PERSON', channelLabelVi: 'Trực tiếp', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' },
        { channel: 'POSTAL', channelLabelVi: 'Dịch vụ bưu chính công ích', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' },
      ]);
      const paid = await run('{ procedure(code: "LSN-TTTT-01") { channels { channel feeVnd } } }');
      expect(paid.data?.['procedure'].channels).toContainEqual({ channel: 'POSTAL', feeVnd: 50000 });
      expect(paid.data?.['procedure'].channels).toContainEqual({ channel: 'ONLINE', feeVnd: 0 });

      const again = await run(`{ node(id: "${found.id}") { ... on Procedure { code } } }`);
      expect(again.data?.['node']).toEqual({ code: 'LSN-TTTT-03' });
      expect((await run('{ procedure(code: "LSN-TTTT-99") { code } }')).data?.['procedure']).toBeNull();
      for (const code of injections) {
        expect(await run('query($code: String!) { procedure(code: $code) { code } }', null, { code })).toEqual({ data: { procedure: null } });
      }
      const oversize = await run('query($code: String!) { procedure(code: $code) { code } }', null, { code: 'x'.repeat(101) });
      expect(oversize.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('searches ignoring case and diacritics, best first, with filters and a bounded query', async () => {
      const search = async (query: string, filter = '') =>
        (
          (await run(`query($q: String!) { procedureSearch(query: $q${filter}) { nodes { code } } }`, null, { q: query })).data?.['procedureSearch']
            .nodes as Array<{ code: string }>
        ).map((p) => p.code);
      expect(await search('giay phep')).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02']);
      expect((await search('GIẤY PHÉP bản tin'))[0]).toBe('LSN-TTTT-01');
      expect(await search('tro choi dien tu')).toEqual(['LSN-TTTT-03']);
      expect(await search('giay', ', filter: { field: PRESS }')).toEqual(['LSN-TTTT-01']);
      expect(await search('viễn thông')).toEqual([]);
      for (const query of injections) expect(await search(query)).toEqual([]);
      expect(await search('x'.repeat(200))).toEqual([]);
      const tooLong = await run('query($q: String!) { procedureSearch(query: $q) { totalCount } }', null, { q: 'x'.repeat(201) });
      expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('dossier states', () => {
    it('lists the ten states with labels, where each may go and which are final', async () => {
      const result = await run('{ dossierStates { state labelVi labelEn allowedNext final } }');
      const states = result.data?.['dossierStates'] as Array<{ state: string; labelVi: string; allowedNext: string[]; final: boolean }>;
      expect(states).toHaveLength(10);
      expect(states[0]).toMatchObject({ state: 'NEW', labelVi: 'Mới đăng ký', allowedNext: ['RECEIVED', 'NOT_ACCEPTED'], final: false });
      expect(states.filter((s) => s.final).map((s) => s.state)).toEqual(['NOT_ACCEPTED', 'STOPPED', 'RETURNED']);
      expect(states.find((s) => s.state === 'PROCESSED')?.allowedNext).toEqual(['RETURNED']);
    });
  });

  describe('dossiers', () => {
    const receive = /* GraphQL */ `
      mutation($input: DossierReceiveInput!) {
        dossierReceive(input: $input) {
          dossier { id code state dueOn version channel applicant { fullName } allowedNext }
          userErrors { field message code }
        }
      }
    `;
    const transition = /* GraphQL */ `
      mutation($input: DossierTransitionInput!) {
        dossierTransition(input: $input) {
          dossier { code state version returnChannel supplement { reason deadline } history { from to actor note } }
          userErrors { field message code }
        }
      }
    `;
    const receiptInput = (extra: Record<string, unknown> = {}) => ({
      procedureCode: 'LSN-TTTT-01',
      channel: 'ONLINE',
      applicant,
      receivedAt: '2020-07-01T08:00:00+07:00',
      ...extra,
    });

    it('lets a licensing officer receive a dossier, numbered and due by the channel’s time limit', async () => {
      const result = await run(receive, officer, { input: receiptInput() });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['dossierReceive']).toMatchObject({
        dossier: { code: 'LSN-200701-0001', state: 'NEW', dueOn: '2020-07-15', version: 1, channel: 'ONLINE', applicant: { fullName: applicant.fullName }, allowedNext: ['RECEIVED', 'NOT_ACCEPTED'] },
        userErrors: [],
      });
      const byAdmin = await run(receive, admin, { input: receiptInput({ channel: 'POSTAL', procedureCode: 'LSN-TTTT-03', receivedAt: '2020-07-01T09:00:00+07:00' }) });
      expect(byAdmin.data?.['dossierReceive']).toMatchObject({ dossier: { code: 'LSN-200701-0002', state: 'RECEIVED', dueOn: '2020-07-08' }, userErrors: [] });
      const [audit] = await db.query<{ actor: string }>(`select actor from audit_log where entity_id = 'LSN-200701-0001'`);
      expect(audit?.actor).toBe('u-officer');
    });

    it('refuses a receipt to anonymous callers and other roles, writing nothing', async () => {
      const before = await writes();
      for (const viewer of [null, editor, { userId: 'u-insp', roles: ['inspector'] } as Viewer]) {
        const result = await run(receive, viewer, { input: receiptInput() });
        expect(result.data?.['dossierReceive']).toMatchObject({ dossier: null, userErrors: [{ code: 'FORBIDDEN' }] });
      }
      expect(await writes()).toEqual(before);
    });

    it('answers bad receipts with userErrors or validation errors, never a fault, and writes nothing', async () => {
      const before = await writes();
      const userErrors = async (input: Record<string, unknown>) => {
        const result = await run(receive, officer, { input });
        expect(result.errors).toBeUndefined();
        return (result.data?.['dossierReceive'].userErrors as Array<{ field: string[]; code: string }>).map((e) => [e.field.join('.'), e.code]);
      };
      expect(await userErrors(receiptInput({ procedureCode: 'LSN-TTTT-77' }))).toEqual([['input.procedureCode', 'UNKNOWN_REFERENCE']]);
      expect(await userErrors(receiptInput({ procedureCode: 'LSN-TTTT-03', channel: 'ONLINE' }))).toEqual([['input.channel', 'VALIDATION']]);
      expect(await userErrors(receiptInput({ applicant: { ...applicant, idNumber: '12' } }))).toEqual([['input.applicant.idNumber', 'VALIDATION']]);
      expect(await userErrors(receiptInput({ applicant: { ...applicant, fullName: 'x'.repeat(201) } }))).toEqual([['input.applicant.fullName', 'VALIDATION']]);
      expect(await userErrors(receiptInput({ applicant: { ...applicant, phone: '0912345678<script>' } }))).toEqual([['input.applicant.phone', 'VALIDATION']]);
      for (const code of injections) {
        expect(await userErrors(receiptInput({ procedureCode: code }))).toEqual([['input.procedureCode', 'VALIDATION']]);
        expect(await userErrors(receiptInput({ applicant: { ...applicant, idNumber: code } }))).toEqual([['input.applicant.idNumber', 'VALIDATION']]);
      }
      const wrongType = await run(receive, officer, { input: receiptInput({ channel: 'PIGEON' }) });
      expect(wrongType.errors?.[0]?.message).toMatch(/PIGEON/);
      const badInstant = await run(receive, officer, { input: receiptInput({ receivedAt: '26/06/2020' }) });
      expect(badInstant.errors?.[0]?.message).toMatch(/DateTime/);
      const missing = await run(receive, officer, { input: { procedureCode: 'LSN-TTTT-01', channel: 'ONLINE' } });
      expect(missing.errors?.[0]?.message).toMatch(/applicant/);
      expect(await writes()).toEqual(before);
    });

    it('moves a dossier only along the state machine, recording who moved it', async () => {
      const move = (input: Record<string, unknown>, viewer: Viewer | null = officer) => run(transition, viewer, { input });
      let result = await move({ code: 'LSN-200701-0001', version: 1, to: 'RECEIVED' });
      expect(result.data?.['dossierTransition']).toMatchObject({ dossier: { state: 'RECEIVED', version: 2 }, userErrors: [] });
      result = await move({ code: 'LSN-200701-0001', version: 2, to: 'PROCESSING', note: 'Giao phòng TTBCXB' });
      result = await move({
        code: 'LSN-200701-0001',
        version: 3,
        to: 'SUPPLEMENT_REQUESTED',
        supplement: { reason: 'Bổ sung mẫu trình bày', deadline: '2030-01-10' },
      });
      expect(result.data?.['dossierTransition'].dossier).toMatchObject({
        state: 'SUPPLEMENT_REQUESTED',
        supplement: { reason: 'Bổ sung mẫu trình bày', deadline: '2030-01-10' },
      });
      result = await move({ code: 'LSN-200701-0001', version: 4, to: 'PROCESSING' }, admin);
      result = await move({ code: 'LSN-200701-0001', version: 5, to: 'PROCESSED' });
      expect(result.data?.['dossierTransition'].dossier.history).toEqual([
        { from: 'NEW', to: 'RECEIVED', actor: 'u-officer', note: null },
        { from: 'RECEIVED', to: 'PROCESSING', actor: 'u-officer', note: 'Giao phòng TTBCXB' },
        { from: 'PROCESSING', to: 'SUPPLEMENT_REQUESTED', actor: 'u-officer', note: null },
        { from: 'SUPPLEMENT_REQUESTED', to: 'PROCESSING', actor: 'u-admin', note: null },
        { from: 'PROCESSING', to: 'PROCESSED', actor: 'u-officer', note: null },
      ]);
    });

    it('refuses a move outside the state machine, a stale version, bad details and the wrong caller, writing nothing', async () => {
      const move = async (input: Record<string, unknown>, viewer: Viewer | null = officer) => {
        const result = await run(transition, viewer, { input });
        expect(result.errors).toBeUndefined();
        return result.data?.['dossierTransition'] as { dossier: unknown; userErrors: Array<{ field: string[]; code: string; message: string }> };
      };
      const before = await writes();
      const invalid = await move({ code: 'LSN-200701-0001', version: 6, to: 'NEW' });
      expect(invalid).toMatchObject({ dossier: null, userErrors: [{ field: ['input', 'to'], code: 'INVALID_TRANSITION' }] });
      expect(invalid.userErrors[0]?.message).toMatch(/allowed: returned/);
      expect((await move({ code: 'LSN-200701-0001', version: 5, to: 'RETURNED', returnChannel: 'POSTAL' })).userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' }),
      ]);
      expect((await move({ code: 'LSN-200701-0001', version: 6, to: 'RETURNED' })).userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'returnChannel'], code: 'VALIDATION' }),
      ]);
      expect((await move({ code: 'LSN-200701-0002', version: 1, to: 'PROCESSING', returnChannel: 'POSTAL' })).userErrors[0]?.code).toBe('VALIDATION');
      expect((await move({ code: 'LSN-200101-0001', version: 1, to: 'PROCESSING' })).userErrors[0]?.code).toBe('NOT_FOUND');
      expect((await move({ code: 'LSN-200701-0001', version: 6, to: 'RETURNED', returnChannel: 'POSTAL', note: 'x'.repeat(2001) })).userErrors[0]).toMatchObject({
        field: ['input', 'note'],
        code: 'VALIDATION',
      });
      expect((await move({ code: 'LSN-200701-0002', version: -5, to: 'PROCESSING' })).userErrors[0]?.code).toBe('CONFLICT');
      for (const code of [...injections, 'x'.repeat(5000)]) {
        expect((await move({ code, version: 1, to: 'PROCESSING' })).userErrors).toEqual([expect.objectContaining({ field: ['input', 'code'], code: 'VALIDATION' })]);
      }
      for (const viewer of [null, editor]) {
        expect(await move({ code: 'LSN-200701-0001', version: 6, to: 'RETURNED', returnChannel: 'POSTAL' }, viewer)).toMatchObject({
          dossier: null,
          userErrors: [{ code: 'FORBIDDEN' }],
        });
      }
      expect((await run(transition, officer, { input: { code: 'LSN-200701-0001', version: 'six', to: 'RETURNED' } })).errors?.[0]?.message).toMatch(/Int/);
      expect((await run(transition, officer, { input: { code: 'LSN-200701-0001', version: 6, to: 'ARCHIVED' } })).errors?.[0]?.message).toMatch(/ARCHIVED/);
      expect((await run(transition, officer, { input: { code: 'LSN-200701-0001', version: 2 ** 40, to: 'RETURNED' } })).errors?.[0]?.message).toMatch(/Int/);
      expect(await writes()).toEqual(before);

      const returned = await move({ code: 'LSN-200701-0001', version: 6, to: 'RETURNED', returnChannel: 'POSTAL' });
      expect(returned).toMatchObject({ dossier: { state: 'RETURNED', returnChannel: 'POSTAL', version: 7 }, userErrors: [] });
    });

    it('shows anyone the public view of a dossier, and never the applicant, notes or officials', async () => {
      const lookup = /* GraphQL */ `
        query($code: String!) {
          dossierLookup(code: $code) {
            code channel returnChannel receivedAt dueOn state stateLabelVi stateLabelEn supplementDeadline settledOn onTime
            procedure { code nameVi performingAgency { nameVi } }
            timeline { from state labelVi labelEn at }
          }
        }
      `;
      const result = await run(lookup, null, { code: ' lsn-200701-0001 ' });
      expect(result.errors).toBeUndefined();
      const view = result.data?.['dossierLookup'];
      expect(view).toMatchObject({
        code: 'LSN-200701-0001',
        channel: 'ONLINE',
        returnChannel: 'POSTAL',
        receivedAt: '2020-07-01T01:00:00.000Z',
        dueOn: '2020-07-15',
        state: 'RETURNED',
        stateLabelVi: 'Đã trả kết quả',
        stateLabelEn: 'Result returned',
        settledOn: '2020-07-01',
        onTime: true,
        procedure: { code: 'LSN-TTTT-01' },
      });
      expect(view.timeline.map((entry: { from: string | null; state: string }) => `${entry.from}>${entry.state}`)).toEqual([
        'null>NEW',
        'NEW>RECEIVED',
        'RECEIVED>PROCESSING',
        'PROCESSING>SUPPLEMENT_REQUESTED',
        'SUPPLEMENT_REQUESTED>PROCESSING',
        'PROCESSING>PROCESSED',
        'PROCESSED>RETURNED',
      ]);
      const text = JSON.stringify(result);
      for (const value of Object.values(applicant)) expect(text).not.toContain(value as string);
      for (const secret of ['Giao phòng TTBCXB', 'Bổ sung mẫu trình bày', 'u-officer', 'u-admin']) expect(text).not.toContain(secret);

      const open = await run(lookup, null, { code: 'LSN-200701-0002' });
      expect(open.data?.['dossierLookup']).toMatchObject({ state: 'RECEIVED', dueOn: '2020-07-08', onTime: true, settledOn: null, timeline: [{ from: null, state: 'RECEIVED' }] });
      expect(JSON.stringify(open)).not.toContain(applicant.fullName);

      const asking = await run('{ dossierLookup(code: "LSN-200701-0001") { applicant { fullName } } }');
      expect(asking.errors?.[0]?.message).toMatch(/applicant/);
      expect(JSON.stringify(asking)).not.toContain(applicant.fullName);
      expect((await run(lookup, null, { code: 'LSN-200101-0001' })).data?.['dossierLookup']).toBeNull();
      for (const code of injections) expect((await run(lookup, null, { code })).data?.['dossierLookup']).toBeNull();
      expect((await run(lookup, null, { code: 'x'.repeat(101) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('shows the full dossier to licensing officers and admins only, by code and by node id', async () => {
      const full = '{ dossier(code: "LSN-200701-0001") { id code applicant { fullName idNumber phone email address } history { actor note } onTime } }';
      const asOfficer = await run(full, officer);
      expect(asOfficer.data?.['dossier']).toMatchObject({ code: 'LSN-200701-0001', applicant, onTime: true });
      expect((await run(full, admin)).data?.['dossier'].applicant).toEqual(applicant);
      for (const viewer of [null, editor]) {
        const refused = await run(full, viewer);
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(refused.data?.['dossier']).toBeNull();
        expect(JSON.stringify(refused)).not.toContain(applicant.fullName);
      }
      const id = toGlobalId('Dossier', 'LSN-200701-0001');
      const node = `{ node(id: "${id}") { id ... on Dossier { applicant { fullName } } } }`;
      expect((await run(node, officer)).data?.['node']).toEqual({ id, applicant: { fullName: applicant.fullName } });
      expect((await run(node, null)).data?.['node']).toBeNull();
      expect((await run(node, editor)).data?.['node']).toBeNull();

      const list = '{ dossiers(filter: { state: RECEIVED }) { totalCount nodes { code applicant { fullName } } } }';
      expect((await run(list, officer)).data?.['dossiers']).toEqual({ totalCount: 1, nodes: [{ code: 'LSN-200701-0002', applicant: { fullName: applicant.fullName } }] });
      expect((await run(list, null)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await run('{ dossiers(filter: { procedureCode: "LSN-TTTT-03" }) { totalCount } }', officer)).data?.['dossiers'].totalCount).toBe(1);
    });
  });

  describe('SQL statements per page', () => {
    it('stays small and constant as a list page grows, whatever the nested fields', async () => {
      const page = '{ procedures(first: 50) { nodes { code performingAgency { code nameVi } channels { feeVnd } } } }';
      const dossierPage = '{ dossiers(first: 50) { nodes { code procedure { code performingAgency { nameVi } } history { to } } } }';
      const few = await counted(page);
      const fewDossiers = await counted(dossierPage, officer);
      expect(few).toBeLessThanOrEqual(2);
      expect(fewDossiers).toBeLessThanOrEqual(4);

      const procedures = createProceduresRepository(db);
      for (let i = 10; i < 30; i += 1) {
        await procedures.create(procedure(`LSN-TTTT-${i}`, `Thủ tục ${i}`, { performingAgencyCode: i % 2 ? 'so-tttt' : 'phong-ttbcxb' }), { actor: 'seed' });
        await procedures.receiveDossier({ procedureCode: `LSN-TTTT-${i}`, channel: 'in_person', applicant, receivedAt: '2020-07-02T08:00:00+07:00' }, { actor: 'seed' });
      }
      expect(await counted(page)).toBe(few);
      expect(await counted(dossierPage, officer)).toBe(fewDossiers);
    });
  });

  describe('public lookup limits', () => {
    const KNOWN = 'LSN-200701-0001';
    const { windowSeconds, maxMisses, maxLookups } = DEFAULT_LOOKUP_LIMITS;
    let limited: GraphQLSchema;
    /** The limiter reads the clock through Date: only Date is faked, timers run as they do. */
    const tick = (ms: number) => vi.setSystemTime(Date.now() + ms);
    type Answer = { data?: Data | null; errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }> };

    /** One lookup from an address (null: outside HTTP), on the test's clock. */
    const lookup = async (code: string, address: string | null, viewer: Viewer | null = null) =>
      JSON.parse(
        JSON.stringify(
          await graphql({
            schema: limited,
            source: 'query($code: String!) { dossierLookup(code: $code) { code state } }',
            variableValues: { code },
            contextValue: createRequestContext(viewer, 'test', address),
          }),
        ),
      ) as Answer;
    const misses = async (address: string | null, count: number, from = 1) => {
      for (let i = from; i < from + count; i += 1) {
        tick(1000);
        const answer = await lookup(`LSN-200101-${String(i).padStart(4, '0')}`, address);
        expect(answer).toEqual({ data: { dossierLookup: null } });
      }
    };
    const expectRefused = (answer: Answer, retryAfterSeconds: number) => {
      expect(answer.data).toEqual({ dossierLookup: null });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds });
      expect(answer.errors?.[0]?.message).toMatch(new RegExp(`^Too many dossier lookups from your address\\. Try again in ${retryAfterSeconds} seconds`));
    };

    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.UTC(2020, 6, 6, 2));
      const repos = { procedures: createProceduresRepository(db), units: createUnitsRepository(db), districts: createDistrictsRepository(db) };
      limited = composeSchema([
        districtsGraphQLModule(repos),
        unitsGraphQLModule(repos),
        proceduresGraphQLModule(repos, { today: () => '2020-07-06', lookupLimiter: createDossierLookupLimiter() }),
      ]);
    });
    afterAll(() => void vi.useRealTimers());

    it(`answers ${maxMisses} unknown codes from one address, refuses the next lookup until the window of the first ends, and no one else`, async () => {
      // The limits the schema documents.
      expect(DEFAULT_LOOKUP_LIMITS).toMatchObject({ windowSeconds: 600, maxMisses: 10, maxLookups: 60 });
      await misses('198.51.100.7', maxMisses);
      tick(1000);
      // First miss at +1 s, now +11 s: its 600 s window ends in 590 s. Even a real code waits.
      expectRefused(await lookup(KNOWN, '198.51.100.7'), windowSeconds - maxMisses);
      expectRefused(await lookup('LSN-200101-0099', '198.51.100.7'), windowSeconds - maxMisses);

      expect((await lookup(KNOWN, '198.51.100.8')).data).toEqual({ dossierLookup: { code: KNOWN, state: 'RETURNED' } });
      expect((await lookup(KNOWN, null)).data).toEqual({ dossierLookup: { code: KNOWN, state: 'RETURNED' } });
      expect((await lookup(KNOWN, '198.51.100.7', officer)).errors).toBeUndefined();
      expect((await lookup(KNOWN, '198.51.100.7', admin)).data).toEqual({ dossierLookup: { code: KNOWN, state: 'RETURNED' } });
      expectRefused(await lookup(KNOWN, '198.51.100.7', editor), windowSeconds - maxMisses);

      tick((windowSeconds - maxMisses - 1) * 1000);
      // Refused lookups were not counted: waiting as told is enough.
      expectRefused(await lookup(KNOWN, '198.51.100.7'), 1);
      tick(1000);
      expect(await lookup(KNOWN, '198.51.100.7')).toEqual({ data: { dossierLookup: { code: KNOWN, state: 'RETURNED' } } });
      // A new window, and the found code was no miss: ten more guesses, then none.
      await misses('198.51.100.7', maxMisses, 50);
      expectRefused(await lookup('LSN-200101-0099', '198.51.100.7'), windowSeconds - maxMisses);
    });

    it('counts malformed and oversize codes as misses, and callers outside HTTP in one shared bucket', async () => {
      tick(windowSeconds * 1000);
      for (let i = 0; i < maxMisses / 2; i += 1) expect((await lookup(`<script>${i}</script>`, null)).data).toEqual({ dossierLookup: null });
      for (let i = 0; i < maxMisses / 2; i += 1) expect((await lookup('x'.repeat(101), null)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expectRefused(await lookup(KNOWN, null), windowSeconds);
      expect((await lookup(KNOWN, '203.0.113.1')).errors).toBeUndefined();
    });

    it(`answers ${maxLookups} lookups of real codes from one address and refuses the ${maxLookups + 1}st`, async () => {
      tick(windowSeconds * 1000);
      for (let i = 0; i < maxLookups; i += 1) {
        expect((await lookup(i % 2 ? KNOWN : 'LSN-200701-0002', '192.0.2.44')).data?.['dossierLookup']).not.toBeNull();
      }
      expectRefused(await lookup(KNOWN, '192.0.2.44'), windowSeconds);
      for (let i = 0; i <= maxLookups; i += 1) expect((await lookup(KNOWN, '192.0.2.44', officer)).errors).toBeUndefined();
    });

    it('holds the miss limit for lookups asked together in one request', async () => {
      tick(windowSeconds * 1000);
      const aliases = Array.from({ length: 15 }, (_, i) => `g${i}: dossierLookup(code: "LSN-200101-${String(i + 1).padStart(4, '0')}") { code }`);
      const answer = JSON.parse(
        JSON.stringify(await graphql({ schema: limited, source: `{ ${aliases.join(' ')} }`, contextValue: createRequestContext(null, 'test', '192.0.2.99') })),
      ) as Answer;
      expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(Array(15 - maxMisses).fill('RATE_LIMITED'));
    });
  });
});
