import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The licences' part of the schema: the register, its reads and the licensing officers' issue and revoke. */
export const licencesTypeDefs = /* GraphQL */ `
  "Kind of licence the department issues (loại giấy phép)."
  enum LicenceType {
    "Giấy phép xuất bản bản tin: bulletin publishing licence."
    BULLETIN_PUBLISHING
    "Giấy phép xuất bản tài liệu không kinh doanh: non-commercial publication licence."
    NON_COMMERCIAL_PUBLICATION
    "Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng: public electronic-game service point certificate."
    GAME_SERVICE_POINT_CERTIFICATE
  }

  "Where a licence stands on a day (tình trạng)."
  enum LicenceStatus {
    "Còn hiệu lực: issued and not ended (also before it takes effect)."
    VALID
    "Hết hiệu lực: past its last valid day."
    EXPIRED
    "Đã thu hồi: revoked, from the day of revocation."
    REVOKED
  }

  "A licence in the department's register (sổ cấp giấy phép)."
  type Licence implements Node {
    id: ID!
    "Kind of licence (loại giấy phép)."
    type: LicenceType!
    "The kind of licence, in Vietnamese."
    typeLabelVi: String!
    "The kind of licence, in English."
    typeLabelEn: String!
    "The number printed on the licence (số giấy phép): 03/GP-STTTT; unique within its type."
    number: String!
    "Who holds it (tổ chức, cá nhân được cấp phép)."
    holderName: String!
    "The holder's address: shown to staff (licensing officers, inspectors, admins) only, null for anyone else."
    holderAddress: String
    "What is licensed: the bulletin's or publication's title, or the service point's address."
    subjectVi: String!
    "Day of issue (ngày cấp), YYYY-MM-DD."
    issuedOn: Date!
    "First valid day (ngày có hiệu lực), YYYY-MM-DD; on or after the day of issue."
    validFrom: Date!
    "The last valid day; null when the licence has no end date."
    validUntil: Date
    "The day it was revoked (ngày thu hồi)."
    revokedOn: Date
    "Why it was revoked (lý do thu hồi); null unless revoked."
    revocationReason: String
    "Its status today in Vietnam."
    status: LicenceStatus!
    "Its status today, in Vietnamese."
    statusLabelVi: String!
    "Its status today, in English."
    statusLabelEn: String!
    "The unit that issued it (cơ quan cấp phép)."
    issuer: Unit!
    "A made-up record for demonstration (dữ liệu mẫu), never counted in statistics."
    isSample: Boolean!
    "Version for optimistic concurrency."
    version: Int!
  }

  ${connectionTypeDefs('Licence', 'A page of licences.')}

  "Which licences to list; every given criterion must hold."
  input LicenceFilter {
    "Only licences of this kind."
    type: LicenceType
    "Only licences in this status today."
    status: LicenceStatus
    "Words of the holder's name (or the number or subject), ignoring case and diacritics; best match first. At most 200 characters."
    holder: String
    "Only sample records (true) or only real ones (false); both when left out."
    isSample: Boolean
  }

  extend type Query {
    "Licences, latest issued first (best match first with a holder search)."
    licences(filter: LicenceFilter, first: Int, after: String, last: Int, before: String): LicenceConnection!
    "A licence by its global id."
    licence(id: ID!): Licence
  }

  "A newly issued licence to enter in the register (cấp giấy phép)."
  input LicenceIssueInput {
    "Kind of licence."
    type: LicenceType!
    "The number printed on the licence (số giấy phép), e.g. 03/GP-STTTT or 15/2021/GP-STTTT; at most 40 characters, unique within its type."
    number: String!
    "Who holds it (tổ chức, cá nhân được cấp phép)."
    holderName: String!
    "The holder's address, optional; shown to staff only."
    holderAddress: String
    "What is licensed: the bulletin's or publication's title, or the service point's address."
    subjectVi: String!
    "Day of issue (ngày cấp), YYYY-MM-DD."
    issuedOn: Date!
    "The first valid day; the day of issue when left out."
    validFrom: Date
    "The last valid day, YYYY-MM-DD; leave out when the licence has no end date."
    validUntil: Date
    "The issuing unit's code."
    issuerUnitCode: String! = "so-tttt"
    "True for a made-up record for demonstration (dữ liệu mẫu), never counted in statistics."
    isSample: Boolean! = false
  }

  ${payloadTypeDefs('LicenceIssuePayload', 'The licence entered in the register, or why it was refused.', 'licence', 'Licence')}

  "Revoking a licence (thu hồi giấy phép): from which day and why."
  input LicenceRevokeInput {
    "The licence's id (global id or UUID)."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Day of revocation (ngày thu hồi), YYYY-MM-DD; not before the day of issue."
    revokedOn: Date!
    "Why it is revoked (lý do thu hồi)."
    reason: String!
  }

  ${payloadTypeDefs('LicenceRevokePayload', 'The revoked licence, or why it could not be revoked.', 'licence', 'Licence')}

  extend type Mutation {
    "Enters a newly issued licence in the register (licensing officers)."
    licenceIssue(input: LicenceIssueInput!): LicenceIssuePayload!
    "Revokes a licence, once (licensing officers)."
    licenceRevoke(input: LicenceRevokeInput!): LicenceRevokePayload!
  }
`;
