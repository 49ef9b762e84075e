import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The inspections' part of the schema: the register of inspections and sanction decisions, its totals and the inspectors' mutations. */
export const inspectionsTypeDefs = /* GraphQL */ `
  "Scheduled in the year's plan or called for a case (hình thức)."
  enum InspectionKind {
    "Theo kế hoạch: in the year's plan."
    PLANNED
    "Đột xuất: called for a particular case."
    AD_HOC
  }

  "A formal inspection or a compliance check; reports count them apart."
  enum InspectionActivity {
    "Thanh tra: a formal inspection ending in a conclusion."
    INSPECTION
    "Kiểm tra: a check of compliance with the rules."
    CHECK
  }

  "Sector the department oversees (lĩnh vực)."
  enum InspectionField {
    "Báo chí."
    PRESS
    "Xuất bản."
    PUBLISHING
    "Bưu chính."
    POST
    "Viễn thông."
    TELECOM
    "Internet."
    INTERNET
    "Công nghệ thông tin."
    IT
    "Phát thanh, truyền hình."
    BROADCASTING
    "Tần số vô tuyến điện."
    RADIO_FREQUENCY
    "Thông tin điện tử."
    ELECTRONIC_INFORMATION
    "An toàn thông tin."
    INFORMATION_SECURITY
    "Khác: any other sector."
    OTHER
  }

  "Where an inspection stands (trạng thái): planned → in progress → concluded."
  enum InspectionStatus {
    "Theo kế hoạch: ordered, work not yet begun."
    PLANNED
    "Đang tiến hành."
    IN_PROGRESS
    "Đã kết luận: final."
    CONCLUDED
  }

  "Who is inspected or fined."
  enum SubjectKind {
    "Tổ chức: an organisation, e.g. a business."
    ORGANISATION
    "Cá nhân: an individual, whose name only inspectors see."
    INDIVIDUAL
  }

  "Where a fine stands (tình trạng thi hành)."
  enum EnforcementStatus {
    "Chưa thi hành: awaiting payment."
    PENDING
    "Đã nộp phạt: paid; final."
    PAID
    "Cưỡng chế: collected by enforcement; final."
    ENFORCED
    "Khiếu nại: under appeal."
    APPEALED
  }

  "Which way a register list runs by date."
  enum RegisterSortDirection {
    "Oldest first (the register's order)."
    ASC
    "Newest first."
    DESC
  }

  "One inspected or checked party (đối tượng thanh tra, kiểm tra)."
  type InspectionSubject {
    "Its name; null for an individual unless the caller is an inspector or an admin (personal data)."
    name: String
    "Organisation or individual."
    kind: SubjectKind!
  }

  "An inspection or check (cuộc thanh tra / kiểm tra) of the inspectorate's register (sổ theo dõi)."
  type Inspection implements Node {
    id: ID!
    "Number of the decision that orders it (số quyết định), e.g. 01/QĐ-TTr."
    decisionNumber: String!
    "Planned (theo kế hoạch) or ad hoc (đột xuất)."
    kind: InspectionKind!
    "A formal inspection (thanh tra) or a compliance check (kiểm tra)."
    activity: InspectionActivity!
    "Sector inspected (lĩnh vực)."
    field: InspectionField!
    "Who was inspected or checked."
    subjects: [InspectionSubject!]!
    "First day of work (ngày bắt đầu)."
    startedOn: Date!
    "Last day of work (ngày kết thúc), when known."
    endedOn: Date
    "Where it stands (trạng thái): planned, in progress or concluded."
    status: InspectionStatus!
    "The conclusion (kết luận thanh tra), once concluded."
    conclusionVi: String
    "When it was concluded."
    concludedOn: Date
    "The unit in charge (đơn vị chủ trì), usually the department's inspectorate."
    leadUnit: Unit!
    "The sanction decisions that followed it, by date."
    sanctionDecisions: [SanctionDecision!]!
    "Version for optimistic concurrency: name it when changing the inspection."
    version: Int!
  }

  "One violation a decision sanctions (hành vi vi phạm)."
  type Violation {
    "What was done wrong (mô tả)."
    descriptionVi: String!
    "The provision breached (điều khoản), e.g. Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP."
    legalArticle: String!
  }

  "A decision imposing an administrative sanction (quyết định xử phạt vi phạm hành chính)."
  type SanctionDecision implements Node {
    id: ID!
    "Decision number (số quyết định), e.g. 05/QĐ-XPVPHC."
    number: String!
    "Day of issue (ngày ban hành)."
    issuedOn: Date!
    "The inspection it follows; null for a decision standing alone."
    inspection: Inspection
    "Why a decision stands alone, without an inspection (lý do)."
    standaloneReason: String
    "Sector of the violation: the decision's own, else its inspection's."
    field: InspectionField
    "The violator's name; null for an individual unless the caller is an inspector or an admin (personal data)."
    violatorName: String
    "Organisation or individual."
    violatorKind: SubjectKind!
    "The violations sanctioned, each with the provision breached."
    violations: [Violation!]!
    "The fine in đồng (số tiền phạt), a whole number."
    fineVnd: Float!
    "The fine in Vietnamese words as written on the decision (bằng chữ): Sáu mươi triệu đồng."
    fineInWords: String!
    "Remedial measures and additional penalties (biện pháp khắc phục hậu quả, hình thức xử phạt bổ sung)."
    extraMeasures: [String!]!
    "Where the fine stands (tình trạng thi hành): pending, paid, enforced or appealed."
    enforcementStatus: EnforcementStatus!
    "Version for optimistic concurrency."
    version: Int!
  }

  ${connectionTypeDefs('Inspection', 'A page of inspections and checks.')}
  ${connectionTypeDefs('SanctionDecision', 'A page of sanction decisions.')}

  "Which inspections to list: started in a period (both days included), of a sector, at a status."
  input InspectionFilter {
    "Only inspections started on or after this day, YYYY-MM-DD."
    from: Date
    "Only inspections started on or before this day, YYYY-MM-DD."
    to: Date
    "Only inspections of this sector."
    field: InspectionField
    "Only inspections at this status."
    status: InspectionStatus
  }

  "Which sanction decisions to list: issued in a period (both days included), of a sector, at an enforcement status."
  input SanctionDecisionFilter {
    "Only decisions issued on or after this day, YYYY-MM-DD."
    from: Date
    "Only decisions issued on or before this day, YYYY-MM-DD."
    to: Date
    "The decision's sector, else its inspection's."
    field: InspectionField
    "Only decisions whose fine is at this enforcement status."
    enforcementStatus: EnforcementStatus
  }

  "Order of a register list: by start date for inspections, by issue date for decisions."
  input RegisterOrder {
    "Oldest first (ASC, the default) or newest first (DESC)."
    direction: RegisterSortDirection! = ASC
  }

  """
  Figures a published report gives for the same period (e.g. the half-year report's F30–F33), to
  compare with the register. Any may be left out; missing ones are not compared.
  """
  input InspectionReportedTotals {
    "Inspections carried out (cuộc thanh tra), as reported."
    inspections: Int
    "Units inspected (đơn vị được thanh tra), as reported."
    inspectedSubjects: Int
    "Checks carried out (cuộc kiểm tra), as reported."
    checks: Int
    "Subjects checked (đối tượng được kiểm tra), as reported."
    checkedSubjects: Int
    "Sanction decisions issued (quyết định xử phạt), as reported."
    decisions: Int
    "Their fines in đồng (tiền phạt), as reported."
    finesVnd: Float
  }

  "A figure of the period totals."
  enum InspectionTotalsFigure {
    "Inspections carried out (cuộc thanh tra)."
    INSPECTIONS
    "Units inspected (đơn vị được thanh tra)."
    INSPECTED_SUBJECTS
    "Checks carried out (cuộc kiểm tra)."
    CHECKS
    "Subjects checked (đối tượng được kiểm tra)."
    CHECKED_SUBJECTS
    "Sanction decisions issued (quyết định xử phạt)."
    DECISIONS
    "Their fines in đồng (tiền phạt)."
    FINES_VND
  }

  "A figure on which the register and a report disagree."
  type InspectionTotalsDifference {
    "Which figure disagrees."
    figure: InspectionTotalsFigure!
    "The figure the register gives."
    register: Float!
    "The figure the report gives."
    reported: Float!
    "register − reported: positive when the register holds more than the report says."
    difference: Float!
  }

  """
  The register's totals for a period (tổng hợp), counted as the half-year report counts them: an
  inspection in the period it started in, once carried out; a decision in the period it was issued in.
  """
  type InspectionTotals {
    "First day of the period, YYYY-MM-DD."
    from: Date!
    "Last day of the period, YYYY-MM-DD."
    to: Date!
    "Inspections carried out (cuộc thanh tra)."
    inspections: Int!
    "Units inspected (đơn vị được thanh tra)."
    inspectedSubjects: Int!
    "Checks carried out (cuộc kiểm tra)."
    checks: Int!
    "Subjects checked (đối tượng được kiểm tra)."
    checkedSubjects: Int!
    "Sanction decisions issued (quyết định xử phạt)."
    decisions: Int!
    "Their fines in đồng (tiền phạt), a whole number."
    finesVnd: Float!
    "The fines in Vietnamese words."
    finesInWords: String!
    "The figures the reported totals give that the register does not bear out; null when none were given."
    differences: [InspectionTotalsDifference!]
    "Whether the reported totals agree with the register; null when none were given."
    consistent: Boolean
  }

  extend type Query {
    "Inspections and checks of the register, by start date."
    inspections(filter: InspectionFilter, orderBy: RegisterOrder, first: Int, after: String, last: Int, before: String): InspectionConnection!
    "Sanction decisions, by issue date."
    sanctionDecisions(filter: SanctionDecisionFilter, orderBy: RegisterOrder, first: Int, after: String, last: Int, before: String): SanctionDecisionConnection!
    """
    The register's totals for a period (both days included). Give a report's figures as reported to
    have them checked against the register (the comparison is made here, not read from the report).
    """
    inspectionTotals(from: Date!, to: Date!, reported: InspectionReportedTotals): InspectionTotals!
  }

  "A party as the inspector records it."
  input InspectionSubjectInput {
    "Its name; an individual's is shown to inspectors and admins only."
    name: String!
    "Organisation or individual."
    kind: SubjectKind!
  }

  "An inspection as recorded (ghi sổ cuộc thanh tra / kiểm tra)."
  input InspectionRecordInput {
    "Number of the decision that orders it (số quyết định), e.g. 01/QĐ-TTr."
    decisionNumber: String!
    "Planned (theo kế hoạch) or ad hoc (đột xuất)."
    kind: InspectionKind!
    "A formal inspection (thanh tra) or a compliance check (kiểm tra)."
    activity: InspectionActivity!
    "Sector inspected (lĩnh vực)."
    field: InspectionField!
    "At least one, at most 200."
    subjects: [InspectionSubjectInput!]!
    "First day of work (ngày bắt đầu), YYYY-MM-DD."
    startedOn: Date!
    "Not before startedOn."
    endedOn: Date
    "Where it stands: planned, in progress or concluded."
    status: InspectionStatus!
    "Only for a concluded inspection, which must have it."
    conclusionVi: String
    "Only for a concluded inspection, which must have it; not before startedOn."
    concludedOn: Date
    "Code of the unit in charge, e.g. thanh-tra-so."
    leadUnitCode: String!
  }

  "A whole new record of an inspection: every field is replaced; the status may only move forward."
  input InspectionUpdateInput {
    "The inspection's global id."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Number of the decision that orders it (số quyết định), e.g. 01/QĐ-TTr."
    decisionNumber: String!
    "Planned (theo kế hoạch) or ad hoc (đột xuất)."
    kind: InspectionKind!
    "A formal inspection (thanh tra) or a compliance check (kiểm tra)."
    activity: InspectionActivity!
    "Sector inspected (lĩnh vực)."
    field: InspectionField!
    "Who is inspected or checked: at least one, at most 200."
    subjects: [InspectionSubjectInput!]!
    "First day of work (ngày bắt đầu), YYYY-MM-DD."
    startedOn: Date!
    "Last day of work, YYYY-MM-DD; not before startedOn."
    endedOn: Date
    "Where it stands; it may only move forward (planned → in progress → concluded)."
    status: InspectionStatus!
    "The conclusion (kết luận thanh tra); only for a concluded inspection, which must have it."
    conclusionVi: String
    "Day of the conclusion, YYYY-MM-DD; only for a concluded inspection, which must have it; not before startedOn."
    concludedOn: Date
    "Code of the unit in charge (đơn vị chủ trì), e.g. thanh-tra-so."
    leadUnitCode: String!
  }

  "The conclusion of an inspection (kết luận thanh tra)."
  input InspectionConcludeInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "The conclusion (kết luận thanh tra)."
    conclusionVi: String!
    "Day of the conclusion, YYYY-MM-DD; not before the start."
    concludedOn: Date!
    "The last day of work, if not yet recorded; defaults to concludedOn."
    endedOn: Date
  }

  "A violation as the inspector records it."
  input ViolationInput {
    "What was done wrong (hành vi vi phạm)."
    descriptionVi: String!
    "The provision breached (điều khoản), e.g. Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP."
    legalArticle: String!
  }

  "A sanction decision as recorded. It follows an inspection (inspectionId) or stands alone, saying why (standaloneReason)."
  input SanctionDecisionRecordInput {
    "Decision number (số quyết định), e.g. 05/QĐ-XPVPHC."
    number: String!
    "Day of issue (ngày ban hành), YYYY-MM-DD."
    issuedOn: Date!
    "Global id of the inspection it follows; its issue date cannot precede the inspection's start."
    inspectionId: ID
    "Required when there is no inspection."
    standaloneReason: String
    "Omitted: the sector of its inspection."
    field: InspectionField
    "The violator's name; an individual's is shown to inspectors and admins only."
    violatorName: String!
    "Organisation or individual."
    violatorKind: SubjectKind!
    "At least one, at most 50."
    violations: [ViolationInput!]!
    "A whole number of đồng, more than 0."
    fineVnd: Float!
    "Remedial measures and additional penalties (biện pháp khắc phục hậu quả, hình thức xử phạt bổ sung); none when left out."
    extraMeasures: [String!]
    "Defaults to PENDING."
    enforcementStatus: EnforcementStatus
  }

  "A step in enforcing a fine: paid, enforced, appealed, or back to pending after an appeal."
  input SanctionDecisionEnforcementUpdateInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "The fine's new enforcement status (tình trạng thi hành)."
    enforcementStatus: EnforcementStatus!
  }

  ${payloadTypeDefs('InspectionRecordPayload', 'The result of inspectionRecord.', 'inspection', 'Inspection')}
  ${payloadTypeDefs('InspectionUpdatePayload', 'The result of inspectionUpdate.', 'inspection', 'Inspection')}
  ${payloadTypeDefs('InspectionConcludePayload', 'The result of inspectionConclude.', 'inspection', 'Inspection')}
  ${payloadTypeDefs('SanctionDecisionRecordPayload', 'The result of sanctionDecisionRecord.', 'sanctionDecision', 'SanctionDecision')}
  ${payloadTypeDefs('SanctionDecisionEnforcementUpdatePayload', 'The result of sanctionDecisionEnforcementUpdate.', 'sanctionDecision', 'SanctionDecision')}

  extend type Mutation {
    "Records an inspection or check in the register. Role: inspector."
    inspectionRecord(input: InspectionRecordInput!): InspectionRecordPayload!
    "Replaces an inspection's record, if still at the version given. Role: inspector."
    inspectionUpdate(input: InspectionUpdateInput!): InspectionUpdatePayload!
    "Records the conclusion of an inspection. Role: inspector."
    inspectionConclude(input: InspectionConcludeInput!): InspectionConcludePayload!
    "Records a sanction decision. Role: inspector."
    sanctionDecisionRecord(input: SanctionDecisionRecordInput!): SanctionDecisionRecordPayload!
    "Moves a fine on (paid, enforced, appealed). Role: inspector."
    sanctionDecisionEnforcementUpdate(input: SanctionDecisionEnforcementUpdateInput!): SanctionDecisionEnforcementUpdatePayload!
  }
`;
