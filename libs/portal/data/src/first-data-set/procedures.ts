import type { AuditContext } from '@egov/db';
import type { ProcedureChannel, ProcedureInput } from '@egov/procedures-model';
import type { ProceduresRepository } from '@egov/procedures-server';

/*
 * The department's procedures for the three licences the report counts (F01, F03) or discusses
 * (F64). The national public service portal could not be read when this data set was made, so
 * every record is a sample (isSample: true) under a local code: names and legal bases are real,
 * time limits, fees, papers and steps are plausible placeholders to be checked against the portal.
 */

const DEPARTMENT = 'so-tttt';
const DECIDING_AUTHORITY = 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn';
const SAMPLE_NOTE = 'Dữ liệu mẫu, chưa đối chiếu với Cổng Dịch vụ công quốc gia.';

/** The article's words on returning results by post, verbatim (with its no-break space); the steps below rest on them. */
const POSTAL_RETURN_QUOTE =
  'Riêng đối với các\u00a0thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, từ nay đến hết năm 2020, toàn bộ hồ sơ trả kết quả sẽ được chuyển trả qua Bưu điện.';

/** The same terms on every channel; a fee of null is one not recorded (never 0, which would say it is free). */
const everyChannel = (timeLimitWorkingDays: number, feeVnd: number | null, feeNote: string): ProcedureChannel[] =>
  (['in_person', 'online', 'postal'] as const).map((channel) => ({ channel, timeLimitWorkingDays, feeVnd, feeNote }));

const steps = (appraisal: string, result: string): string[] => [
  'Tổ chức, cá nhân nộp hồ sơ trực tiếp tại Bộ phận tiếp nhận và trả kết quả, trực tuyến, hoặc qua dịch vụ bưu chính công ích.',
  'Bộ phận tiếp nhận kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
  appraisal,
  result,
  `Trả kết quả cho tổ chức, cá nhân. Theo Sở: "${POSTAL_RETURN_QUOTE}"`,
];

const LAW_ON_PRESS = { reference: '103/2016/QH13', title: 'Luật Báo chí', issuedOn: '2016-04-05' };
const LAW_ON_PUBLISHING = { reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' };
const DECREE_72_2013 = {
  reference: '72/2013/NĐ-CP',
  title: 'Nghị định về quản lý, cung cấp, sử dụng dịch vụ internet và thông tin trên mạng',
  issuedOn: '2013-07-15',
};

export const firstDataSetProcedures: ProcedureInput[] = [
  {
    code: 'LSN-TTTT-01',
    nameVi: 'Cấp giấy phép xuất bản bản tin',
    nameEn: 'Licence to publish a bulletin',
    field: 'press',
    performingAgencyCode: DEPARTMENT,
    decidingAuthorityVi: DECIDING_AUTHORITY,
    channels: everyChannel(15, 0, `Không thu phí (mẫu). ${SAMPLE_NOTE}`),
    requiredDocuments: [
      { nameVi: 'Tờ khai đề nghị cấp giấy phép xuất bản bản tin', copies: 1, note: SAMPLE_NOTE },
      { nameVi: 'Mẫu trình bày tên gọi và hình thức bản tin', copies: 1, note: SAMPLE_NOTE },
      { nameVi: 'Bản sao văn bản chứng minh tư cách pháp nhân của cơ quan, tổ chức đề nghị cấp phép', copies: 1, note: SAMPLE_NOTE },
    ],
    steps: steps(
      'Phòng Thông tin - Báo chí - Xuất bản thẩm định hồ sơ, trình lãnh đạo Sở.',
      'Sở cấp giấy phép xuất bản bản tin; trường hợp không cấp, trả lời bằng văn bản và nêu rõ lý do.',
    ),
    legalBasis: [LAW_ON_PRESS],
    resultVi: 'Giấy phép xuất bản bản tin',
    serviceLevel: 'partial_process',
    nationalPortalUrl: null,
    isSample: true,
    sourceFactId: 'F01',
    sourceQuote: 'cấp 03 giấy phép xuất bản bản tin',
  },
  {
    code: 'LSN-TTTT-02',
    nameVi: 'Cấp giấy phép xuất bản tài liệu không kinh doanh',
    nameEn: 'Licence to publish non-commercial documents',
    field: 'publishing',
    performingAgencyCode: DEPARTMENT,
    decidingAuthorityVi: DECIDING_AUTHORITY,
    channels: everyChannel(10, 0, `Không thu phí (mẫu). ${SAMPLE_NOTE}`),
    requiredDocuments: [
      { nameVi: 'Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh', copies: 1, note: SAMPLE_NOTE },
      { nameVi: 'Bản thảo tài liệu đề nghị cấp phép xuất bản', copies: 2, note: SAMPLE_NOTE },
    ],
    steps: steps(
      'Phòng Thông tin - Báo chí - Xuất bản thẩm định nội dung bản thảo, trình lãnh đạo Sở.',
      'Sở cấp giấy phép xuất bản tài liệu không kinh doanh; trường hợp không cấp, trả lời bằng văn bản và nêu rõ lý do.',
    ),
    legalBasis: [LAW_ON_PUBLISHING],
    resultVi: 'Giấy phép xuất bản tài liệu không kinh doanh',
    serviceLevel: 'full_process',
    nationalPortalUrl: null,
    isSample: true,
    sourceFactId: 'F03',
    sourceQuote: 'Thẩm định cấp 59 giấy phép xuất bản tài liệu không kinh doanh',
  },
  {
    code: 'LSN-TTTT-03',
    nameVi: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    nameEn: 'Certificate of eligibility to operate a public electronic game service point',
    field: 'electronic_games',
    performingAgencyCode: DEPARTMENT,
    decidingAuthorityVi: DECIDING_AUTHORITY,
    // The report says the fee rules for this appraisal were still under discussion (F64): the amount
    // is not recorded (null), and the note says so.
    channels: everyChannel(
      10,
      null,
      `Phí thẩm định, đánh giá điều kiện hoạt động theo quy định của cấp có thẩm quyền; mức phí chưa được ghi. ${SAMPLE_NOTE}`,
    ),
    requiredDocuments: [
      { nameVi: 'Đơn đề nghị cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', copies: 1, note: SAMPLE_NOTE },
      { nameVi: 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký hộ kinh doanh', copies: 1, note: SAMPLE_NOTE },
    ],
    steps: steps(
      'Sở thẩm định hồ sơ và kiểm tra, đánh giá điều kiện hoạt động tại điểm cung cấp dịch vụ.',
      'Sở cấp giấy chứng nhận; trường hợp không cấp, trả lời bằng văn bản và nêu rõ lý do.',
    ),
    legalBasis: [DECREE_72_2013],
    resultVi: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    serviceLevel: 'partial_process',
    nationalPortalUrl: null,
    isSample: true,
    sourceFactId: 'F64',
    sourceQuote:
      'quy định về chế độ phí, lệ phí thẩm định, đánh giá điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
  },
];

/**
 * Inserts the sample procedures that are missing (looked up by code; a record already there is
 * never overwritten) and returns how many it inserted. Seeds no dossiers.
 */
export async function seedProcedures(repos: { procedures: ProceduresRepository }, context: AuditContext): Promise<number> {
  let inserted = 0;
  for (const procedure of firstDataSetProcedures) {
    if (await repos.procedures.get(procedure.code)) continue;
    await repos.procedures.create(procedure, context);
    inserted += 1;
  }
  return inserted;
}
