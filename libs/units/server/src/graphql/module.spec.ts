import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext } from '@egov/graphql';
import type { UnitInput } from '@egov/units-model';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsMigrations } from '../migrations';
import { unitsGraphQLModule } from './module';
import { createUnitsRepository } from '../units-repository';

const who = { actor: 'tester' };
const unit = (code: string, nameVi: string, parentCode: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  code,
  kind: 'division',
  nameVi,
  nameEn: nameVi,
  parentCode,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
  ...extra,
});

type Body = { data?: Record<string, { totalCount: number; nodes: Array<{ code: string }> }> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

describe.each(testBackends)('units GraphQL filters on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  let statements = 0;

  const run = async (source: string) => {
    statements = 0;
    const body = (await graphql({ schema, source, contextValue: createRequestContext(null, 'test') })) as Body;
    return { body, statements };
  };
  const codes = async (filter: string) => (await run(`{ units(filter: ${filter}) { nodes { code } } }`)).body.data?.['units']?.nodes.map((u) => u.code);
  const refusal = (body: Body) => body.errors?.map((e) => [e.message, e.extensions?.['code'], e.extensions?.['argument']]);

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations], {
      onQuery: () => {
        statements += 1;
      },
    });
    const districts = createDistrictsRepository(db);
    const area = { communesCount: null, validFrom: null, validTo: null };
    await districts.create({ ...area, code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null }, who);
    await districts.create({ ...area, code: '187', level: 'district', kind: 'district', nameVi: 'Huyện Chi Lăng', nameEn: 'Chi Lang District', parentCode: '20' }, who);
    const units = createUnitsRepository(db);
    await units.create(unit('so-tttt', 'Sở Thông tin và Truyền thông', null, { kind: 'department' }), who);
    await units.create(unit('thanh-tra-so', 'Thanh tra Sở', 'so-tttt', { kind: 'inspectorate' }), who);
    await units.create(unit('ubnd-chi-lang', 'UBND huyện Chi Lăng', null, { kind: 'district_committee', areaCode: '187' }), who);
    schema = composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts })]);
  });
  afterAll(() => db.dispose());

  it('filters by kind, parent and area', async () => {
    expect(await codes('{ parentCode: "so-tttt" }')).toEqual(['thanh-tra-so']);
    expect(await codes('{ areaCode: "187" }')).toEqual(['ubnd-chi-lang']);
    expect(await codes('{ kind: DEPARTMENT }')).toEqual(['so-tttt']);
  });

  it('answers an empty page for known codes that match nothing', async () => {
    expect(await codes('{ parentCode: "thanh-tra-so" }')).toEqual([]);
    expect(await codes('{ areaCode: "20" }')).toEqual([]);
    expect(await codes('{ parentCode: "so-tttt", areaCode: "187" }')).toEqual([]);
  });

  it.each([
    ['parentCode', '{ parentCode: "khong-co" }', 'There is no unit "khong-co".'],
    ['areaCode', '{ areaCode: "999" }', 'There is no administrative area with GSO code "999".'],
    ['areaCode', '{ parentCode: "so-tttt", areaCode: "999" }', 'There is no administrative area with GSO code "999".'],
    ['parentCode', `{ parentCode: "'; drop table units; --" }`, '"parentCode" must be a unit code: lower-case words joined by hyphens.'],
    ['parentCode', `{ parentCode: "${'a'.repeat(101)}" }`, '"parentCode" must be a unit code: lower-case words joined by hyphens.'],
    ['areaCode', '{ areaCode: "<img src=x onerror=alert(1)>" }', '"areaCode" must be a GSO area code of 2 to 5 digits.'],
  ])('refuses a %s that names nothing or cannot name anything with BAD_USER_INPUT (%s)', async (argument, filter, message) => {
    const { body } = await run(`{ units(filter: ${filter}) { totalCount } }`);
    expect(body.data).toBeNull();
    expect(refusal(body)).toEqual([[message, 'BAD_USER_INPUT', argument]]);
  });

  it('proves the codes of a filter that finds units without reading anything more', async () => {
    expect((await run('{ units(filter: { parentCode: "so-tttt", areaCode: null }) { totalCount } }')).statements).toBe(1);
    // An empty page asks for both codes at once, one read each.
    expect((await run('{ units(filter: { parentCode: "thanh-tra-so", areaCode: "20" }) { totalCount } }')).statements).toBe(3);
  });
});
