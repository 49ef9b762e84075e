import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The procedures' part of the schema: the catalogue, the public dossier lookup and the licensing officers' dossier work. */
export const proceduresTypeDefs = /* GraphQL */ `
  "Field of a procedure (lĩnh vực), as the national public service portal groups them."
  enum ProcedureField {
    "Xuất bản."
    PUBLISHING
    "Báo chí."
    PRESS
    "Trò chơi điện tử."
    ELECTRONIC_GAMES
    "Bưu chính."
    POST
    "Viễn thông và internet."
    TELECOM_INTERNET
    "Tần số vô tuyến điện."
    RADIO_FREQUENCY
    "Công nghệ thông tin."
    INFORMATION_TECHNOLOGY
    "Thông tin điện tử."
    ELECTRONIC_INFORMATION
    "Phát thanh, truyền hình."
    BROADCASTING
  }

  "How a dossier reaches the department and how its result goes back (cách thức thực hiện)."
  enum Channel {
    "Trực tiếp: in person at the one-stop desk."
    IN_PERSON
    "Trực tuyến: online."
    ONLINE
    "Dịch vụ bưu chính công ích: by the public postal service."
    POSTAL
  }

  "How much of a procedure can be done online (mức độ dịch vụ công trực tuyến)."
  enum ServiceLevel {
    "Toàn trình: the whole process online."
    FULL_PROCESS
    "Một phần: part of the process online."
    PARTIAL_PROCESS
  }

  "The ten national states of a dossier (trạng thái hồ sơ)."
  enum DossierState {
    "Mới đăng ký: lodged online, not yet accepted by the desk."
    NEW
    "Đã tiếp nhận: received."
    RECEIVED
    "Không được tiếp nhận: not accepted (final)."
    NOT_ACCEPTED
    "Đang xử lý: being processed."
    PROCESSING
    "Yêu cầu bổ sung: more papers requested."
    SUPPLEMENT_REQUESTED
    "Yêu cầu thực hiện nghĩa vụ tài chính: awaiting payment of fees and charges."
    FINANCIAL_OBLIGATION
    "Công dân yêu cầu rút hồ sơ: the applicant asked to withdraw it."
    WITHDRAWAL_REQUESTED
    "Dừng xử lý: processing stopped (final)."
    STOPPED
    "Đã xử lý xong: processed, the result is ready."
    PROCESSED
    "Đã trả kết quả: result returned (final)."
    RETURNED
  }

  "The time limit and fee of a procedure through one channel."
  type ProcedureChannel {
    "The channel (cách thức thực hiện): in person, online or by post."
    channel: Channel!
    "The channel as the national portal prints it, in Vietnamese."
    channelLabelVi: String!
    "Time limit (thời hạn giải quyết) in working days, counted from the day after receipt."
    timeLimitWorkingDays: Int!
    "Fee and charge (phí, lệ phí) in whole đồng: 0 when free, null when the amount is not recorded (see feeNote). A Float because amounts may pass 2^31."
    feeVnd: Float
    "What the fee is, or why its amount is not recorded."
    feeNote: String
  }

  "A paper of the dossier (thành phần hồ sơ)."
  type RequiredDocument {
    "Name of the paper, in Vietnamese as the portal words it."
    nameVi: String!
    "How many copies (số lượng bản)."
    copies: Int!
    "What to know about the paper (form number, original or certified copy…); null when nothing."
    note: String
  }

  "A legal document the procedure rests on (căn cứ pháp lý)."
  type LegalBasis {
    "Its number as written: 103/2016/QH13."
    reference: String!
    "Its title, in Vietnamese."
    title: String!
    "Day it was issued, YYYY-MM-DD; null when not recorded."
    issuedOn: Date
  }

  "An administrative procedure (thủ tục hành chính) with the fields of the national public service portal."
  type Procedure implements Node {
    id: ID!
    "The national code (1.004567) or, while not published there, a local code (LSN-TTTT-01)."
    code: String!
    "Name in Vietnamese (tên thủ tục)."
    nameVi: String!
    "Name in English."
    nameEn: String!
    "Field (lĩnh vực) the procedure belongs to."
    field: ProcedureField!
    "The unit that receives and settles the dossiers (cơ quan thực hiện)."
    performingAgency: Unit!
    "Who decides (cơ quan có thẩm quyền quyết định), as the portal words it."
    decidingAuthorityVi: String!
    "The channels offered, each with its time limit and fee."
    channels: [ProcedureChannel!]!
    "The papers to hand in (thành phần hồ sơ)."
    requiredDocuments: [RequiredDocument!]!
    "The steps (trình tự thực hiện), in order."
    steps: [String!]!
    "The legal documents it rests on (căn cứ pháp lý)."
    legalBasis: [LegalBasis!]!
    "What the applicant receives (kết quả thực hiện)."
    resultVi: String!
    "How much of it can be done online (mức độ dịch vụ công trực tuyến)."
    serviceLevel: ServiceLevel!
    "The procedure's page on the national public service portal (dichvucong.gov.vn), when published there."
    nationalPortalUrl: String
    "True when the details are not grounded in a public source we could read: shown as a sample (dữ liệu mẫu)."
    isSample: Boolean!
    "The fact of the first data set that names the procedure (F01)."
    sourceFactId: String
    "The words of that source, verbatim."
    sourceQuote: String
    "Version for optimistic concurrency."
    version: Int!
  }

  ${connectionTypeDefs('Procedure', 'A page of procedures.')}

  "Which procedures to list; every given criterion must hold."
  input ProcedureFilter {
    "Only procedures of this field."
    field: ProcedureField
    "Only procedures at this online service level."
    serviceLevel: ServiceLevel
    "Only procedures offered through this channel."
    channel: Channel
  }

  "A state of the dossier state machine, for forms and legends."
  type DossierStateInfo {
    "The state."
    state: DossierState!
    "Its name in Vietnamese, as the national portal prints it."
    labelVi: String!
    "Its name in English."
    labelEn: String!
    "The states a dossier in this one may move to."
    allowedNext: [DossierState!]!
    "True when nothing more can happen (not accepted, stopped, returned)."
    final: Boolean!
  }

  "One step of a dossier's public timeline: the state it reached and when."
  type DossierTimelineEntry {
    "The state before; null for the receipt."
    from: DossierState
    "The state the dossier reached."
    state: DossierState!
    "That state's name in Vietnamese."
    labelVi: String!
    "That state's name in English."
    labelEn: String!
    "When the dossier reached it (received, for the first entry)."
    at: DateTime!
  }

  """
  What anyone holding a dossier code may see (tra cứu hồ sơ): where the dossier stands and when it
  is due. No applicant data, no notes, no officials' names.
  """
  type PublicDossier {
    "The code printed on the receipt: LSN-200626-0001."
    code: String!
    "The procedure applied for; null if it is no longer listed."
    procedure: Procedure
    "The channel it was received through."
    channel: Channel!
    "The channel its result went back through, once returned."
    returnChannel: Channel
    "When the dossier was received (ngày tiếp nhận)."
    receivedAt: DateTime!
    "Due date (hạn trả kết quả)."
    dueOn: Date!
    "Where the dossier stands now (trạng thái hồ sơ)."
    state: DossierState!
    "The current state's name in Vietnamese."
    stateLabelVi: String!
    "The current state's name in English."
    stateLabelEn: String!
    "The deadline of an open request for more papers."
    supplementDeadline: Date
    "The receipt and every move since, oldest first."
    timeline: [DossierTimelineEntry!]!
    "The day the department finished with it (processed, not accepted or stopped); null while open."
    settledOn: Date
    "On time (đúng hạn): settled by the due date, or, while open, not yet past it today."
    onTime: Boolean!
  }

  "The person who lodged a dossier. Personal data: officials only."
  type Applicant {
    "Full name (họ và tên)."
    fullName: String!
    "Citizen identity number (số định danh / CMND)."
    idNumber: String!
    "Phone number: 0912345678 or +84912345678."
    phone: String!
    "Email address; null when none was given."
    email: String
    "Postal address, as written on the dossier."
    address: String!
  }

  "What the department asked the applicant to add (yêu cầu bổ sung), and by when."
  type SupplementRequest {
    "What to add and why."
    reason: String!
    "Last day to hand the papers in, YYYY-MM-DD."
    deadline: Date!
  }

  "One move of a dossier, with who made it and why (officials only)."
  type DossierHistoryEntry {
    "The state before the move."
    from: DossierState!
    "The state after the move."
    to: DossierState!
    "When the move was made."
    at: DateTime!
    "The official who made the move (user id)."
    actor: String!
    "The official's note on the move; null when none."
    note: String
    "The request for more papers made by a move to SUPPLEMENT_REQUESTED; null otherwise."
    supplement: SupplementRequest
  }

  "A dossier (hồ sơ) as officials see it: with the applicant and the full history. Licensing officers only."
  type Dossier implements Node {
    id: ID!
    "The code printed on the receipt: LSN-200626-0001."
    code: String!
    "The procedure applied for; null if it is no longer listed."
    procedure: Procedure
    "The channel it was received through."
    channel: Channel!
    "The channel its result went back through; null until it is returned."
    returnChannel: Channel
    "The applicant (người nộp hồ sơ), with personal data."
    applicant: Applicant!
    "When it was received (ngày tiếp nhận)."
    receivedAt: DateTime!
    "Due date (hạn trả kết quả), YYYY-MM-DD."
    dueOn: Date!
    "Where it stands now (trạng thái hồ sơ)."
    state: DossierState!
    "The current state's name in Vietnamese."
    stateLabelVi: String!
    "The current state's name in English."
    stateLabelEn: String!
    "The states it may move to now."
    allowedNext: [DossierState!]!
    "The open request for more papers."
    supplement: SupplementRequest
    "Every move since receipt, oldest first, with who made it and why."
    history: [DossierHistoryEntry!]!
    "The day the department finished with it (processed, not accepted or stopped); null while open."
    settledOn: Date
    "On time (đúng hạn): settled by the due date, or, while open, not yet past it today."
    onTime: Boolean!
    "Version for optimistic concurrency: name it when moving the dossier."
    version: Int!
  }

  ${connectionTypeDefs('Dossier', 'A page of dossiers (officials only).')}

  "Which dossiers to list."
  input DossierFilter {
    "Only dossiers for the procedure with this code."
    procedureCode: String
    "Only dossiers in this state."
    state: DossierState
  }

  extend type Query {
    "Procedures by code, filtered."
    procedures(filter: ProcedureFilter, first: Int, after: String, last: Int, before: String): ProcedureConnection!
    "Procedures whose name, code, result or steps match, ignoring case and diacritics (\\"giay phep\\" finds \\"giấy phép\\"), best first."
    procedureSearch(query: String!, filter: ProcedureFilter, first: Int, after: String, last: Int, before: String): ProcedureConnection!
    "A procedure by its code."
    procedure(code: String!): Procedure
    """
    The public view of a dossier by the code on its receipt; null when no dossier has that code.
    Limited per client address (licensing officers are not): at most 10 codes that name no dossier
    and 60 lookups in all per 10 minutes; past that the error has code RATE_LIMITED and
    \`retryAfterSeconds\`, the seconds to wait.
    """
    dossierLookup(code: String!): PublicDossier
    "A dossier with the applicant's data: licensing officers only (FORBIDDEN otherwise)."
    dossier(code: String!): Dossier
    "Dossiers, newest first: licensing officers only (FORBIDDEN otherwise)."
    dossiers(filter: DossierFilter, first: Int, after: String, last: Int, before: String): DossierConnection!
    "The ten dossier states, in their usual order, with where each may go."
    dossierStates: [DossierStateInfo!]!
  }

  "The applicant as the desk records them."
  input ApplicantInput {
    "Full name (họ và tên)."
    fullName: String!
    "9 or 12 digits."
    idNumber: String!
    "A Vietnamese phone number: 0912345678 or +84912345678."
    phone: String!
    "Email address, optional."
    email: String
    "Postal address."
    address: String!
  }

  "A dossier received at the one-stop desk (tiếp nhận hồ sơ); its code and due date are derived."
  input DossierReceiveInput {
    "Code of the procedure applied for."
    procedureCode: String!
    "The channel it arrived through."
    channel: Channel!
    "The applicant (người nộp hồ sơ)."
    applicant: ApplicantInput!
    "When it arrived; now when left out."
    receivedAt: DateTime
  }

  ${payloadTypeDefs('DossierReceivePayload', 'The dossier received, or why it was not.', 'dossier', 'Dossier')}

  "What the department asks the applicant to add, and by when (after today)."
  input SupplementRequestInput {
    "What to add and why."
    reason: String!
    "Last day to hand the papers in, YYYY-MM-DD, after today."
    deadline: Date!
  }

  "A move of a dossier along the state machine."
  input DossierTransitionInput {
    "The dossier's code: LSN-200626-0001."
    code: String!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "The state to move to: one of the current state's allowedNext."
    to: DossierState!
    "A note on the move, kept in the history (officials only)."
    note: String
    "Required when moving to SUPPLEMENT_REQUESTED, refused otherwise."
    supplement: SupplementRequestInput
    "Required when moving to RETURNED, refused otherwise."
    returnChannel: Channel
  }

  ${payloadTypeDefs('DossierTransitionPayload', 'The dossier after the move, or why it was refused.', 'dossier', 'Dossier')}

  extend type Mutation {
    "Records a dossier received through any channel (licensing officers)."
    dossierReceive(input: DossierReceiveInput!): DossierReceivePayload!
    "Moves a dossier to another state, only as the state machine allows (licensing officers)."
    dossierTransition(input: DossierTransitionInput!): DossierTransitionPayload!
  }
`;
