/**
 * The role matrix of issue 3: every mutation the gateway serves, called by each role and by an
 * anonymous caller, over HTTP. A refused call is a FORBIDDEN user error and writes nothing; an
 * allowed call gets past the role check (its valid input then makes it succeed and audit).
 */
import type { Role } from '@egov/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLBody, type RunningGateway } from './test-gateway';
import { callers, signIn, testEmail, signInEveryRole, TEST_PASSWORD, type Caller, type CallerHeaders } from './test-users';

/** Everyone may sign in and out. */
const EVERYONE: readonly Caller[] = callers;
/** Every signed-in staff member: their own sessions and password. */
const STAFF: readonly Caller[] = callers.filter((caller) => caller !== 'anonymous');

/**
 * Who may call each mutation: the expected table. Admins may do anything; the other roles their
 * own domain. A mutation the gateway serves that this table does not list fails the run.
 */
const ALLOWED: Record<string, readonly Caller[]> = {
  sessionCreate: EVERYONE,
  sessionDelete: EVERYONE,
  userCreate: ['admin'],
  userRolesSet: ['admin'],
  userDisable: ['admin'],
  userEnable: ['admin'],
  userPasswordReset: ['admin'],
  passwordResetComplete: EVERYONE,
  viewerPasswordChange: STAFF,
  sessionEnd: STAFF,
  sessionEndOthers: STAFF,
  newsArticleCreate: ['admin', 'editor'],
  newsArticleUpdate: ['admin', 'editor'],
  newsArticlePublish: ['admin', 'editor'],
  newsArticleWithdraw: ['admin', 'editor'],
  observationUpsert: ['admin', 'statistician'],
  reportingPeriodOpen: ['admin', 'statistician'],
  reportingPeriodPublish: ['admin', 'statistician'],
  reportingPeriodUnpublish: ['admin', 'statistician'],
  licenceIssue: ['admin', 'licensing_officer'],
  licenceRevoke: ['admin', 'licensing_officer'],
  dossierReceive: ['admin', 'licensing_officer'],
  dossierTransition: ['admin', 'licensing_officer'],
  inspectionRecord: ['admin', 'inspector'],
  inspectionUpdate: ['admin', 'inspector'],
  inspectionConclude: ['admin', 'inspector'],
  sanctionDecisionRecord: ['admin', 'inspector'],
  sanctionDecisionEnforcementUpdate: ['admin', 'inspector'],
  awardRecord: ['admin'],
  awardUpdate: ['admin'],
};

/** What the cases build their input with: admin calls for the records they act on, and unique numbers. */
interface Fixtures {
  /** Runs a mutation as admin, expects it to succeed, and returns the named object of its payload. */
  create(mutation: string, input: Record<string, unknown>, selection: string): Promise<Record<string, unknown>>;
  /** A number no other call of this run has used: keeps e-mails, titles and decision numbers unique. */
  unique(): number;
  /** A procedure that takes dossiers online. */
  procedureCode: string;
  /** An observation to correct: its key and the value it holds. */
  observation: { indicatorCode: string; period: string; areaCode: string; value: number };
  headers: CallerHeaders;
  gateway: RunningGateway;
}

interface MutationCase {
  /** A valid input for one call: each call gets its own, so an allowed call can succeed. */
  variables?(fixtures: Fixtures, caller: Caller): Promise<Record<string, unknown>>;
  /** The headers of the call when the caller's own session would not do (signing out ends it). */
  headers?(caller: Caller, fixtures: Fixtures): Promise<Record<string, string>>;
  /** Whether an allowed call by this caller writes an audit row (signing out nobody writes nothing). */
  writes?(caller: Caller): boolean;
}

const applicant = { fullName: 'Hoàng Thị Lan', idNumber: '020187001234', phone: '0912345678', address: 'Số 8 đường Lê Lợi, thành phố Lạng Sơn' };
const article = (n: number) => ({ title: `Tin kiểm thử quyền số ${n}`, bodyHtml: `<p>Nội dung ${n}.</p>`, authorName: 'Văn phòng Sở', authorUnitCode: 'so-tttt' });
const licence = (n: number) => ({ type: 'BULLETIN_PUBLISHING', number: `${n}/GP-STTTT`, holderName: 'Hội Cựu chiến binh tỉnh', subjectVi: 'Bản tin Cựu chiến binh', issuedOn: '2021-03-01' });
const inspection = (n: number) => ({
  decisionNumber: `${n}/QĐ-TTr`,
  kind: 'AD_HOC',
  activity: 'INSPECTION',
  field: 'TELECOM',
  subjects: [{ name: 'Công ty Viễn thông Z', kind: 'ORGANISATION' }],
  startedOn: '2020-09-01',
  status: 'IN_PROGRESS',
  leadUnitCode: 'thanh-tra-so',
});
const decision = (n: number) => ({
  number: `${n}/QĐ-XPVPHC`,
  issuedOn: '2020-09-20',
  standaloneReason: 'Phát hiện qua giám sát trên mạng',
  field: 'INTERNET',
  violatorName: 'Công ty Viễn thông Z',
  violatorKind: 'ORGANISATION',
  violations: [{ descriptionVi: 'Không lưu trữ thông tin thuê bao', legalArticle: 'Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 25_000_000,
});
const award = (n: number) => ({
  kind: 'CERTIFICATE_OF_MERIT',
  conferredBy: 'PROVINCIAL_CHAIRMAN',
  level: 'PROVINCIAL',
  recipientKind: 'COLLECTIVE',
  recipientUnitCode: 'so-tttt',
  reasonVi: `Hoàn thành xuất sắc nhiệm vụ (kiểm thử ${n})`,
  conferredOn: '2020-02-03',
  period: '2020-H1',
});
/** A month no other call of the run names (2030-01, 2030-02…): each call opens a period of its own. */
const periodCode = (n: number) => `${2030 + Math.floor((n - 1000) / 12)}-${String(((n - 1000) % 12) + 1).padStart(2, '0')}`;
const newUser = (n: number) => ({ email: `staff-${n}@test.langson.gov.vn`, displayName: `Cán bộ ${n}`, password: TEST_PASSWORD, roles: ['EDITOR'] });

/** `{ id version }` of a record, as the next mutation names it. */
const idAndVersion = (record: Record<string, unknown>) => ({ id: record['id'], version: record['version'] });

/** How to call each mutation with a valid input. */
const CASES: Record<string, MutationCase> = {
  sessionCreate: { variables: async () => ({ input: { email: testEmail('editor'), password: TEST_PASSWORD } }) },
  sessionDelete: {
    // A session of its own for each call, so the caller's main session survives the sign-out.
    headers: async (caller, f) => (caller === 'anonymous' ? {} : signIn(f.gateway, testEmail(caller))),
    writes: (caller) => caller !== 'anonymous',
  },
  userCreate: { variables: async (f) => ({ input: newUser(f.unique()) }) },
  userRolesSet: {
    variables: async (f) => ({ input: { ...idAndVersion(await f.create('userCreate', newUser(f.unique()), 'user { id version }')), roles: ['INSPECTOR'] } }),
  },
  userDisable: { variables: async (f) => ({ input: idAndVersion(await f.create('userCreate', newUser(f.unique()), 'user { id version }')) }) },
  userEnable: {
    variables: async (f) => {
      const made = await f.create('userCreate', newUser(f.unique()), 'user { id version }');
      return { input: idAndVersion(await f.create('userDisable', idAndVersion(made), 'user { id version }')) };
    },
  },
  userPasswordReset: { variables: async (f) => ({ input: idAndVersion(await f.create('userCreate', newUser(f.unique()), 'user { id version }')) }) },
  passwordResetComplete: {
    variables: async (f) => {
      const person = newUser(f.unique());
      const made = await f.create('userCreate', person, 'user { id version }');
      const code = (await f.create('userPasswordReset', idAndVersion(made), 'code')) as unknown as string;
      return { input: { email: person.email, code, newPassword: 'Mùa hoa đào nở 2025' } };
    },
  },
  viewerPasswordChange: {
    variables: async () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: 'Mùa hoa đào nở 2025' } }),
    // An account of the caller's role of its own, since the change ends every session of the account.
    headers: async (caller, f) => {
      if (caller === 'anonymous') return {};
      const person = { ...newUser(f.unique()), roles: [caller.toUpperCase()] };
      await f.create('userCreate', person, 'user { id }');
      return signIn(f.gateway, person.email);
    },
  },
  sessionEnd: {
    // A second session of the caller's own account (the editor's for an anonymous caller), to end.
    variables: async (f, caller) => {
      const other = await signIn(f.gateway, testEmail(caller === 'anonymous' ? 'editor' : caller));
      const { body } = await f.gateway.graphql('{ viewerSessions { id current } }', {}, other);
      const sessions = body.data?.['viewerSessions'] as Array<{ id: string; current: boolean }>;
      return { input: { id: sessions.find((session) => session.current)?.id } };
    },
  },
  sessionEndOthers: {
    // A second session for the call to end; the caller's main session is the one kept.
    headers: async (caller, f) => {
      if (caller === 'anonymous') return {};
      await signIn(f.gateway, testEmail(caller));
      return f.headers[caller];
    },
  },
  newsArticleCreate: { variables: async (f) => ({ input: article(f.unique()) }) },
  newsArticleUpdate: {
    variables: async (f) => {
      const n = f.unique();
      const draft = await f.create('newsArticleCreate', article(n), 'newsArticle { id version }');
      return { input: { ...idAndVersion(draft), ...article(n), summary: 'Tóm tắt đã sửa' } };
    },
  },
  newsArticlePublish: { variables: async (f) => ({ input: idAndVersion(await f.create('newsArticleCreate', article(f.unique()), 'newsArticle { id version }')) }) },
  newsArticleWithdraw: {
    variables: async (f) => {
      const draft = await f.create('newsArticleCreate', article(f.unique()), 'newsArticle { id version }');
      const published = await f.create('newsArticlePublish', idAndVersion(draft), 'newsArticle { id version }');
      return { input: { ...idAndVersion(published), reason: 'Trùng tin' } };
    },
  },
  observationUpsert: {
    // A correction naming the version read, so every allowed call can succeed on the same figure.
    variables: async (f) => {
      const { indicatorCode, period, areaCode, value } = f.observation;
      const { body } = await f.gateway.graphql(
        'query ($filter: ObservationFilter) { observations(filter: $filter) { nodes { version } } }',
        { filter: { indicatorCode, period, areaCode } },
      );
      const version = (body.data?.['observations'] as { nodes: Array<{ version: number }> }).nodes[0]?.version;
      return { input: { indicatorCode, period, areaCode, value, sourceQuote: 'theo báo cáo sơ kết 6 tháng', version } };
    },
  },
  reportingPeriodOpen: { variables: async (f) => ({ input: { code: periodCode(f.unique()) } }) },
  reportingPeriodPublish: {
    variables: async (f) => ({ input: await f.create('reportingPeriodOpen', { code: periodCode(f.unique()) }, 'reportingPeriod { code }') }),
  },
  reportingPeriodUnpublish: {
    variables: async (f) => {
      const opened = await f.create('reportingPeriodOpen', { code: periodCode(f.unique()) }, 'reportingPeriod { code }');
      return { input: await f.create('reportingPeriodPublish', opened, 'reportingPeriod { code }') };
    },
  },
  licenceIssue: { variables: async (f) => ({ input: licence(f.unique()) }) },
  licenceRevoke: {
    variables: async (f) => ({
      input: { ...idAndVersion(await f.create('licenceIssue', licence(f.unique()), 'licence { id version }')), revokedOn: '2021-05-01', reason: 'Đơn vị đề nghị thu hồi' },
    }),
  },
  dossierReceive: { variables: async (f) => ({ input: { procedureCode: f.procedureCode, channel: 'ONLINE', applicant } }) },
  dossierTransition: {
    variables: async (f) => {
      const dossier = await f.create('dossierReceive', { procedureCode: f.procedureCode, channel: 'ONLINE', applicant }, 'dossier { code version }');
      return { input: { code: dossier['code'], version: dossier['version'], to: 'RECEIVED' } };
    },
  },
  inspectionRecord: { variables: async (f) => ({ input: inspection(f.unique()) }) },
  inspectionUpdate: {
    variables: async (f) => {
      const n = f.unique();
      const recorded = await f.create('inspectionRecord', inspection(n), 'inspection { id version }');
      return { input: { ...idAndVersion(recorded), ...inspection(n), endedOn: '2020-09-15' } };
    },
  },
  inspectionConclude: {
    variables: async (f) => ({
      input: {
        ...idAndVersion(await f.create('inspectionRecord', inspection(f.unique()), 'inspection { id version }')),
        conclusionVi: 'Doanh nghiệp vi phạm quy định về thông tin thuê bao.',
        concludedOn: '2020-09-18',
      },
    }),
  },
  sanctionDecisionRecord: { variables: async (f) => ({ input: decision(f.unique()) }) },
  sanctionDecisionEnforcementUpdate: {
    variables: async (f) => ({
      input: { ...idAndVersion(await f.create('sanctionDecisionRecord', decision(f.unique()), 'sanctionDecision { id version }')), enforcementStatus: 'PAID' },
    }),
  },
  awardRecord: { variables: async (f) => ({ input: award(f.unique()) }) },
  awardUpdate: {
    variables: async (f) => {
      const n = f.unique();
      const recorded = await f.create('awardRecord', award(n), 'award { id version }');
      return { input: { ...idAndVersion(recorded), ...award(n), reasonEn: 'Excellent completion of duties' } };
    },
  },
};

/** `mutation ($input: XInput!) { x(input: $input) { … } }`, or without input for a mutation that takes none. */
function mutationDocument(name: string, selection: string, takesInput: boolean): string {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  return takesInput
    ? `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`
    : `mutation { ${name} { ${selection} } }`;
}

interface UserErrorEntry {
  field: string[];
  message: string;
  code: string;
}

/** What one call came to, as the matrix compares it. */
interface Outcome {
  caller: Caller;
  outcome: 'allowed' | 'refused';
  /** Audit rows the call wrote: none when refused, some when an allowed call succeeded. */
  auditRows: 'none' | 'some';
  /** The userErrors other than FORBIDDEN: none expected, since every input is valid. */
  otherErrors: string[];
}

const expectedOutcome = (mutation: string, caller: Caller): Outcome => {
  const allowed = ALLOWED[mutation]?.includes(caller) ?? false;
  const writes = CASES[mutation]?.writes?.(caller) ?? true;
  return { caller, outcome: allowed ? 'allowed' : 'refused', auditRows: allowed && writes ? 'some' : 'none', otherErrors: [] };
};

describe('role matrix: each role × each mutation, over HTTP', () => {
  let gateway: RunningGateway;
  let fixtures: Fixtures;

  const auditRows = async () => (await gateway.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n ?? 0;

  beforeAll(async () => {
    gateway = await startTestGateway();
    const headers = await signInEveryRole(gateway);
    let counter = 1000;

    const { body: procedures } = await gateway.graphql('{ procedures(first: 100) { nodes { code channels { channel } } } }');
    const procedureCode = (procedures.data?.['procedures'] as { nodes: Array<{ code: string; channels: Array<{ channel: string }> }> }).nodes.find((p) =>
      p.channels.some((c) => c.channel === 'ONLINE'),
    )?.code;
    const { body: observations } = await gateway.graphql('{ observations(first: 1, filter: { period: "2020-H1", areaCode: "20" }) { nodes { value indicator { code } } } }');
    const observation = (observations.data?.['observations'] as { nodes: Array<{ value: number; indicator: { code: string } }> }).nodes[0];
    if (!procedureCode || !observation) throw new Error('The first data set lacks an online procedure or a 2020-H1 figure');

    fixtures = {
      gateway,
      headers,
      procedureCode,
      observation: { indicatorCode: observation.indicator.code, period: '2020-H1', areaCode: '20', value: observation.value },
      unique: () => (counter += 1),
      async create(mutation, input, selection) {
        const { body } = await gateway.graphql(mutationDocument(mutation, `${selection} userErrors { field message code }`, true), { input }, headers.admin);
        const payload = body.data?.[mutation] as Record<string, unknown> & { userErrors: UserErrorEntry[] } | undefined;
        if (!payload || payload.userErrors.length) throw new Error(`Fixture ${mutation} failed: ${JSON.stringify(body)}`);
        const objectField = selection.split(' ')[0] as string;
        return payload[objectField] as Record<string, unknown>;
      },
    };
  });
  afterAll(() => gateway?.stop());

  it('has an expected row for every mutation the gateway serves, and no row for one it does not', async () => {
    const { body } = await gateway.graphql('{ __schema { mutationType { fields { name } } } }');
    const served = (body.data?.['__schema'] as { mutationType: { fields: Array<{ name: string }> } }).mutationType.fields.map((f) => f.name);
    expect(served.length).toBeGreaterThan(0);
    expect([...served].sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('lets admins do anything and every role only its own mutations', () => {
    // The table itself keeps the issue's rules, so a careless edit of a row shows here too.
    for (const [mutation, allowed] of Object.entries(ALLOWED)) {
      expect(allowed, mutation).toContain('admin');
      if (allowed !== EVERYONE) expect(allowed, mutation).not.toContain('anonymous');
    }
  });

  describe.each(Object.keys(ALLOWED))('%s', (mutation) => {
    it(`is allowed to ${ALLOWED[mutation]?.join(', ')} and refused with FORBIDDEN, writing nothing, to everyone else`, async () => {
      const testCase = CASES[mutation] as MutationCase;
      const takesInput = testCase.variables !== undefined;
      const document = mutationDocument(mutation, 'userErrors { field message code }', takesInput);
      const outcomes: Outcome[] = [];
      for (const caller of callers) {
        const variables = testCase.variables ? await testCase.variables(fixtures, caller) : undefined;
        const headers = testCase.headers ? await testCase.headers(caller, fixtures) : fixtures.headers[caller];
        const before = await auditRows();
        const { status, body } = await gateway.graphql(document, variables, headers);
        const written = (await auditRows()) - before;

        expect(status, `${mutation} by ${caller}`).toBe(200);
        const errors = (body as GraphQLBody).errors ?? [];
        expect(errors.filter((e) => e.extensions?.['code'] !== 'FORBIDDEN'), `${mutation} by ${caller}`).toEqual([]);
        const userErrors = ((body.data?.[mutation] as { userErrors?: UserErrorEntry[] } | null)?.userErrors ?? []) as UserErrorEntry[];
        const forbidden = userErrors.filter((e) => e.code === 'FORBIDDEN');
        const refused = forbidden.length > 0 || errors.length > 0;
        if (refused) {
          // A refusal says why, and points at no input field: the input was not at fault.
          for (const error of [...forbidden, ...errors]) expect(error.message.length, `${mutation} by ${caller}`).toBeGreaterThan(0);
          for (const error of forbidden) expect(error.field).toEqual([]);
        }
        outcomes.push({
          caller,
          outcome: refused ? 'refused' : 'allowed',
          auditRows: written === 0 ? 'none' : 'some',
          otherErrors: userErrors.filter((e) => e.code !== 'FORBIDDEN').map((e) => `${e.code} ${e.field.join('.')}: ${e.message}`),
        });
      }
      expect(outcomes).toEqual(callers.map((caller) => expectedOutcome(mutation, caller)));
    });
  });

  it('keeps every signed-in role signed in after the matrix (sign-outs ended only their own sessions)', async () => {
    for (const role of callers.filter((c): c is Role => c !== 'anonymous')) {
      const { body } = await gateway.graphql('{ viewer { email } }', {}, fixtures.headers[role]);
      expect(body.data?.['viewer']).toEqual({ email: testEmail(role) });
    }
  });
});
