/** What the unit tests of the procedures remote answer for the gateway: the first data set's procedures. */
import { graphqlRequestOf } from '@egov/client';

/** The gateway's answer to one operation: its data, or its errors. */
export type Answer = { data?: unknown; errors?: unknown[] };

/** A request the page made: its operation and variables. */
export interface AskedRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A gateway stand-in answering by operation name; a request the page should not make fails the
 * test. `asked` lists the operations in the order asked, `requests` them with their variables.
 */
export function fakeGateway(answers: Record<string, Answer>) {
  const asked: string[] = [];
  const requests: AskedRequest[] = [];
  const fetch = async (url: unknown, init?: { body?: unknown }) => {
    const request = graphqlRequestOf(url, init);
    asked.push(request.operationName);
    requests.push(request);
    const answer = answers[request.operationName];
    if (!answer) throw new Error(`unexpected request ${request.operationName}`);
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, asked, requests };
}

export const channel = (kind: string, feeVnd: number | null, timeLimitWorkingDays = 15) => ({
  __typename: 'ProcedureChannel',
  channel: kind,
  timeLimitWorkingDays,
  feeVnd,
  feeNote: feeVnd === null ? 'Mức phí chưa được ghi' : null,
});

export const procedure = (code: string, nameVi: string, nameEn: string, feeVnd: number | null, field = 'PRESS') => ({
  __typename: 'Procedure',
  id: `Procedure:${code}`,
  code,
  nameVi,
  nameEn,
  field,
  serviceLevel: 'PARTIAL_PROCESS',
  isSample: true,
  channels: [channel('IN_PERSON', feeVnd), channel('POSTAL', feeVnd)],
});

export const bulletinLicence = procedure('LSN-TTTT-01', 'Cấp giấy phép xuất bản bản tin', 'Licence to publish a bulletin', 0);
export const gamePointCertificate = procedure('LSN-TTTT-03', 'Cấp giấy chứng nhận điểm trò chơi điện tử', 'Game service point certificate', null, 'ELECTRONIC_GAMES');

/** A `Procedures` answer: one page holding `nodes`. */
export const procedurePage = (nodes: unknown[]): Answer => ({
  data: {
    procedures: {
      __typename: 'ProcedureConnection',
      totalCount: nodes.length,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false },
      nodes,
    },
  },
});

export const catalogue: Answer = procedurePage([bulletinLicence, gamePointCertificate]);

/** A procedure with every field of its page (`Procedure`), as the first data set holds it. */
export const nonCommercialPublication = {
  ...procedure('LSN-TTTT-02', 'Cấp giấy phép xuất bản tài liệu không kinh doanh', 'Licence to publish non-commercial documents', 0, 'PUBLISHING'),
  serviceLevel: 'FULL_PROCESS',
  channels: [channel('IN_PERSON', 0, 10), channel('ONLINE', 0, 10), channel('POSTAL', 0, 10)],
  performingAgency: {
    __typename: 'Unit',
    id: 'Unit:so-tttt',
    code: 'so-tttt',
    nameVi: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
    nameEn: 'Lạng Sơn Department of Information and Communications',
  },
  decidingAuthorityVi: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  requiredDocuments: [
    { __typename: 'RequiredDocument', nameVi: 'Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh', copies: 1, note: null },
    { __typename: 'RequiredDocument', nameVi: 'Bản thảo tài liệu đề nghị cấp phép xuất bản', copies: 2, note: null },
  ],
  steps: [
    'Phòng Thông tin - Báo chí - Xuất bản thẩm định nội dung bản thảo, trình lãnh đạo Sở.',
    'Sở cấp giấy phép xuất bản tài liệu không kinh doanh; trường hợp không cấp, trả lời bằng văn bản và nêu rõ lý do.',
  ],
  legalBasis: [{ __typename: 'LegalBasis', reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' }],
  resultVi: 'Giấy phép xuất bản tài liệu không kinh doanh',
  nationalPortalUrl: null,
  sourceFactId: 'F03',
  sourceQuote: 'Thẩm định cấp 59 giấy phép xuất bản tài liệu không kinh doanh',
};
