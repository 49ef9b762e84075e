import { areaLoader, type DistrictsRepository } from '@egov/districts-server';
import {
  badInput,
  codeArgument,
  connectionFromArray,
  connectionTypeDefs,
  defineLoader,
  type GraphQLModule,
  type PageArgs,
  type RequestContext,
  searchText,
} from '@egov/graphql';
import type { Person, Unit } from '@egov/units-model';
import type { UnitsRepository } from './units-repository';

const typeDefs = /* GraphQL */ `
  "Kind of organisation (loại đơn vị)."
  enum UnitKind {
    "Sở: the provincial department."
    DEPARTMENT
    "Phòng: a division of the department."
    DIVISION
    "Thanh tra Sở: the department's inspectorate."
    INSPECTORATE
    "Trung tâm: a centre under the department."
    CENTRE
    "Cơ quan báo chí: a press body (radio and television, newspaper, magazine)."
    PRESS
    "UBND cấp huyện: a district people's committee."
    DISTRICT_COMMITTEE
    "Phòng cấp huyện: a division of a district."
    DISTRICT_DIVISION
    "Trung tâm cấp huyện: a centre of a district."
    DISTRICT_CENTRE
    "Cơ quan trung ương: a national agency."
    NATIONAL_AGENCY
  }

  "An organisation (đơn vị): the department, its divisions and centres, press and district bodies."
  type Unit implements Node {
    id: ID!
    "Readable code, used in URLs: so-tttt, thanh-tra-so."
    code: String!
    "Kind of organisation: department, division, centre, press body, district body…"
    kind: UnitKind!
    "Name in Vietnamese (tên đơn vị)."
    nameVi: String!
    "Name in English."
    nameEn: String!
    "The unit it belongs to (đơn vị chủ quản)."
    parent: Unit
    "Units that belong to it, by Vietnamese name."
    children: [Unit!]!
    "The district a district body serves."
    area: Area
    "What the unit does, in Vietnamese; null when not recorded."
    descriptionVi: String
    "The unit's website, an http(s) URL; null when it has none or none is recorded."
    website: String
    "The words of the source report that name the unit."
    sourceQuote: String
    "People a source names in this unit."
    people: [Person!]!
    "Version for optimistic concurrency."
    version: Int!
  }

  "A person named by a source, with the post they hold (chức vụ)."
  type Person implements Node {
    id: ID!
    "Full name (họ và tên) as the source gives it."
    fullName: String!
    "Post held (chức vụ), in Vietnamese as the source gives it; null when the source names the person only."
    positionVi: String
    "Post held, in English; null when not known."
    positionEn: String
    "The unit the person works in."
    unit: Unit!
    "The words of the source report that name the person; null when not recorded."
    sourceQuote: String
  }

  ${connectionTypeDefs('Unit', 'A page of units.')}

  "Which units to list. A parent or area code that names nothing is refused as BAD_USER_INPUT."
  input UnitFilter {
    "Only units of this kind."
    kind: UnitKind
    "Only units under this parent (by code: lower-case words joined by hyphens)."
    parentCode: String
    "Only bodies of this district (GSO code: 2 to 5 digits)."
    areaCode: String
  }

  extend type Query {
    "A unit by its code."
    unit(code: String!): Unit
    "Units, by code, filtered."
    units(filter: UnitFilter, first: Int, after: String, last: Int, before: String): UnitConnection!
    "The organisation chart: units without a parent, each with its children."
    unitTree: [Unit!]!
    "Units whose name matches, ignoring case and diacritics (\\"thanh tra\\" finds \\"Thanh tra Sở\\"), best first."
    unitSearch(query: String!, first: Int, after: String, last: Int, before: String): UnitConnection!
  }
`;

const unitKinds = {
  DEPARTMENT: 'department',
  DIVISION: 'division',
  INSPECTORATE: 'inspectorate',
  CENTRE: 'centre',
  PRESS: 'press',
  DISTRICT_COMMITTEE: 'district_committee',
  DISTRICT_DIVISION: 'district_division',
  DISTRICT_CENTRE: 'district_centre',
  NATIONAL_AGENCY: 'national_agency',
} as const;

const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const AREA_CODE = /^\d{2,5}$/;

/** The request's loader of units by code; other domains use it for their unit fields. */
export const unitLoader = defineLoader<string, Unit | null, UnitsRepository>('unit', (codes, repository) => repository.getMany(codes));

/** Children of many units from one read of the table, for the organisation chart. */
const childrenLoader = defineLoader<string, Unit[], UnitsRepository>('unitChildren', async (codes, repository) => {
  const all = await repository.list();
  return codes.map((code) => all.filter((unit) => unit.parentCode === code).sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi')));
});

const peopleLoader = defineLoader<string, Person[], UnitsRepository>('unitPeople', async (codes, repository) => {
  const people = await repository.people();
  return codes.map((code) => people.filter((person) => person.unitCode === code));
});

type UnitFilterArgs = { kind?: Unit['kind'] | null; parentCode?: string | null; areaCode?: string | null };

/** Units and people in the API: public reads. */
export function unitsGraphQLModule(repos: { units: UnitsRepository; districts: DistrictsRepository }): GraphQLModule {
  const { units, districts } = repos;
  return {
    name: 'units',
    typeDefs,
    resolvers: {
      UnitKind: unitKinds,
      Unit: {
        parent: (unit: Unit, _: unknown, context: RequestContext) => (unit.parentCode ? unitLoader(context, units).load(unit.parentCode) : null),
        children: (unit: Unit, _: unknown, context: RequestContext) => childrenLoader(context, units).load(unit.code),
        area: (unit: Unit, _: unknown, context: RequestContext) => (unit.areaCode ? areaLoader(context, districts).load(unit.areaCode) : null),
        people: (unit: Unit, _: unknown, context: RequestContext) => peopleLoader(context, units).load(unit.code),
      },
      Person: {
        unit: (person: Person, _: unknown, context: RequestContext) => unitLoader(context, units).load(person.unitCode),
      },
      Query: {
        unit: (_: unknown, args: { code: string }, context: RequestContext) => unitLoader(context, units).load(args.code),
        units: async (_: unknown, args: PageArgs & { filter?: UnitFilterArgs | null }, context: RequestContext) => {
          const filter = args.filter ?? {};
          const parentCode = filter.parentCode ? codeArgument(filter.parentCode, 'parentCode', UNIT_CODE, 'a unit code: lower-case words joined by hyphens') : null;
          const areaCode = filter.areaCode ? codeArgument(filter.areaCode, 'areaCode', AREA_CODE, 'a GSO area code of 2 to 5 digits') : null;
          const list = await units.list({
            ...(filter.kind ? { kind: filter.kind } : {}),
            ...(parentCode ? { parentCode } : {}),
            ...(areaCode ? { areaCode } : {}),
          });
          // A unit found proves its parent and area exist (foreign keys); only an empty page may hide
          // a code that names nothing, and then the loaders ask, once each.
          if (list.length === 0 && (parentCode || areaCode)) {
            const [parent, area] = await Promise.all([
              parentCode ? unitLoader(context, units).load(parentCode) : undefined,
              areaCode ? areaLoader(context, districts).load(areaCode) : undefined,
            ]);
            if (parentCode && !parent) throw badInput(`There is no unit "${parentCode}".`, 'parentCode');
            if (areaCode && !area) throw badInput(`There is no administrative area with GSO code "${areaCode}".`, 'areaCode');
          }
          return connectionFromArray(list, args);
        },
        unitTree: async () => (await units.tree()).map((node) => node.unit),
        unitSearch: async (_: unknown, args: PageArgs & { query: string }) => {
          return connectionFromArray(await units.search(searchText(args.query)), args);
        },
      },
    },
    nodeTypes: {
      Unit: { key: (unit: Unit) => unit.code, load: (code, context) => unitLoader(context, units).load(code) as never },
      Person: { key: (person: Person) => person.id, load: (id) => units.getPerson(id) as never },
    },
  };
}
