import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The awards' part of the schema: awards, their forms, authorities and recipients, the list with its totals, and the admins' mutations. */
export const awardsTypeDefs = /* GraphQL */ `
  "Form of commendation (hình thức khen thưởng)."
  enum AwardKind {
    "Bằng khen: conferred by the Prime Minister, a minister or the chairman of a provincial People's Committee."
    CERTIFICATE_OF_MERIT
    "Giấy khen: conferred by the director of a department or the chairman of a district or commune committee."
    COMMENDATION
  }

  "Tier of government an award is conferred at (cấp khen thưởng)."
  enum AwardLevel {
    NATIONAL
    MINISTERIAL
    PROVINCIAL
    DEPARTMENT
    DISTRICT
    COMMUNE
  }

  "Who confers an award (thẩm quyền khen thưởng); each confers one form at one level."
  enum AwardAuthority {
    "Thủ tướng Chính phủ: a certificate of merit, national level."
    PRIME_MINISTER
    "Bộ trưởng: a certificate of merit, ministerial level."
    MINISTER
    "Chủ tịch UBND tỉnh: a certificate of merit, provincial level."
    PROVINCIAL_CHAIRMAN
    "Giám đốc Sở: a commendation, department level."
    DEPARTMENT_DIRECTOR
    "Chủ tịch UBND huyện: a commendation, district level."
    DISTRICT_CHAIRMAN
    "Chủ tịch UBND xã: a commendation, commune level."
    COMMUNE_CHAIRMAN
  }

  "Who is honoured."
  enum AwardRecipientKind {
    "Tập thể: one collective (a unit)."
    COLLECTIVE
    "Cá nhân: one individual."
    INDIVIDUAL
    "Several collectives and individuals honoured at once, reported by count."
    GROUP
  }

  "An award (khen thưởng): who conferred what on whom, why and when, with the words of the source."
  type Award implements Node {
    id: ID!
    "Form of commendation (hình thức khen thưởng): certificate of merit or commendation."
    kind: AwardKind!
    "The form's name in Vietnamese: Bằng khen, Giấy khen."
    kindLabelVi: String!
    "The form's name in English."
    kindLabelEn: String!
    "Who conferred it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "The authority's title in Vietnamese: Chủ tịch UBND tỉnh."
    conferredByLabelVi: String!
    "The authority's title in English."
    conferredByLabelEn: String!
    "Tier of government it was conferred at (cấp khen thưởng)."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "The unit honoured (a collective), or the unit an individual or a group belongs to (đơn vị được khen thưởng)."
    recipientUnit: Unit
    "The recipient as the decision names it; for a group, an optional description."
    recipientName: String
    "Collectives honoured: 1 for a collective, 0 for an individual, the count for a group."
    collectivesCount: Int!
    "Individuals honoured: 1 for an individual, 0 for a collective, the count for a group."
    individualsCount: Int!
    "Why the award was conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English."
    reasonEn: String
    "First year of the work the award recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work the award recognises, when the source says."
    coveredToYear: Int
    "The years covered as people write them: 2016–2020."
    yearsCovered: String
    "The day the award was conferred (ngày khen thưởng)."
    conferredOn: Date!
    "The reporting period (kỳ báo cáo) the award is reported in: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The id of the figure in the first data set's fact table: F40."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn)."
    sourceQuote: String
    "Version for optimistic concurrency: name it to update the award."
    version: Int!
  }

  "What a list of awards adds up to (tổng hợp khen thưởng)."
  type AwardTotals {
    "Decisions recorded."
    awards: Int!
    "Collectives (tập thể) honoured, counting each member of a group."
    collectives: Int!
    "Individuals (cá nhân) honoured, counting each member of a group."
    individuals: Int!
  }

  ${connectionTypeDefs('Award', 'A page of awards.')}

  extend type AwardConnection {
    "What every award that matches (over all pages) adds up to."
    totals: AwardTotals!
  }

  "Which awards to list."
  input AwardFilter {
    "Only awards of this form."
    kind: AwardKind
    "Only awards conferred at this tier."
    level: AwardLevel
    """
    Reporting period code: 2020, 2020-H1 or 2020-Q3. Any such code is a real stretch of the
    calendar (an award's period is the one holding its day, not an opened statistics period),
    so a period without awards answers an empty page, like a level without awards.
    """
    period: String
    "Only awards of this unit (by code); a code that names no unit is refused as BAD_USER_INPUT."
    recipientUnitCode: String
    "Words of the recipient's name or unit, ignoring case and diacritics (at most 200 characters); best matches first."
    query: String
  }

  "What awards are ordered by."
  enum AwardOrderField {
    "The day conferred."
    CONFERRED_ON
  }

  "Which way to order."
  enum AwardOrderDirection {
    ASC
    DESC
  }

  "How to order awards; without it, latest first (best match first with a query)."
  input AwardOrder {
    "What to order by: the day conferred."
    field: AwardOrderField! = CONFERRED_ON
    "Ascending or descending; latest first by default."
    direction: AwardOrderDirection! = DESC
  }

  "An award to record (ghi nhận khen thưởng). Form and level follow from who confers it."
  input AwardRecordInput {
    "Form of commendation; must match who confers it."
    kind: AwardKind!
    "Who confers it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "Tier of government; must match who confers it."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "Code of the unit honoured, or the unit an individual or a group belongs to."
    recipientUnitCode: String
    "The recipient as the decision names it (required for an individual)."
    recipientName: String
    "For a group: how many collectives it holds."
    collectivesCount: Int
    "For a group: how many individuals it holds."
    individualsCount: Int
    "Why it is conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English; optional."
    reasonEn: String
    "First year of the work it recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work it recognises, not after the year conferred; when the source says."
    coveredToYear: Int
    "The day conferred (ngày khen thưởng), YYYY-MM-DD."
    conferredOn: Date!
    "Reporting period holding the day conferred: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The id of the figure in the first data set's fact table: F followed by its number (F40); optional."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn); optional."
    sourceQuote: String
  }

  "An award's new fields, with the version read; every field is replaced."
  input AwardUpdateInput {
    "The award's global id."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Form of commendation; must match who confers it."
    kind: AwardKind!
    "Who confers it (thẩm quyền khen thưởng)."
    conferredBy: AwardAuthority!
    "Tier of government; must match who confers it."
    level: AwardLevel!
    "Who is honoured: one collective, one individual or a group."
    recipientKind: AwardRecipientKind!
    "Code of the unit honoured, or the unit an individual or a group belongs to."
    recipientUnitCode: String
    "The recipient as the decision names it (required for an individual)."
    recipientName: String
    "For a group: how many collectives it holds."
    collectivesCount: Int
    "For a group: how many individuals it holds."
    individualsCount: Int
    "Why it is conferred (lý do), in Vietnamese."
    reasonVi: String!
    "Why, in English; optional."
    reasonEn: String
    "First year of the work it recognises, when the source says."
    coveredFromYear: Int
    "Last year of the work it recognises, not after the year conferred; when the source says."
    coveredToYear: Int
    "The day conferred (ngày khen thưởng), YYYY-MM-DD."
    conferredOn: Date!
    "Reporting period holding the day conferred: 2020, 2020-H1 or 2020-Q3."
    period: String!
    "The fact an award was recorded from cannot change once set."
    factId: String
    "The words of the source that report the award (trích dẫn nguồn); optional."
    sourceQuote: String
  }

  ${payloadTypeDefs('AwardRecordPayload', 'The award recorded, or why not.', 'award', 'Award')}

  ${payloadTypeDefs('AwardUpdatePayload', 'The award updated, or why not.', 'award', 'Award')}

  extend type Query {
    "An award by its global id."
    award(id: ID!): Award
    "Awards, latest first, filtered, with their totals."
    awards(filter: AwardFilter, orderBy: AwardOrder, first: Int, after: String, last: Int, before: String): AwardConnection!
  }

  extend type Mutation {
    "Records an award. Role: admin."
    awardRecord(input: AwardRecordInput!): AwardRecordPayload!
    "Replaces an award's fields, naming the version read. Role: admin."
    awardUpdate(input: AwardUpdateInput!): AwardUpdatePayload!
  }
`;
