import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Viewer } from '@egov/graphql';
import type { LicenceInput } from '@egov/licences-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licencesGraphQLModule } from './module';
import { createLicencesRepository, type LicencesRepository } from '../licences-repository';
import { licencesMigrations } from '../migrations';

const officer: Viewer = { userId: 'u-officer', roles: ['licensing_officer'] };
const admin: Viewer = { userId: 'u-admin', roles: ['admin'] };
const editor: Viewer = { userId: 'u-editor', roles: ['editor'] };
const inspector: Viewer = { userId: 'u-inspector', roles: ['inspector'] };

/** Made-up register entries: the report gives only counts, never individual licences. */
const licence = (number: string, extra: Partial<LicenceInput> = {}): LicenceInput => ({
  type: 'bulletin_publishing',
  number,
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: 'Số 3 đường Hùng Vương, thành phố Lạng Sơn',
  subjectVi: 'Bản tin Nông dân Lạng Sơn',
  issuedOn: '2020-03-10',
  validFrom: '2020-03-10',
  validUntil: '2020-12-31',
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: true,
  ...extra,
});

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const injections = ["' or 1=1 --", "'; drop table licences; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

describe.each(testBackends)('licences GraphQL on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let repository: LicencesRepository;
  let statements = 0;
  let counting = false;

  const run = async (source: string, viewer: Viewer | null = null, variableValues?: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(await graphql({ schema, source, variableValues, contextValue: createRequestContext(viewer, 'test') }))) as {
      data?: Data | null;
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
  const writes = async () =>
    db.query<{ audit: number; licences: number }>(
      'select (select count(*)::int from audit_log) as audit, (select count(*)::int from licences) as licences',
    );
  const numbers = async (filter: string, variables?: Record<string, unknown>) => {
    const declared = filter.includes('$holder') ? '($holder: String)' : '';
    const result = await run(`query${declared} { licences(filter: ${filter}) { nodes { number } } }`, null, variables);
    expect(result.errors).toBeUndefined();
    return (result.data?.['licences'].nodes as Array<{ number: string }>).map((l) => l.number);
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...licencesMigrations], {
      onQuery: () => {
        if (counting) statements += 1;
      },
    });
    const who = { actor: 'seed' };
    const units = createUnitsRepository(db);
    for (const [code, nameVi] of [
      ['so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn'],
      ['ubnd-tp', 'UBND thành phố Lạng Sơn'],
    ] as const) {
      await units.create(
        { code, kind: 'department', nameVi, nameEn: nameVi, parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
        who,
      );
    }
    repository = createLicencesRepository(db);
    await repository.issue(licence('01/GP-STTTT'), who);
    await repository.issue(
      licence('02/GP-STTTT', { holderName: 'Đoàn Thanh niên tỉnh', subjectVi: 'Bản tin Tuổi trẻ xứ Lạng', issuedOn: '2020-05-04', validFrom: '2020-05-04', validUntil: null }),
      who,
    );
    await repository.issue(
      licence('15/GP-STTTT', {
        type: 'non_commercial_publication',
        holderName: 'Sở Y tế tỉnh Lạng Sơn',
        subjectVi: 'Cẩm nang phòng chống dịch Covid-19',
        issuedOn: '2020-04-20',
        validFrom: '2020-04-20',
        isSample: false,
      }),
      who,
    );
    await repository.issue(
      licence('01/GCN-STTTT', {
        type: 'game_service_point_certificate',
        holderName: 'Hộ kinh doanh Hoàng Văn Đức',
        subjectVi: 'Số 12 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn',
        issuedOn: '2019-07-01',
        validFrom: '2019-07-01',
        validUntil: '2022-06-30',
        issuerUnitCode: 'ubnd-tp',
      }),
      who,
    );
    const repos = { licences: repository, units, districts: createDistrictsRepository(db) };
    // Statuses are judged on 30 June 2021: the two licences ending in 2020 have expired.
    schema = composeSchema([districtsGraphQLModule(repos), unitsGraphQLModule(repos), licencesGraphQLModule(repos, { today: () => '2021-06-30' })]);
  });
  afterAll(() => db.dispose());

  describe('queries', () => {
    it('lists the register latest first with its status today, filtered by type, status and sample flag, in pages', async () => {
      const all = await run('{ licences { totalCount nodes { number type typeLabelVi status statusLabelVi statusLabelEn issuer { code } } } }');
      expect(all.errors).toBeUndefined();
      expect(all.data?.['licences'].totalCount).toBe(4);
      expect(all.data?.['licences'].nodes[0]).toEqual({
        number: '02/GP-STTTT',
        type: 'BULLETIN_PUBLISHING',
        typeLabelVi: 'Giấy phép xuất bản bản tin',
        status: 'VALID',
        statusLabelVi: 'Còn hiệu lực',
        statusLabelEn: 'Valid',
        issuer: { code: 'so-tttt' },
      });
      expect(all.data?.['licences'].nodes.map((l: { number: string }) => l.number)).toEqual(['02/GP-STTTT', '15/GP-STTTT', '01/GP-STTTT', '01/GCN-STTTT']);
      expect(await numbers('{ type: BULLETIN_PUBLISHING }')).toEqual(['02/GP-STTTT', '01/GP-STTTT']);
      expect(await numbers('{ status: EXPIRED }')).toEqual(['15/GP-STTTT', '01/GP-STTTT']);
      expect(await numbers('{ status: VALID, type: GAME_SERVICE_POINT_CERTIFICATE }')).toEqual(['01/GCN-STTTT']);
      expect(await numbers('{ isSample: false }')).toEqual(['15/GP-STTTT']);

      const first = await run('{ licences(first: 3) { nodes { number } pageInfo { hasNextPage endCursor } } }');
      const rest = await run('query($after: String) { licences(first: 3, after: $after) { nodes { number } pageInfo { hasNextPage } } }', null, {
        after: first.data?.['licences'].pageInfo.endCursor,
      });
      expect(rest.data?.['licences']).toEqual({ nodes: [{ number: '01/GCN-STTTT' }], pageInfo: { hasNextPage: false } });
      const last = await run('{ licences(last: 1) { nodes { number } } }');
      expect(last.data?.['licences'].nodes).toEqual([{ number: '01/GCN-STTTT' }]);
    });

    it('finds licences by holder ignoring case and diacritics, with a bounded query', async () => {
      expect(await numbers('{ holder: $holder }', { holder: 'so y te' })).toEqual(['15/GP-STTTT']);
      expect(await numbers('{ holder: $holder }', { holder: 'HOANG VAN DUC' })).toEqual(['01/GCN-STTTT']);
      expect(await numbers('{ holder: $holder, type: BULLETIN_PUBLISHING }', { holder: 'tuổi trẻ' })).toEqual(['02/GP-STTTT']);
      for (const holder of injections) expect(await numbers('{ holder: $holder }', { holder })).toEqual([]);
      const tooLong = await run('query($holder: String) { licences(filter: { holder: $holder }) { totalCount } }', null, { holder: 'x'.repeat(201) });
      expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses wrong filters and pages with clear errors', async () => {
      expect((await run('{ licences(filter: { status: LOST }) { totalCount } }')).errors?.[0]?.message).toMatch(/LOST/);
      expect((await run('{ licences(filter: { isSample: "yes" }) { totalCount } }')).errors?.[0]?.message).toMatch(/Boolean/);
      expect((await run('{ licences(first: 0) { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await run('{ licences(before: "b2Zmc2V0Oi0x") { totalCount } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('gives a licence by its global id, and its holder address to staff only', async () => {
      const [game] = await repository.list({ search: '01/GCN' });
      const id = toGlobalId('Licence', game!.id);
      const query = 'query($id: ID!) { licence(id: $id) { id number holderName holderAddress subjectVi issuedOn validUntil status issuer { code nameVi } } }';
      const anonymous = await run(query, null, { id });
      expect(anonymous.data?.['licence']).toEqual({
        id,
        number: '01/GCN-STTTT',
        holderName: 'Hộ kinh doanh Hoàng Văn Đức',
        holderAddress: null,
        subjectVi: 'Số 12 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn',
        issuedOn: '2019-07-01',
        validUntil: '2022-06-30',
        status: 'VALID',
        issuer: { code: 'ubnd-tp', nameVi: 'UBND thành phố Lạng Sơn' },
      });
      expect(JSON.stringify(anonymous)).not.toContain('Hùng Vương');
      expect((await run(query, editor, { id })).data?.['licence'].holderAddress).toBeNull();
      for (const staff of [officer, inspector, admin]) {
        expect((await run(query, staff, { id })).data?.['licence'].holderAddress).toBe('Số 3 đường Hùng Vương, thành phố Lạng Sơn');
      }
      expect((await run(`{ node(id: "${id}") { ... on Licence { number } } }`)).data?.['node']).toEqual({ number: '01/GCN-STTTT' });
      // The register's own UUID is no id of the API: one rule for every id argument.
      for (const unknown of [game!.id, '00000000-0000-4000-8000-000000000000', toGlobalId('Unit', 'so-tttt'), 'x'.repeat(5000), ...injections]) {
        const result = await run(query, null, { id: unknown });
        expect(result).toEqual({ data: { licence: null } });
      }
    });
  });

  describe('mutations', () => {
    const issue = /* GraphQL */ `
      mutation($input: LicenceIssueInput!) {
        licenceIssue(input: $input) {
          licence { id number type validFrom validUntil status version issuer { code } }
          userErrors { field message code }
        }
      }
    `;
    const revoke = /* GraphQL */ `
      mutation($input: LicenceRevokeInput!) {
        licenceRevoke(input: $input) {
          licence { id status revokedOn revocationReason version }
          userErrors { field message code }
        }
      }
    `;
    const issueInput = (extra: Record<string, unknown> = {}) => ({
      type: 'BULLETIN_PUBLISHING',
      number: '03/GP-STTTT',
      holderName: 'Hội Cựu chiến binh tỉnh',
      subjectVi: 'Bản tin Cựu chiến binh',
      issuedOn: '2021-03-01',
      validUntil: '2021-12-31',
      ...extra,
    });
    const userErrors = async (source: string, input: Record<string, unknown>, viewer: Viewer | null = officer) => {
      const result = await run(source, viewer, { input });
      expect(result.errors).toBeUndefined();
      const payload = Object.values(result.data ?? {})[0] as { userErrors: Array<{ field: string[]; code: string }> };
      return payload.userErrors.map((e) => [e.field.join('.'), e.code]);
    };

    it('lets a licensing officer issue a licence, in force from the day of issue by default', async () => {
      const result = await run(issue, officer, { input: issueInput() });
      expect(result.data?.['licenceIssue']).toMatchObject({
        licence: { number: '03/GP-STTTT', type: 'BULLETIN_PUBLISHING', validFrom: '2021-03-01', validUntil: '2021-12-31', status: 'VALID', version: 1, issuer: { code: 'so-tttt' } },
        userErrors: [],
      });
      const [audit] = await db.query<{ actor: string; action: string }>(`select actor, action from audit_log order by id desc limit 1`);
      expect(audit).toEqual({ actor: 'u-officer', action: 'licence.issue' });
      const byAdmin = await run(issue, admin, { input: issueInput({ number: '04/GP-STTTT', isSample: true }) });
      expect(byAdmin.data?.['licenceIssue'].userErrors).toEqual([]);
    });

    it('refuses to issue for anonymous callers and other roles, writing nothing', async () => {
      const before = await writes();
      for (const viewer of [null, editor, inspector]) {
        expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT' }), viewer)).toEqual([['', 'FORBIDDEN']]);
      }
      expect(await writes()).toEqual(before);
    });

    it('answers bad licences with userErrors or validation errors, never a fault, and writes nothing', async () => {
      const before = await writes();
      expect(await userErrors(issue, issueInput({ number: '01/GP-STTTT' }))).toEqual([['input.number', 'DUPLICATE']]);
      expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT', issuerUnitCode: 'so-khac' }))).toEqual([['input.issuerUnitCode', 'UNKNOWN_REFERENCE']]);
      expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT', validUntil: '2020-01-01' }))).toEqual([['input.validUntil', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT', validFrom: '2021-02-01' }))).toEqual([['input.validFrom', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: '' }))).toEqual([['input.number', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: 'x'.repeat(61) }))).toEqual([['input.number', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: '<script>alert(1)</script>' }))).toEqual([['input.number', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: '1 or 1=1' }))).toEqual([['input.number', 'VALIDATION']]);
      expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT', holderName: 'x'.repeat(301) }))).toEqual([['input.holderName', 'VALIDATION']]);
      for (const code of injections) {
        expect(await userErrors(issue, issueInput({ number: '05/GP-STTTT', issuerUnitCode: code }))).toEqual([['input.issuerUnitCode', 'VALIDATION']]);
      }
      expect((await run(issue, officer, { input: issueInput({ type: 'DRIVING' }) })).errors?.[0]?.message).toMatch(/DRIVING/);
      expect((await run(issue, officer, { input: issueInput({ issuedOn: '2021-02-30' }) })).errors?.[0]?.message).toMatch(/Date/);
      expect((await run(issue, officer, { input: issueInput({ issuedOn: 20210301 }) })).errors?.[0]?.message).toMatch(/Date/);
      expect((await run(issue, officer, { input: issueInput({ isSample: 'no' }) })).errors?.[0]?.message).toMatch(/Boolean/);
      expect(await writes()).toEqual(before);
    });

    it('revokes a licence once, with the version read; refuses a stale version, a second revocation and the wrong caller', async () => {
      const [target] = await repository.list({ search: '02/GP-STTTT' });
      const id = toGlobalId('Licence', target!.id);
      const before = await writes();
      for (const viewer of [null, editor, inspector]) {
        expect(await userErrors(revoke, { id, version: target!.version, revokedOn: '2021-05-01', reason: 'Vi phạm' }, viewer)).toEqual([['', 'FORBIDDEN']]);
      }
      expect(await userErrors(revoke, { id, version: target!.version + 1, revokedOn: '2021-05-01', reason: 'Vi phạm' })).toEqual([['input.version', 'CONFLICT']]);
      expect(await userErrors(revoke, { id, version: target!.version, revokedOn: '2020-01-01', reason: 'Sớm' })).toEqual([['input.revokedOn', 'VALIDATION']]);
      expect(await userErrors(revoke, { id, version: target!.version, revokedOn: '2021-05-01', reason: '' })).toEqual([['input.reason', 'VALIDATION']]);
      expect(await userErrors(revoke, { id, version: target!.version, revokedOn: '2021-05-01', reason: 'x'.repeat(2001) })).toEqual([['input.reason', 'VALIDATION']]);
      for (const unknown of ['00000000-0000-4000-8000-000000000000', 'x'.repeat(5000), ...injections]) {
        expect(await userErrors(revoke, { id: unknown, version: 1, revokedOn: '2021-05-01', reason: 'X' })).toEqual([['input.id', 'NOT_FOUND']]);
      }
      expect((await run(revoke, officer, { input: { id, version: '1', revokedOn: '2021-05-01', reason: 'X' } })).errors?.[0]?.message).toMatch(/Int/);
      expect((await run(revoke, officer, { input: { id, version: 1, revokedOn: 'yesterday', reason: 'X' } })).errors?.[0]?.message).toMatch(/Date/);
      expect(await writes()).toEqual(before);

      const done = await run(revoke, officer, { input: { id, version: target!.version, revokedOn: '2021-05-01', reason: 'Vi phạm nội dung' } });
      expect(done.data?.['licenceRevoke']).toEqual({
        licence: { id, status: 'REVOKED', revokedOn: '2021-05-01', revocationReason: 'Vi phạm nội dung', version: target!.version + 1 },
        userErrors: [],
      });
      expect(await userErrors(revoke, { id, version: target!.version + 1, revokedOn: '2021-06-01', reason: 'Lần nữa' })).toEqual([['input.revokedOn', 'INVALID_TRANSITION']]);
      expect(await numbers('{ status: REVOKED }')).toEqual(['02/GP-STTTT']);
    });
  });

  describe('SQL statements per page', () => {
    it('stays small and constant as the page grows, issuer included', async () => {
      const page = '{ licences(first: 100) { nodes { number status issuer { code nameVi parent { code } } } } }';
      const count = async () => {
        statements = 0;
        counting = true;
        const result = await run(page);
        counting = false;
        expect(result.errors).toBeUndefined();
        return statements;
      };
      const few = await count();
      expect(few).toBeLessThanOrEqual(2);
      for (let i = 10; i < 40; i += 1) {
        await repository.issue(licence(`${i}/GP-STTTT`, { issuerUnitCode: i % 2 ? 'so-tttt' : 'ubnd-tp' }), { actor: 'seed' });
      }
      expect(await count()).toBe(few);
    });
  });
});
