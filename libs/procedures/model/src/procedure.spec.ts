import { describe, expect, it } from 'vitest';
import { channelTerms, procedureSchema, type ProcedureInput } from './procedure';

const bulletinLicence: ProcedureInput = {
  code: 'LSN-TTTT-01',
  nameVi: 'Cấp giấy phép xuất bản bản tin',
  nameEn: 'Bulletin publishing licence',
  field: 'press',
  performingAgencyCode: 'so-tttt',
  decidingAuthorityVi: 'Sở Thông tin và Truyền thông',
  channels: [
    { channel: 'in_person', timeLimitWorkingDays: 15, feeVnd: 0, feeNote: null },
    { channel: 'online', timeLimitWorkingDays: 15, feeVnd: 0, feeNote: null },
    { channel: 'postal', timeLimitWorkingDays: 15, feeVnd: 0, feeNote: 'Cước bưu chính do người nộp trả' },
  ],
  requiredDocuments: [{ nameVi: 'Đơn đề nghị cấp giấy phép', copies: 1, note: null }],
  steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'],
  legalBasis: [{ reference: '103/2016/QH13', title: 'Luật Báo chí', issuedOn: '2016-04-05' }],
  resultVi: 'Giấy phép xuất bản bản tin',
  serviceLevel: 'full_process',
  nationalPortalUrl: null,
  isSample: true,
  sourceFactId: 'F01',
  sourceQuote: 'giấy phép xuất bản bản tin',
};

const issueFields = (input: unknown) => {
  const result = procedureSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('procedureSchema', () => {
  it('accepts a sample procedure offered at the desk, online and by post', () => {
    expect(procedureSchema.parse(bulletinLicence)).toEqual(bulletinLicence);
  });

  it('accepts a fee that is not recorded (null, not 0) when its note says why', () => {
    const unknownFee = {
      ...bulletinLicence,
      channels: [{ channel: 'online', timeLimitWorkingDays: 15, feeVnd: null, feeNote: 'Mức phí chưa được ghi' }],
    };
    expect(procedureSchema.parse(unknownFee).channels[0]).toEqual({ channel: 'online', timeLimitWorkingDays: 15, feeVnd: null, feeNote: 'Mức phí chưa được ghi' });
  });

  it('accepts a national code and page for a procedure that is not a sample', () => {
    const national = { ...bulletinLicence, code: '1.004567', isSample: false, nationalPortalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1' };
    expect(issueFields(national)).toEqual([]);
  });

  it.each([
    ['a code with spaces', { code: 'LSN TTTT 01' }, 'code'],
    ['an unknown field', { field: 'football' }, 'field'],
    ['a performing agency that is not a unit code', { performingAgencyCode: 'Sở TT&TT' }, 'performingAgencyCode'],
    ['a negative fee', { channels: [{ channel: 'online', timeLimitWorkingDays: 15, feeVnd: -1, feeNote: null }] }, 'channels.0.feeVnd'],
    ['a fee in fractions of a đồng', { channels: [{ channel: 'online', timeLimitWorkingDays: 15, feeVnd: 0.5, feeNote: null }] }, 'channels.0.feeVnd'],
    ['an unrecorded fee without a note saying why', { channels: [{ channel: 'online', timeLimitWorkingDays: 15, feeVnd: null, feeNote: null }] }, 'channels.0.feeNote'],
    ['a fee given as text', { channels: [{ channel: 'online', timeLimitWorkingDays: 15, feeVnd: '50000', feeNote: null }] }, 'channels.0.feeVnd'],
    ['a time limit in fractions of a day', { channels: [{ channel: 'online', timeLimitWorkingDays: 1.5, feeVnd: 0, feeNote: null }] }, 'channels.0.timeLimitWorkingDays'],
    ['no channel at all', { channels: [] }, 'channels'],
    [
      'the same channel twice',
      {
        channels: [
          { channel: 'online', timeLimitWorkingDays: 15, feeVnd: 0, feeNote: null },
          { channel: 'online', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
        ],
      },
      'channels.1.channel',
    ],
    ['a wholly online procedure that cannot be done online', { channels: [{ channel: 'postal', timeLimitWorkingDays: 15, feeVnd: 0, feeNote: null }] }, 'serviceLevel'],
    ['a document asked for in zero copies', { requiredDocuments: [{ nameVi: 'Đơn', copies: 0, note: null }] }, 'requiredDocuments.0.copies'],
    ['no steps', { steps: [] }, 'steps'],
    ['a legal basis with a bad date', { legalBasis: [{ reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '20/11/2012' }] }, 'legalBasis.0.issuedOn'],
    ['a record that claims a public source without naming it', { isSample: false }, 'nationalPortalUrl'],
    ['a portal address that is not https', { nationalPortalUrl: 'http://dichvucong.gov.vn' }, 'nationalPortalUrl'],
    ['a source fact without its words', { sourceQuote: null }, 'sourceQuote'],
  ])('refuses %s', (_, change, field) => {
    expect(issueFields({ ...bulletinLicence, ...change })).toContain(field);
  });
});

describe('channelTerms', () => {
  it('gives the time limit and fee of a channel, or null when it is not offered', () => {
    const procedure = procedureSchema.parse({ ...bulletinLicence, channels: bulletinLicence.channels.slice(0, 2) });
    expect(channelTerms(procedure, 'online')).toMatchObject({ timeLimitWorkingDays: 15, feeVnd: 0 });
    expect(channelTerms(procedure, 'postal')).toBeNull();
  });
});
