import { licenceStatus, licenceStatusLabels, licenceTypeLabels, type LicenceStatus, type LicenceType } from '@egov/licences-model';
import { dayInVietnam } from '@egov/periods';
import { combinedStamp, defineDataset } from './open-dataset';

/**
 * One licence of the register. The holder's address is left out: for a person it is personal
 * data, and the register does not say whether a holder is a person or an organisation.
 */
export type LicenceRow = {
  type: LicenceType;
  type_name_vi: string;
  number: string;
  holder_name: string;
  subject_vi: string;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  status: LicenceStatus;
  status_name_vi: string;
  status_on: string;
  issuer_unit_code: string;
  issuer_name_vi: string | null;
  is_sample: boolean;
};

/** The register of licences the department has issued. */
export const licencesDataset = defineDataset<LicenceRow>({
  id: 'licences',
  titleVi: 'Giấy phép do Sở Thông tin và Truyền thông cấp',
  titleEn: 'Licences issued by the Department of Information and Communications',
  descriptionVi:
    'Sổ cấp giấy phép: giấy phép xuất bản bản tin, giấy phép xuất bản tài liệu không kinh doanh, giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng; kèm thời hạn và tình trạng hiệu lực tại ngày tải về. Không công bố địa chỉ của người được cấp phép.',
  descriptionEn:
    'The licence register: bulletin publishing licences, non-commercial publication licences and public electronic-game service point certificates, with their validity and their status on the day of download. Holders’ addresses are not published.',
  columns: {
    type: {
      type: 'string',
      descriptionVi: 'Mã loại giấy phép: bulletin_publishing, non_commercial_publication, game_service_point_certificate.',
      descriptionEn: 'Licence type code: bulletin_publishing, non_commercial_publication, game_service_point_certificate.',
    },
    type_name_vi: { type: 'string', descriptionVi: 'Tên loại giấy phép.', descriptionEn: 'Name of the licence type, in Vietnamese.' },
    number: { type: 'string', descriptionVi: 'Số giấy phép (03/GP-STTTT), duy nhất trong mỗi loại.', descriptionEn: 'Licence number (03/GP-STTTT), unique within its type.' },
    holder_name: { type: 'string', descriptionVi: 'Tên tổ chức, cá nhân được cấp phép.', descriptionEn: 'Name of the holder.' },
    subject_vi: {
      type: 'string',
      descriptionVi: 'Nội dung được cấp phép: tên bản tin, tài liệu, hoặc địa chỉ điểm cung cấp dịch vụ.',
      descriptionEn: 'What is licensed: the bulletin’s or publication’s title, or the service point’s address.',
    },
    issued_on: { type: 'date', descriptionVi: 'Ngày cấp (YYYY-MM-DD).', descriptionEn: 'Day of issue (YYYY-MM-DD).' },
    valid_from: { type: 'date', descriptionVi: 'Ngày có hiệu lực (YYYY-MM-DD).', descriptionEn: 'First valid day (YYYY-MM-DD).' },
    valid_until: { type: 'date', descriptionVi: 'Ngày hết hiệu lực (YYYY-MM-DD); trống nếu không thời hạn.', descriptionEn: 'Last valid day (YYYY-MM-DD); empty when the licence has no end.' },
    status: {
      type: 'string',
      descriptionVi: 'Tình trạng tại ngày status_on: valid (còn hiệu lực), expired (hết hiệu lực), revoked (đã thu hồi).',
      descriptionEn: 'Status on the day status_on: valid, expired or revoked.',
    },
    status_name_vi: { type: 'string', descriptionVi: 'Tên tình trạng.', descriptionEn: 'Name of the status, in Vietnamese.' },
    status_on: { type: 'date', descriptionVi: 'Ngày xác định tình trạng: ngày tải về, theo giờ Việt Nam.', descriptionEn: 'The day the status is judged on: the day of download, Vietnam time.' },
    issuer_unit_code: { type: 'string', descriptionVi: 'Mã cơ quan cấp phép.', descriptionEn: 'Code of the issuing unit.' },
    issuer_name_vi: { type: 'string', descriptionVi: 'Tên cơ quan cấp phép.', descriptionEn: 'Name of the issuing unit, in Vietnamese.' },
    is_sample: {
      type: 'boolean',
      descriptionVi: 'true nếu là bản ghi mẫu để minh họa, không phải giấy phép thật và không được tính vào thống kê.',
      descriptionEn: 'true for a made-up demonstration record, not a real licence and never counted in statistics.',
    },
  },
  async stamp(repositories, now) {
    const [licences, units] = await Promise.all([repositories.licences.changeStamp(), repositories.units.changeStamp()]);
    // A licence's status is judged on the day of download: the file changes at midnight too.
    const today = dayInVietnam(now);
    return combinedStamp(licences, units, { version: `status_on:${today}`, lastChange: new Date(`${today}T00:00:00+07:00`) });
  },
  async *batches(repositories, now) {
    const today = dayInVietnam(now);
    // The issuing units are few; each is looked up once, whatever the number of licences.
    const issuerNames = new Map<string, string | null>();
    for await (const licences of repositories.licences.batches()) {
      const unknown = [...new Set(licences.map((licence) => licence.issuerUnitCode))].filter((code) => !issuerNames.has(code));
      const issuers = unknown.length ? await repositories.units.getMany(unknown) : [];
      unknown.forEach((code, index) => issuerNames.set(code, issuers[index]?.nameVi ?? null));
      yield licences.map((licence) => {
        const status = licenceStatus(licence, today);
        return {
          type: licence.type,
          type_name_vi: licenceTypeLabels[licence.type].vi,
          number: licence.number,
          holder_name: licence.holderName,
          subject_vi: licence.subjectVi,
          issued_on: licence.issuedOn,
          valid_from: licence.validFrom,
          valid_until: licence.validUntil,
          status,
          status_name_vi: licenceStatusLabels[status].vi,
          status_on: today,
          issuer_unit_code: licence.issuerUnitCode,
          issuer_name_vi: issuerNames.get(licence.issuerUnitCode) ?? null,
          is_sample: licence.isSample,
        };
      });
    }
  },
});
