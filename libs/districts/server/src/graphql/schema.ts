/** The areas' part of the schema: areas, their levels and kinds, and the queries that read them. */
export const districtsTypeDefs = /* GraphQL */ `
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
