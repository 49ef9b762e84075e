/**
 * Bad input (issue 3): every mutation and every filter of the public queries, sent wrong input
 * over HTTP — wrong types, out-of-range numbers, unknown codes, oversize strings, malformed ids
 * and cursors, SQL and HTML injection. The answer is always a clear userErrors entry or a GraphQL
 * validation / BAD_USER_INPUT error, never a 5xx or an INTERNAL_SERVER_ERROR, and the database
 * is left as it was.
 */
import { toGlobalId } from '@egov/graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLBody, type RunningGateway } from './test-gateway';
import { signInEveryRole, TEST_PASSWORD, testEmail, type CallerHeaders } from './test-users';

const SQL_INJECTIONS = ["'; drop table units; --", '1 or 1=1'];
const HTML_INJECTIONS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
const OVERSIZE = 'x'.repeat(10_000);
/** Error codes of a request GraphQL refused before running it, or a resolver refused as bad input. */
const REQUEST_ERROR_CODES = ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'];
const USER_ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'DUPLICATE', 'UNKNOWN_REFERENCE', 'INVALID_TRANSITION', 'FORBIDDEN'];

/** Fields whose text may legitimately be long: an article's body holds up to 200 000 characters. */
const LONG_TEXT_FIELDS = new Set([
  'NewsArticleCreateInput.bodyHtml',
  'NewsArticleUpdateInput.bodyHtml',
  // An inspection's conclusion holds up to 20 000 characters.
  'InspectionRecordInput.conclusionVi',
  'InspectionUpdateInput.conclusionVi',
  'InspectionConcludeInput.conclusionVi',
]);

/**
 * Fields of free text: names, reasons, quotes, notes. SQL or HTML typed there is text like any
 * other — stored as given through bound parameters, escaped by whoever shows it — so the sweep
 * over code fields leaves them out, and a test below shows such text stored and harmless.
 */
const FREE_TEXT_FIELDS = new Set([
  'SessionCreateInput.password',
  'UserCreateInput.displayName',
  'UserCreateInput.password',
  'ViewerPasswordChangeInput.currentPassword',
  'ViewerPasswordChangeInput.newPassword',
  'PasswordResetCompleteInput.newPassword',
  ...['NewsArticleCreateInput', 'NewsArticleUpdateInput'].flatMap((type) => ['title', 'summary', 'bodyHtml', 'authorName', 'topics'].map((field) => `${type}.${field}`)),
  'NewsArticleUpdateInput.changeNote',
  'NewsImageInput.captionVi',
  'NewsImageInput.altVi',
  'NewsArticleWithdrawInput.reason',
  'ObservationUpsertInput.sourceQuote',
  'ObservationUpsertInput.noteVi',
  'ObservationUpsertInput.noteEn',
  'LicenceIssueInput.holderName',
  'LicenceIssueInput.holderAddress',
  'LicenceIssueInput.subjectVi',
  'LicenceRevokeInput.reason',
  'ApplicantInput.fullName',
  'ApplicantInput.address',
  'DossierTransitionInput.note',
  'SupplementRequestInput.reason',
  'InspectionSubjectInput.name',
  'InspectionRecordInput.conclusionVi',
  'InspectionUpdateInput.conclusionVi',
  'InspectionConcludeInput.conclusionVi',
  'SanctionDecisionRecordInput.standaloneReason',
  'SanctionDecisionRecordInput.violatorName',
  'SanctionDecisionRecordInput.extraMeasures',
  'ViolationInput.descriptionVi',
  'ViolationInput.legalArticle',
  ...['AwardRecordInput', 'AwardUpdateInput'].flatMap((type) => ['reasonVi', 'reasonEn', 'recipientName', 'sourceQuote'].map((field) => `${type}.${field}`)),
]);

// ---------------------------------------------------------------------------------------------
// Introspection: the input types of the mutations, walked field by field.

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputField {
  name: string;
  type: TypeRef;
}
interface SchemaTypes {
  inputs: Map<string, InputField[]>;
  enums: Set<string>;
  /** Mutation name → the named type of its `input` argument, or null when it takes none. */
  mutations: Map<string, string | null>;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{
  __schema {
    mutationType { fields { name args { name type { ${TYPE_REF} } } } }
    types { kind name inputFields { name type { ${TYPE_REF} } } }
  }
}`;

const named = (type: TypeRef): string => (type.ofType ? named(type.ofType) : (type.name as string));
const isList = (type: TypeRef): boolean => type.kind === 'LIST' || (type.kind === 'NON_NULL' && isList(type.ofType as TypeRef));

async function introspect(gateway: RunningGateway): Promise<SchemaTypes> {
  const { body } = await gateway.graphql(INTROSPECTION);
  const schema = body.data?.['__schema'] as {
    mutationType: { fields: Array<{ name: string; args: Array<{ name: string; type: TypeRef }> }> };
    types: Array<{ kind: string; name: string; inputFields: InputField[] | null }>;
  };
  return {
    inputs: new Map(schema.types.filter((t) => t.kind === 'INPUT_OBJECT').map((t) => [t.name, t.inputFields ?? []])),
    enums: new Set(schema.types.filter((t) => t.kind === 'ENUM').map((t) => t.name)),
    mutations: new Map(
      schema.mutationType.fields.map((f) => {
        const input = f.args.find((a) => a.name === 'input');
        return [f.name, input ? named(input.type) : null];
      }),
    ),
  };
}

/** A field somewhere in an input, with the path to it (list items at index 0). */
interface FieldAt {
  path: Array<string | number>;
  owner: string;
  field: InputField;
}

/** Every field of an input type, nested ones included where the valid input has the object to hold them. */
function fieldsOf(types: SchemaTypes, typeName: string, value: Record<string, unknown>, prefix: Array<string | number> = []): FieldAt[] {
  const found: FieldAt[] = [];
  for (const field of types.inputs.get(typeName) ?? []) {
    const path = [...prefix, field.name];
    found.push({ path, owner: typeName, field });
    const nestedType = named(field.type);
    if (!types.inputs.has(nestedType)) continue;
    const nested = value[field.name];
    const item = isList(field.type) ? (Array.isArray(nested) ? nested[0] : undefined) : nested;
    if (item && typeof item === 'object') {
      fieldsOf(types, nestedType, item as Record<string, unknown>, isList(field.type) ? [...path, 0] : path).forEach((f) => found.push(f));
    }
  }
  return found;
}

/** A copy of `value` with the field at `path` set (or removed, for `undefined`). */
function withField(value: Record<string, unknown>, path: Array<string | number>, replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  let target = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  const last = path.at(-1) as string;
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

/** A value GraphQL cannot coerce to the field's type. */
function wrongTypeFor(types: SchemaTypes, type: TypeRef): unknown {
  const name = named(type);
  if (types.inputs.has(name)) return 'not an object';
  if (types.enums.has(name)) return 'NOT_A_VALUE';
  const wrong: Record<string, unknown> = { String: 12345, ID: { id: 1 }, Int: 'many', Float: 'many', Boolean: 'no', Date: '2020-02-30', DateTime: 'yesterday' };
  if (!(name in wrong)) throw new Error(`No wrong value for scalar ${name}`);
  return wrong[name];
}

// ---------------------------------------------------------------------------------------------
// What a caller may be told, and how the database is compared.

interface UserErrorEntry {
  field: string[];
  message: string;
  code: string;
}

/** Problems with an answer that must be a refusal; empty when the answer is a clear one. */
function refusalProblems(
  status: number,
  body: GraphQLBody,
  options: { payload?: string; expectedField?: string[]; idLike?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const text = JSON.stringify(body);
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (text.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (body.errors?.length) {
    for (const error of body.errors) {
      const code = error.extensions?.['code'];
      if (!REQUEST_ERROR_CODES.includes(String(code))) problems.push(`error code ${String(code)}: ${error.message}`);
      if (!error.message) problems.push('an error without a message');
    }
    const code = body.errors[0]?.extensions?.['code'];
    // Refused before running: HTTP 400 and no data at all.
    if (code === 'GRAPHQL_VALIDATION_FAILED' || (code === 'BAD_USER_INPUT' && status === 400)) {
      if (status !== 400) problems.push(`validation error with HTTP ${status}`);
      if (body.data !== undefined) problems.push('validation error with data');
    }
    return problems;
  }
  if (!options.payload) return [...problems, `answered without an error: ${text.slice(0, 300)}`];
  const payload = body.data?.[options.payload] as (Record<string, unknown> & { userErrors?: UserErrorEntry[] }) | null | undefined;
  const userErrors = payload?.userErrors ?? [];
  if (!userErrors.length) return [...problems, `no userErrors: ${text.slice(0, 300)}`];
  for (const [key, value] of Object.entries(payload ?? {})) if (key !== 'userErrors' && value !== null) problems.push(`payload ${key} is not null`);
  for (const error of userErrors) {
    if (!Array.isArray(error.field) || !error.message || !USER_ERROR_CODES.includes(error.code)) problems.push(`unclear userError ${JSON.stringify(error)}`);
  }
  if (options.expectedField) {
    const wanted = options.expectedField.join('.');
    const fields = userErrors.map((e) => e.field.join('.'));
    // An unknown id is "no such record" for the whole input when the id is the record's key.
    if (!fields.includes(wanted) && !(options.idLike && fields.includes(''))) problems.push(`userErrors on ${fields.join(', ') || '[]'}, not on ${wanted}`);
  }
  return problems;
}

/** An answer that holds nothing: null, an empty list, a page of 0, or an object of such answers. */
function isNothing(answer: unknown): boolean {
  if (answer === null) return true;
  if (Array.isArray(answer)) return answer.length === 0;
  if (typeof answer !== 'object') return false;
  const object = answer as Record<string, unknown>;
  return 'totalCount' in object ? object['totalCount'] === 0 : Object.values(object).every(isNothing);
}

describe('bad input over HTTP', () => {
  let gateway: RunningGateway;
  let headers: CallerHeaders;
  let types: SchemaTypes;
  let tables: string[];
  let baseline: Record<string, number>;
  /** A valid input of each mutation that takes one, acting on records made for it. */
  let validInputs: Record<string, Record<string, unknown>>;
  /** A percentage figure of 2020-H1 for the whole province, and the version it is at. */
  let percentFigure: { indicatorCode: string; version: number };

  const rowCounts = async (): Promise<Record<string, number>> => {
    const sql = tables.map((table) => `select '${table}' as name, count(*)::int as n from "${table}"`).join(' union all ');
    return Object.fromEntries((await gateway.db.query<{ name: string; n: number }>(sql)).map((row) => [row.name, row.n]));
  };

  /** Runs a mutation as admin (allowed everything, so the input itself is what gets judged). */
  const mutate = (mutation: string, input: unknown, selection = 'userErrors { field message code }') => {
    const inputType = types.mutations.get(mutation);
    return gateway.graphql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`, { input }, headers.admin);
  };

  /** Makes a record as admin for the mutations that act on one; fails the run if it cannot. */
  const create = async (mutation: string, input: Record<string, unknown>, object: string, fields = 'id version') => {
    const { body } = await mutate(mutation, input, `${object} { ${fields} } userErrors { field message code }`);
    const payload = body.data?.[mutation] as Record<string, Record<string, unknown>> | undefined;
    if (!payload?.[object]) throw new Error(`Fixture ${mutation} failed: ${JSON.stringify(body)}`);
    return payload[object] as Record<string, unknown>;
  };

  beforeAll(async () => {
    gateway = await startTestGateway();
    headers = await signInEveryRole(gateway);
    types = await introspect(gateway);
    tables = (
      await gateway.db.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
      )
    ).map((row) => row.table_name);

    const { body } = await gateway.graphql(
      '{ procedures(first: 100) { nodes { code channels { channel } } } observations(first: 100, filter: { period: "2020-H1", areaCode: "20" }) { nodes { value version indicator { code measure } } } }',
    );
    const procedureCode = (body.data?.['procedures'] as { nodes: Array<{ code: string; channels: Array<{ channel: string }> }> }).nodes.find((p) =>
      p.channels.some((c) => c.channel === 'ONLINE'),
    )?.code;
    const figures = (body.data?.['observations'] as { nodes: Array<{ value: number; version: number; indicator: { code: string; measure: string } }> }).nodes;
    const observation = figures.find((figure) => figure.indicator.measure === 'COUNT');
    const percentage = figures.find((figure) => figure.indicator.measure === 'PERCENT');
    if (!procedureCode || !observation || !percentage) throw new Error('The first data set lacks an online procedure or 2020-H1 figures');
    percentFigure = { indicatorCode: percentage.indicator.code, version: percentage.version };

    const applicant = { fullName: 'Hoàng Thị Lan', idNumber: '020187001234', phone: '0912345678', email: 'lan.hoang@example.vn', address: 'Số 8 đường Lê Lợi, thành phố Lạng Sơn' };
    const article = { title: 'Tin kiểm thử đầu vào sai', summary: 'Tóm tắt', bodyHtml: '<p>Nội dung.</p>', authorName: 'Văn phòng Sở', authorUnitCode: 'so-tttt', relatedUnitCodes: ['thanh-tra-so'], eventDate: '2020-07-01', reportsPeriod: '2020-H1', topics: ['hội nghị'], images: [{ fileName: 'a.jpg', captionVi: 'Ảnh A', altVi: 'Ảnh', position: 1 }] };
    const licence = { type: 'BULLETIN_PUBLISHING', number: '901/GP-STTTT', holderName: 'Hội Cựu chiến binh tỉnh', holderAddress: 'Lạng Sơn', subjectVi: 'Bản tin', issuedOn: '2021-03-01', validFrom: '2021-03-01', validUntil: '2021-12-31', issuerUnitCode: 'so-tttt', isSample: false };
    const inspection = { decisionNumber: '901/QĐ-TTr', kind: 'AD_HOC', activity: 'INSPECTION', field: 'TELECOM', subjects: [{ name: 'Công ty Viễn thông Z', kind: 'ORGANISATION' }], startedOn: '2020-09-01', endedOn: '2020-09-10', status: 'IN_PROGRESS', leadUnitCode: 'thanh-tra-so' };
    const decision = { number: '901/QĐ-XPVPHC', issuedOn: '2020-09-20', standaloneReason: 'Phát hiện qua giám sát trên mạng', field: 'INTERNET', violatorName: 'Công ty Viễn thông Z', violatorKind: 'ORGANISATION', violations: [{ descriptionVi: 'Không lưu trữ thông tin thuê bao', legalArticle: 'Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP' }], fineVnd: 25_000_000, extraMeasures: ['Buộc cập nhật thông tin thuê bao'], enforcementStatus: 'PENDING' };
    const award = { kind: 'CERTIFICATE_OF_MERIT', conferredBy: 'PROVINCIAL_CHAIRMAN', level: 'PROVINCIAL', recipientKind: 'COLLECTIVE', recipientUnitCode: 'so-tttt', reasonVi: 'Hoàn thành xuất sắc nhiệm vụ', reasonEn: 'Excellent work', coveredFromYear: 2019, coveredToYear: 2019, conferredOn: '2020-02-03', period: '2020-H1', sourceQuote: 'vì đã hoàn thành xuất sắc nhiệm vụ' };
    const user = { email: 'target@test.langson.gov.vn', displayName: 'Cán bộ đích', password: TEST_PASSWORD, roles: ['EDITOR'] };

    const draft = await create('newsArticleCreate', { ...article, title: 'Bản nháp kiểm thử' }, 'newsArticle');
    const published = await create('newsArticlePublish', { id: (await create('newsArticleCreate', { ...article, title: 'Tin đã đăng kiểm thử' }, 'newsArticle'))['id'], version: 1 }, 'newsArticle');
    const issued = await create('licenceIssue', { ...licence, number: '900/GP-STTTT' }, 'licence');
    const received = await create('dossierReceive', { procedureCode, channel: 'ONLINE', applicant }, 'dossier', 'code version');
    const recorded = await create('inspectionRecord', { ...inspection, decisionNumber: '900/QĐ-TTr' }, 'inspection');
    const decided = await create('sanctionDecisionRecord', { ...decision, number: '900/QĐ-XPVPHC' }, 'sanctionDecision');
    const awarded = await create('awardRecord', award, 'award');
    const target = await create('userCreate', user, 'user');
    const openPeriod = await create('reportingPeriodOpen', { code: '2031-H1' }, 'reportingPeriod', 'code');
    const ref = (record: Record<string, unknown>) => ({ id: record['id'], version: record['version'] });

    const { body: own } = await gateway.graphql('{ viewerSessions { id current } }', {}, headers.admin);
    const adminSession = (own.data?.['viewerSessions'] as Array<{ id: string; current: boolean }>).find((session) => session.current)?.id;

    validInputs = {
      sessionCreate: { email: testEmail('editor'), password: TEST_PASSWORD },
      sessionEnd: { id: adminSession },
      viewerPasswordChange: { currentPassword: TEST_PASSWORD, newPassword: 'Mùa hoa đào nở 2025' },
      userEnable: ref(target),
      userPasswordReset: ref(target),
      passwordResetComplete: { email: user.email, code: 'ABCD-EFGH-JKMN-PQRS', newPassword: 'Mùa hoa đào nở 2025' },
      userCreate: { ...user, email: 'new-staff@test.langson.gov.vn' },
      userRolesSet: { ...ref(target), roles: ['INSPECTOR'] },
      userDisable: ref(target),
      newsArticleCreate: article,
      newsArticleUpdate: { ...ref(draft), changeNote: 'Sửa lỗi chính tả', ...article },
      newsArticlePublish: { ...ref(draft), at: '2030-01-01T08:00:00+07:00' },
      newsArticleWithdraw: { ...ref(published), reason: 'Trùng tin' },
      observationUpsert: {
        indicatorCode: observation.indicator.code,
        period: '2020-H1',
        areaCode: '20',
        value: observation.value,
        targetValue: observation.value,
        status: 'PROVISIONAL',
        sourceQuote: 'theo báo cáo sơ kết',
        factId: 'F999',
        ownerUnitCode: 'so-tttt',
        noteVi: 'Ghi chú',
        noteEn: 'Note',
        version: observation.version,
      },
      reportingPeriodOpen: { code: '2031-H2' },
      reportingPeriodPublish: { code: openPeriod['code'] },
      reportingPeriodUnpublish: { code: '2020-H1' },
      licenceIssue: licence,
      licenceRevoke: { ...ref(issued), revokedOn: '2021-05-01', reason: 'Đơn vị đề nghị thu hồi' },
      dossierReceive: { procedureCode, channel: 'ONLINE', applicant, receivedAt: '2020-07-01T08:00:00+07:00' },
      dossierTransition: { code: received['code'], version: received['version'], to: 'RECEIVED', note: 'Đã tiếp nhận', returnChannel: 'ONLINE' },
      inspectionRecord: inspection,
      inspectionUpdate: { ...ref(recorded), ...inspection, decisionNumber: '900/QĐ-TTr' },
      inspectionConclude: { ...ref(recorded), conclusionVi: 'Doanh nghiệp vi phạm.', concludedOn: '2020-09-18', endedOn: '2020-09-18' },
      sanctionDecisionRecord: decision,
      sanctionDecisionEnforcementUpdate: { ...ref(decided), enforcementStatus: 'PAID' },
      awardRecord: { ...award, reasonVi: 'Một khen thưởng khác' },
      awardUpdate: { ...ref(awarded), ...award },
    };
    baseline = await rowCounts();
  });
  afterAll(() => gateway?.stop());

  /** Sends each input to the mutation and collects every way an answer falls short; checks the database after each. */
  async function sweep(mutation: string, cases: Array<{ label: string; input: unknown; expectedField?: string[]; idLike?: boolean }>): Promise<string[]> {
    const problems: string[] = [];
    for (const { label, input, expectedField, idLike } of cases) {
      const { status, body } = await mutate(mutation, input);
      const found = refusalProblems(status, body, { payload: mutation, ...(expectedField ? { expectedField } : {}), ...(idLike ? { idLike } : {}) });
      const counts = await rowCounts();
      if (JSON.stringify(counts) !== JSON.stringify(baseline)) {
        problems.push(`${label}: the database changed`);
        baseline = counts; // report each write once
      }
      problems.push(...found.map((problem) => `${label}: ${problem}`));
    }
    return problems;
  }

  it('has a valid input for every mutation that takes one, and each mutation is swept below', () => {
    const withInput = [...types.mutations].filter(([, input]) => input !== null).map(([name]) => name);
    expect(withInput.sort()).toEqual(Object.keys(validInputs).sort());
  });

  describe('every field of every mutation input', () => {
    it('refuses a value of the wrong type, and a missing required field, with HTTP 400 and no data', async () => {
      const problems: string[] = [];
      for (const [mutation, input] of Object.entries(validInputs)) {
        const inputType = types.mutations.get(mutation) as string;
        const cases = fieldsOf(types, inputType, input).flatMap(({ path, field }) => [
          { label: `${mutation} ${path.join('.')} wrong type`, input: withField(input, path, wrongTypeFor(types, field.type)) },
          ...(field.type.kind === 'NON_NULL' ? [{ label: `${mutation} ${path.join('.')} null`, input: withField(input, path, null) }] : []),
        ]);
        cases.push({ label: `${mutation} input not an object`, input: 42 as never });
        for (const { label, input: bad } of cases) {
          const { status, body } = await mutate(mutation, bad);
          if (status !== 400 || body.data !== undefined || !body.errors?.length) problems.push(`${label}: HTTP ${status} ${JSON.stringify(body).slice(0, 200)}`);
          problems.push(...refusalProblems(status, body).map((p) => `${label}: ${p}`));
        }
      }
      expect(problems).toEqual([]);
      expect(await rowCounts()).toEqual(baseline);
    });

    it('refuses a 10 000-character string in any text field as a userError on that field', async () => {
      const problems: string[] = [];
      for (const [mutation, input] of Object.entries(validInputs)) {
        const cases = fieldsOf(types, types.mutations.get(mutation) as string, input)
          .filter(({ field, owner }) => ['String', 'ID'].includes(named(field.type)) && !LONG_TEXT_FIELDS.has(`${owner}.${field.name}`))
          .map(({ path, field }) => ({
            label: `${mutation} ${path.join('.')} oversize`,
            input: withField(input, path, isList(field.type) ? [OVERSIZE] : OVERSIZE),
            expectedField: ['input', ...path.map(String), ...(isList(field.type) ? ['0'] : [])],
            idLike: named(field.type) === 'ID',
          }));
        problems.push(...(await sweep(mutation, cases)));
      }
      expect(problems).toEqual([]);
    });

    it('refuses SQL and HTML in any code, id or number field as a userError on that field', async () => {
      const problems: string[] = [];
      for (const [mutation, input] of Object.entries(validInputs)) {
        const cases = fieldsOf(types, types.mutations.get(mutation) as string, input)
          .filter(({ field, owner }) => ['String', 'ID'].includes(named(field.type)) && !FREE_TEXT_FIELDS.has(`${owner}.${field.name}`))
          .flatMap(({ path, field }) =>
            [...SQL_INJECTIONS, ...HTML_INJECTIONS].map((bad) => ({
              label: `${mutation} ${path.join('.')} ${bad}`,
              input: withField(input, path, isList(field.type) ? [bad] : bad),
              expectedField: ['input', ...path.map(String), ...(isList(field.type) ? ['0'] : [])],
              // Sign-in answers every wrong credential alike, on no field, so it tells nothing about accounts.
              idLike: named(field.type) === 'ID' || mutation === 'sessionCreate',
            })),
          );
        problems.push(...(await sweep(mutation, cases)));
      }
      expect(problems).toEqual([]);
    });
  });

  describe('out-of-range numbers, unknown codes and malformed ids', () => {
    /** A change to a mutation's valid input, and the field (after `input`) the userError must name. */
    type BadCase = [label: string, mutation: string, change: () => Record<string, unknown>, field: string[] | null];
    const cases: BadCase[] = [
      ['a percentage of 101', 'observationUpsert', () => ({ ...percentFigure, value: 101 }), ['value']],
      ['a negative count', 'observationUpsert', () => ({ value: -1 }), ['value']],
      ['a fractional count', 'observationUpsert', () => ({ value: 2.5 }), ['value']],
      ['a negative target', 'observationUpsert', () => ({ targetValue: -3 }), ['targetValue']],
      ['an unknown period', 'observationUpsert', () => ({ period: '2099-H1' }), ['period']],
      ['an unknown area', 'observationUpsert', () => ({ areaCode: '999' }), ['areaCode']],
      ['an unknown indicator', 'observationUpsert', () => ({ indicatorCode: 'NO_SUCH_INDICATOR' }), ['indicatorCode']],
      ['an unknown owner unit', 'observationUpsert', () => ({ ownerUnitCode: 'khong-co' }), ['ownerUnitCode']],
      ['a stale version', 'observationUpsert', () => ({ version: 99 }), ['version']],
      ['a period code of no kind', 'reportingPeriodOpen', () => ({ code: '2020-H3' }), ['code']],
      ['a period already open', 'reportingPeriodOpen', () => ({ code: '2020-H1' }), ['code']],
      ['an unknown period', 'reportingPeriodPublish', () => ({ code: '2099-H1' }), ['code']],
      ['a period already published', 'reportingPeriodPublish', () => ({ code: '2020-H1' }), ['code']],
      ['a period not published', 'reportingPeriodUnpublish', () => ({ code: '2031-H1' }), ['code']],
      ['a fine of 0', 'sanctionDecisionRecord', () => ({ fineVnd: 0 }), ['fineVnd']],
      ['a negative fine', 'sanctionDecisionRecord', () => ({ fineVnd: -5 }), ['fineVnd']],
      ['a fractional fine', 'sanctionDecisionRecord', () => ({ fineVnd: 1.5 }), ['fineVnd']],
      ['a malformed inspection id', 'sanctionDecisionRecord', () => ({ inspectionId: 'not-an-id' }), ['inspectionId']],
      ['a negative count of collectives', 'awardRecord', () => ({ recipientKind: 'GROUP', recipientUnitCode: null, collectivesCount: -1, individualsCount: 2 }), ['collectivesCount']],
      ['a year out of range', 'awardRecord', () => ({ coveredFromYear: 1800 }), ['coveredFromYear']],
      ['an unknown period', 'awardRecord', () => ({ period: '2099-H1' }), ['period']],
      ['an unknown unit', 'awardRecord', () => ({ recipientUnitCode: 'khong-co' }), ['recipientUnitCode']],
      ['a malformed award id', 'awardUpdate', () => ({ id: 'bm9wZQ' }), ['id']],
      ['an unknown procedure', 'dossierReceive', () => ({ procedureCode: 'LSN-TTTT-77' }), ['procedureCode']],
      ['a malformed dossier code', 'dossierTransition', () => ({ code: 'LSN-2020' }), ['code']],
      ['a stale version', 'dossierTransition', () => ({ version: 99 }), ['version']],
      ['a step the state machine does not allow', 'dossierTransition', () => ({ to: 'RETURNED' }), ['to']],
      ['an unknown issuing unit', 'licenceIssue', () => ({ issuerUnitCode: 'khong-co' }), ['issuerUnitCode']],
      ['an end of validity before the issue', 'licenceIssue', () => ({ validUntil: '2020-01-01' }), ['validUntil']],
      ['a malformed licence id', 'licenceRevoke', () => ({ id: 'junk' }), ['id']],
      ['a negative version', 'licenceRevoke', () => ({ version: -1 }), ['version']],
      ['an unknown author unit', 'newsArticleCreate', () => ({ authorUnitCode: 'khong-co' }), ['authorUnitCode']],
      ['an unknown related unit', 'newsArticleCreate', () => ({ relatedUnitCodes: ['khong-co'] }), ['relatedUnitCodes']],
      ['an unknown statistics period', 'newsArticleCreate', () => ({ reportsPeriod: '2099-H1' }), ['reportsPeriod']],
      ['an unknown statistics period', 'newsArticleUpdate', () => ({ reportsPeriod: '2099-H1' }), ['reportsPeriod']],
      ['a negative image position', 'newsArticleCreate', () => ({ images: [{ fileName: 'a.jpg', captionVi: 'Ảnh A', position: -1 }] }), ['images', '0', 'position']],
      ['a malformed article id', 'newsArticleUpdate', () => ({ id: 'junk' }), ['id']],
      ['a stale version', 'newsArticlePublish', () => ({ version: 99 }), ['version']],
      ['a malformed article id', 'newsArticleWithdraw', () => ({ id: "' or 1=1 --" }), ['id']],
      ['an unknown lead unit', 'inspectionRecord', () => ({ leadUnitCode: 'khong-co' }), ['leadUnitCode']],
      ['an end before the start', 'inspectionRecord', () => ({ endedOn: '2020-08-01' }), ['endedOn']],
      ['no subjects', 'inspectionRecord', () => ({ subjects: [] }), ['subjects']],
      ['a malformed inspection id', 'inspectionUpdate', () => ({ id: 'junk' }), ['id']],
      ['a conclusion before the start', 'inspectionConclude', () => ({ concludedOn: '2019-01-01', endedOn: null }), ['concludedOn']],
      ['a malformed decision id', 'sanctionDecisionEnforcementUpdate', () => ({ id: 'junk' }), ['id']],
      ['no roles', 'userRolesSet', () => ({ roles: [] }), ['roles']],
      ['a malformed user id', 'userDisable', () => ({ id: 'junk' }), ['id']],
      ['an e-mail already taken', 'userCreate', () => ({ email: testEmail('editor') }), ['email']],
      ['a weak password', 'userCreate', () => ({ password: 'aaaaaaaaaaaa' }), ['password']],
      ['a malformed user id', 'userEnable', () => ({ id: 'junk' }), ['id']],
      ['a stale version', 'userPasswordReset', () => ({ version: 99 }), ['version']],
      ['a wrong current password', 'viewerPasswordChange', () => ({ currentPassword: 'not my password' }), ['currentPassword']],
      ['a weak new password', 'viewerPasswordChange', () => ({ newPassword: 'aaaaaaaaaaaa' }), ['newPassword']],
      ['a code no admin gave', 'passwordResetComplete', () => ({}), ['code']],
      ['a malformed code', 'passwordResetComplete', () => ({ code: 'abc' }), ['code']],
      ['a weak new password', 'passwordResetComplete', () => ({ newPassword: 'aaaaaaaaaaaa' }), ['newPassword']],
      ['a session nobody has', 'sessionEnd', () => ({ id: toGlobalId('Session', randomUUID()) }), ['id']],
    ];

    it.each(cases)('%s in %s is a clear userError on that field, and writes nothing', async (label, mutation, change, field) => {
      const input = { ...(validInputs[mutation] as Record<string, unknown>), ...change() };
      const problems = await sweep(mutation, [{ label, input, ...(field ? { expectedField: ['input', ...field], idLike: field[0] === 'id' } : {}) }]);
      expect(problems).toEqual([]);
    });
  });

  describe('free text', () => {
    const evilBody = '<p>Nội dung</p><script>alert(1)</script><img src=x onerror=alert(1)><p onmouseover="x()">Hết</p>';
    const unsafe = /<script|onerror\s*=|onmouseover/i;

    it('stores SQL and HTML typed as text as plain data, and never serves a script or an event handler in a news body', async () => {
      const untouched = tables.filter((table) => !table.startsWith('news_') && table !== 'audit_log');
      const before = await rowCounts();
      const article = { ...(validInputs['newsArticleCreate'] as Record<string, unknown>), title: SQL_INJECTIONS[0], authorName: HTML_INJECTIONS[0], bodyHtml: evilBody };
      const { body } = await gateway.graphql(
        'mutation ($input: NewsArticleCreateInput!) { newsArticleCreate(input: $input) { newsArticle { id version slug title summary bodyHtml } userErrors { field message code } } }',
        { input: article },
        headers.editor,
      );
      const created = body.data?.['newsArticleCreate'] as { newsArticle: Record<string, string>; userErrors: unknown[] };
      expect(created.userErrors).toEqual([]);
      expect(created.newsArticle['title']).toBe(SQL_INJECTIONS[0]);
      expect(created.newsArticle['bodyHtml']).toContain('<p>Nội dung</p>');
      expect(created.newsArticle['bodyHtml']).not.toMatch(unsafe);

      const updated = await gateway.graphql(
        'mutation ($input: NewsArticleUpdateInput!) { newsArticleUpdate(input: $input) { newsArticle { bodyHtml } userErrors { field message code } } }',
        { input: { ...article, id: created.newsArticle['id'], version: created.newsArticle['version'], bodyHtml: `${evilBody}<svg onload=alert(1)>` } },
        headers.editor,
      );
      expect(updated.body.data?.['newsArticleUpdate']).toMatchObject({ userErrors: [] });
      expect(JSON.stringify(updated.body.data)).not.toMatch(/<script|onerror\s*=|onload|onmouseover/i);
      const read = await gateway.graphql('query ($slug: String!) { newsArticle(slug: $slug) { bodyHtml } }', { slug: created.newsArticle['slug'] }, headers.editor);
      expect((read.body.data?.['newsArticle'] as { bodyHtml: string }).bodyHtml).not.toMatch(unsafe);

      // The text did nothing but be text: every other table is as it was.
      const after = await rowCounts();
      for (const table of untouched) expect(after[table], table).toBe(before[table]);
      expect(after['news_articles']).toBe((before['news_articles'] ?? 0) + 1);
      baseline = after;
    });
  });

  describe('filters of the public queries', () => {
    const longSearch = 'x'.repeat(201);
    /**
     * Each filter with wrong input. `refused`: a validation (HTTP 400) or BAD_USER_INPUT error;
     * a filter code that names no period, area, indicator or unit is refused too, naming the code.
     * `nothing`: a lookup by a key no record has answers null, a search that matches nothing an
     * empty page — as in GitHub's API — and so does an awards period without awards (an award's
     * period is any half, quarter or year of the calendar, not a record that may be missing).
     */
    const cases: Array<[label: string, query: string, expected: 'refused' | 'nothing']> = [
      ['page size 0', '{ units(first: 0) { totalCount } }', 'refused'],
      ['page size 101', '{ procedures(first: 101) { totalCount } }', 'refused'],
      ['a negative last', '{ licences(last: -1) { totalCount } }', 'refused'],
      ['first and last together', '{ awards(first: 5, last: 5) { totalCount } }', 'refused'],
      ['a page size that is not a number', '{ units(first: "ten") { totalCount } }', 'refused'],
      ['a malformed after cursor', '{ newsArticles(after: "nope") { totalCount } }', 'refused'],
      ['an SQL before cursor', `{ inspections(before: "' or 1=1 --") { totalCount } }`, 'refused'],
      ['an HTML cursor', '{ sanctionDecisions(after: "<script>alert(1)</script>") { totalCount } }', 'refused'],
      ['an oversize cursor', `{ observations(after: "${'A'.repeat(10_000)}") { totalCount } }`, 'refused'],
      ['an unknown unit kind', '{ units(filter: { kind: SHOP }) { totalCount } }', 'refused'],
      ['an SQL parent unit', `{ units(filter: { parentCode: "'; drop table units; --" }) { totalCount } }`, 'refused'],
      ['an unknown parent unit', '{ units(filter: { parentCode: "khong-co" }) { totalCount } }', 'refused'],
      ['an unknown area of units', '{ units(filter: { areaCode: "999" }) { totalCount } }', 'refused'],
      ['an oversize unit search', `{ unitSearch(query: "${longSearch}") { totalCount } }`, 'refused'],
      ['a 10 000-character unit search', `{ unitSearch(query: "${OVERSIZE}") { totalCount } }`, 'refused'],
      ['an SQL unit search', `{ unitSearch(query: "1 or 1=1") { totalCount } }`, 'nothing'],
      ['an HTML unit code', '{ unit(code: "<img src=x onerror=alert(1)>") { code } }', 'nothing'],
      ['an SQL area code', `{ area(code: "'; drop table units; --") { code } }`, 'nothing'],
      ['an SQL province of districts', `{ districts(provinceCode: "1 or 1=1") { code } }`, 'nothing'],
      ['a day that does not exist', '{ districts(validOn: "2020-02-30") { code } }', 'refused'],
      ['an unknown procedure field', '{ procedures(filter: { field: COOKING }) { totalCount } }', 'refused'],
      ['an oversize procedure search', `{ procedureSearch(query: "${longSearch}") { totalCount } }`, 'refused'],
      ['an HTML procedure search', '{ procedureSearch(query: "<script>alert(1)</script>") { totalCount } }', 'nothing'],
      ['an oversize procedure code', `{ procedure(code: "${OVERSIZE}") { code } }`, 'refused'],
      ['an unknown procedure code', '{ procedure(code: "LSN-TTTT-77") { code } }', 'nothing'],
      ['an SQL dossier code', `{ dossierLookup(code: "'; drop table units; --") { code } }`, 'nothing'],
      ['an unknown licence type', '{ licences(filter: { type: DRIVING }) { totalCount } }', 'refused'],
      ['an oversize holder search', `{ licences(filter: { holder: "${longSearch}" }) { totalCount } }`, 'refused'],
      ['a holder that is not text', '{ licences(filter: { holder: 42 }) { totalCount } }', 'refused'],
      ['a malformed licence id', '{ licence(id: "junk") { number } }', 'nothing'],
      ['an unknown period', '{ reportingPeriod(code: "2099-H9") { code } }', 'nothing'],
      ['an SQL indicator code', `{ indicator(code: "1 or 1=1") { code } }`, 'nothing'],
      ['an unknown indicator field', '{ indicators(filter: { field: SPORTS }) { totalCount } }', 'refused'],
      ['an oversize indicator search', `{ indicators(filter: { query: "${longSearch}" }) { totalCount } }`, 'refused'],
      ['a malformed period of figures', '{ observations(filter: { period: "2099-H9" }) { totalCount } }', 'refused'],
      ['an unknown period of figures', '{ observations(filter: { period: "2099-H1" }) { totalCount } }', 'refused'],
      ['an unknown area of figures', '{ observations(filter: { areaCode: "999" }) { totalCount } }', 'refused'],
      ['an unknown indicator of figures', '{ observations(filter: { indicatorCode: "NO_SUCH" }) { totalCount } }', 'refused'],
      ['an unknown owner unit of figures', '{ observations(filter: { ownerUnitCode: "khong-co" }) { totalCount } }', 'refused'],
      ['an SQL owner unit of figures', `{ observations(filter: { ownerUnitCode: "'; drop table units; --" }) { totalCount } }`, 'refused'],
      ['a malformed period of the consistency checks', '{ consistencyChecks(period: "2099-H9") { areaCode } }', 'refused'],
      ['an unknown period of the consistency checks', '{ consistencyChecks(period: "2099-H1") { ratios { factId } } }', 'refused'],
      ['an unknown area of the consistency checks', '{ consistencyChecks(period: "2020-H1", areaCode: "999") { ratios { factId } } }', 'refused'],
      ['an unknown period of the dashboard', '{ statisticsDashboard(period: "2099-H1") { areaCode } }', 'refused'],
      ['an HTML period of the dashboard', '{ statisticsDashboard(period: "<script>alert(1)</script>") { __typename } }', 'refused'],
      ['an unknown area of the dashboard', '{ statisticsDashboard(period: "2020-H1", areaCode: "999") { area { code } } }', 'refused'],
      ['a malformed award id', '{ award(id: "junk") { id } }', 'nothing'],
      ['an unknown award level', '{ awards(filter: { level: GALACTIC }) { totalCount } }', 'refused'],
      ['a malformed period of awards', '{ awards(filter: { period: "2099-H9" }) { totalCount } }', 'refused'],
      ['an unknown period of awards', '{ awards(filter: { period: "2099-H1" }) { totalCount } }', 'nothing'],
      ['an SQL unit of awards', `{ awards(filter: { recipientUnitCode: "'; drop table units; --" }) { totalCount } }`, 'refused'],
      ['an unknown unit of awards', '{ awards(filter: { recipientUnitCode: "khong-co" }) { totalCount } }', 'refused'],
      ['an oversize award search', `{ awards(filter: { query: "${longSearch}" }) { totalCount } }`, 'refused'],
      ['page size 101 of news', '{ newsArticles(first: 101) { totalCount } }', 'refused'],
      ['an oversize slug', `{ newsArticle(slug: "${longSearch}") { title } }`, 'refused'],
      ['an HTML slug', '{ newsArticle(slug: "<script>alert(1)</script>") { title } }', 'nothing'],
      ['an oversize news search', `{ newsSearch(query: "${longSearch}") { totalCount } }`, 'refused'],
      ['an SQL news search', `{ newsSearch(query: "'; drop table units; --") { totalCount } }`, 'nothing'],
      ['a day that does not exist in inspections', '{ inspections(filter: { from: "2020-02-30" }) { totalCount } }', 'refused'],
      ['an unknown inspection field', '{ inspections(filter: { field: SPORTS }) { totalCount } }', 'refused'],
      ['an unknown enforcement status', '{ sanctionDecisions(filter: { enforcementStatus: FORGIVEN }) { totalCount } }', 'refused'],
      ['totals over a range that ends before it begins', '{ inspectionTotals(from: "2020-12-31", to: "2020-01-01") { consistent } }', 'refused'],
      ['a negative reported count', '{ inspectionTotals(from: "2020-01-01", to: "2020-06-30", reported: { inspections: -1 }) { consistent } }', 'refused'],
      ['a fractional reported count', '{ inspectionTotals(from: "2020-01-01", to: "2020-06-30", reported: { checks: 1.5 }) { consistent } }', 'refused'],
      ['a negative reported fine', '{ inspectionTotals(from: "2020-01-01", to: "2020-06-30", reported: { finesVnd: -1 }) { consistent } }', 'refused'],
      ['an SQL global id', `{ node(id: "'; drop table units; --") { id } }`, 'nothing'],
      ['a global id of no type', '{ node(id: "bm9wZTo0Mg") { id } }', 'nothing'],
      ['too many ids at once', `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"${i}"`).join(',')}]) { id } }`, 'refused'],
    ];

    beforeAll(async () => {
      baseline = await rowCounts();
    });

    it.each(cases)('%s: %s', async (label, query, expected) => {
      const { status, body } = await gateway.graphql(query, {}, headers.anonymous);
      if (expected === 'refused') {
        expect(body.errors?.length, JSON.stringify(body).slice(0, 300)).toBeGreaterThan(0);
        expect(refusalProblems(status, body)).toEqual([]);
      } else {
        expect(status).toBe(200);
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        const answer = Object.values(body.data ?? {})[0];
        expect(isNothing(answer), `${label}: ${JSON.stringify(answer)}`).toBe(true);
      }
      expect(await rowCounts()).toEqual(baseline);
    });

    it.each([
      ['{ observations(filter: { period: "2099-H1" }) { totalCount } }', 'period', '2099-H1'],
      ['{ observations(filter: { areaCode: "999" }) { totalCount } }', 'areaCode', '999'],
      ['{ observations(filter: { indicatorCode: "NO_SUCH" }) { totalCount } }', 'indicatorCode', 'NO_SUCH'],
      ['{ observations(filter: { ownerUnitCode: "khong-co" }) { totalCount } }', 'ownerUnitCode', 'khong-co'],
      ['{ consistencyChecks(period: "2099-H1") { areaCode } }', 'period', '2099-H1'],
      ['{ consistencyChecks(period: "2020-H1", areaCode: "999") { areaCode } }', 'areaCode', '999'],
      ['{ statisticsDashboard(period: "2099-H1") { areaCode } }', 'period', '2099-H1'],
      ['{ statisticsDashboard(period: "2020-H1", areaCode: "999") { areaCode } }', 'areaCode', '999'],
      ['{ units(filter: { parentCode: "khong-co" }) { totalCount } }', 'parentCode', 'khong-co'],
      ['{ units(filter: { areaCode: "999" }) { totalCount } }', 'areaCode', '999'],
      ['{ awards(filter: { recipientUnitCode: "khong-co" }) { totalCount } }', 'recipientUnitCode', 'khong-co'],
    ])('names the argument and the unknown code: %s', async (query, argument, code) => {
      const { status, body } = await gateway.graphql(query, {}, headers.anonymous);
      expect(status).toBe(200);
      // No answer beside the error: data is null, or the one nullable field asked for is.
      expect(body.data === null || Object.values(body.data ?? {}).every((answer) => answer === null), JSON.stringify(body)).toBe(true);
      expect(body.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['argument']])).toEqual([['BAD_USER_INPUT', argument]]);
      expect(body.errors?.[0]?.message).toContain(`"${code}"`);
    });

    it('refuses wrong input to the staff-only lists the same way, for a signed-in admin', async () => {
      for (const query of ['{ users(first: 0) { totalCount } }', '{ dossiers(after: "nope") { totalCount } }', '{ dossiers(filter: { state: LOST }) { totalCount } }', '{ observationHistory(id: "junk") { action } }']) {
        const { status, body } = await gateway.graphql(query, {}, headers.admin);
        expect(body.errors?.length, query).toBeGreaterThan(0);
        expect(refusalProblems(status, body), query).toEqual([]);
      }
      expect(await rowCounts()).toEqual(baseline);
    });
  });
});
