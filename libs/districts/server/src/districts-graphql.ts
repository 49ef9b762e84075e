import type { Area } from '@egov/districts-model';
import { dayArgument, defineLoader, type GraphQLModule, type RequestContext } from '@egov/graphql';
import type { DistrictsRepository } from './districts-repository';

const typeDefs = /* GraphQL */ `
  "Level of an administrative area (cấp hành chính)."
  enum AreaLevel {
    "Tỉnh."
    PROVINCE
    "Cấp huyện: district, city or town under the province."
    DISTRICT
  }

  "Kind of administrative area."
  enum AreaKind {
    "Tỉnh (province)."
    PROVINCE
    "Thành phố thuộc tỉnh (city)."
    CITY
    "Thị xã (town)."
    TOWN
    "Huyện (rural district)."
    DISTRICT
  }

  "An administrative area (đơn vị hành chính) by its GSO code: the province or a district-level unit."
  type Area implements Node {
    id: ID!
    "GSO code (mã đơn vị hành chính), e.g. 20 for Lạng Sơn, 187 for Chi Lăng."
    code: String!
    "Province or district-level unit."
    level: AreaLevel!
    "Province, city, town or rural district."
    kind: AreaKind!
    "Name in Vietnamese."
    nameVi: String!
    "Name in English."
    nameEn: String!
    "The province of a district-level unit."
    parent: Area
    "District-level units of a province, in code order; only those that existed on validOn when given."
    districts(validOn: Date): [Area!]!
    "Communes, wards and townships (xã, phường, thị trấn) in the area, when known."
    communesCount: Int
    "First day the area existed, when known."
    validFrom: Date
    "Last day the area existed (district-level units ended on 2025-06-30)."
    validTo: Date
    "Version for optimistic concurrency."
    version: Int!
  }

  extend type Query {
    "An area by GSO code."
    area(code: String!): Area
    "District-level units of a province (default Lạng Sơn, 20), optionally as they were on a day."
    districts(provinceCode: String = "20", validOn: Date): [Area!]!
    "The provinces in the data."
    provinces: [Area!]!
  }
`;

const levels = { PROVINCE: 'province', DISTRICT: 'district' } as const;
const kinds = { PROVINCE: 'province', CITY: 'city', TOWN: 'town', DISTRICT: 'district' } as const;

/** The request's loader of areas by GSO code; other domains use it for their `area` fields. */
export const areaLoader = defineLoader<string, Area | null, DistrictsRepository>('area', (codes, repository) => repository.getMany(codes));

/** A `validOn` argument as a day; none when left out (the `Date` scalar refuses anything but a date). */
const validOnDay = (value: Date | null | undefined): string | undefined => (value == null ? undefined : dayArgument(value));

/** Areas in the API: public reads, no mutations (the list of areas changes by law, not by users). */
export function districtsGraphQLModule(repos: { districts: DistrictsRepository }): GraphQLModule {
  const repository = repos.districts;
  return {
    name: 'districts',
    typeDefs,
    resolvers: {
      AreaLevel: levels,
      AreaKind: kinds,
      Area: {
        parent: (area: Area, _: unknown, context: RequestContext) => (area.parentCode ? areaLoader(context, repository).load(area.parentCode) : null),
        districts: (area: Area, args: { validOn?: Date | null }) => {
          const validOn = validOnDay(args.validOn);
          return repository.list({ level: 'district', parentCode: area.code, ...(validOn ? { validOn } : {}) });
        },
      },
      Query: {
        area: (_: unknown, args: { code: string }, context: RequestContext) => areaLoader(context, repository).load(args.code),
        districts: (_: unknown, args: { provinceCode: string; validOn?: Date | null }) => {
          const validOn = validOnDay(args.validOn);
          return repository.list({ level: 'district', parentCode: args.provinceCode, ...(validOn ? { validOn } : {}) });
        },
        provinces: () => repository.list({ level: 'province' }),
      },
    },
    nodeTypes: {
      Area: { key: (area: Area) => area.code, load: (code, context) => areaLoader(context, repository).load(code) as never },
    },
  };
}
