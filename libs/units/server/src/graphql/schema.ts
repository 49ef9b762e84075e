import { connectionTypeDefs } from '@egov/graphql';

/** The units' part of the schema: units, the people they name, and the queries that read them. */
export const unitsTypeDefs = /* GraphQL */ `
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
