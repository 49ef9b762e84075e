import type { EnforcementStatus, InspectionField, SubjectKind } from '@egov/inspections-model';
import { defineDataset } from './open-dataset';

/** One sanction decision; an individual violator is not named (personal data). */
export type SanctionDecisionRow = {
  number: string;
  issued_on: string;
  field: InspectionField | null;
  violator_kind: SubjectKind;
  violator_name: string | null;
  violation_count: number;
  violations_vi: string;
  legal_articles: string;
  fine_vnd: number;
  enforcement_status: EnforcementStatus;
};

/** Administrative sanction decisions of the department's inspectorate. */
export const sanctionDecisionsDataset = defineDataset<SanctionDecisionRow>({
  id: 'sanction-decisions',
  titleVi: 'Quyết định xử phạt vi phạm hành chính',
  titleEn: 'Administrative sanction decisions',
  descriptionVi:
    'Các quyết định xử phạt vi phạm hành chính trong lĩnh vực thông tin và truyền thông: số, ngày, lĩnh vực, đối tượng vi phạm (chỉ nêu tên tổ chức, không nêu tên cá nhân), hành vi vi phạm và điều khoản áp dụng, số tiền phạt và tình trạng thi hành.',
  descriptionEn:
    'Administrative sanction decisions in the information and communications sector: number, date, field, violator (organisations named, individuals never), violations with the provisions breached, fine and enforcement status.',
  columns: {
    number: { type: 'string', descriptionVi: 'Số quyết định (05/QĐ-XPVPHC).', descriptionEn: 'Decision number (05/QĐ-XPVPHC).' },
    issued_on: { type: 'date', descriptionVi: 'Ngày ban hành (YYYY-MM-DD).', descriptionEn: 'Day of issue (YYYY-MM-DD).' },
    field: {
      type: 'string',
      descriptionVi:
        'Mã lĩnh vực (của quyết định, nếu không thì của cuộc thanh tra): press (báo chí), publishing (xuất bản), post (bưu chính), telecom (viễn thông), internet, it (công nghệ thông tin), broadcasting (phát thanh truyền hình), radio_frequency (tần số vô tuyến điện), electronic_information (thông tin điện tử), information_security (an toàn thông tin), other (khác); trống nếu chưa xác định.',
      descriptionEn:
        'Field code (the decision’s own, else its inspection’s): press, publishing, post, telecom, internet, it, broadcasting, radio_frequency, electronic_information, information_security, other; empty when not recorded.',
    },
    violator_kind: { type: 'string', descriptionVi: 'organisation: tổ chức; individual: cá nhân.', descriptionEn: 'organisation or individual.' },
    violator_name: {
      type: 'string',
      descriptionVi: 'Tên tổ chức vi phạm; để trống với cá nhân (dữ liệu cá nhân không được công bố).',
      descriptionEn: 'Name of a violating organisation; empty for an individual (personal data is not published).',
    },
    violation_count: { type: 'integer', descriptionVi: 'Số hành vi vi phạm trong quyết định.', descriptionEn: 'Number of violations in the decision.' },
    violations_vi: {
      type: 'string',
      descriptionVi: 'Các hành vi vi phạm, mỗi hành vi một dòng: "mô tả (điều khoản áp dụng)".',
      descriptionEn: 'The violations, one per line: "description (provision breached)", in Vietnamese.',
    },
    legal_articles: {
      type: 'string',
      descriptionVi: 'Các điều khoản áp dụng, theo thứ tự các hành vi, phân cách bằng " | ".',
      descriptionEn: 'The provisions breached, in the order of the violations, separated by " | ".',
    },
    fine_vnd: { type: 'integer', descriptionVi: 'Tổng số tiền phạt (đồng).', descriptionEn: 'Total fine, in Vietnamese đồng (VND).' },
    enforcement_status: {
      type: 'string',
      descriptionVi: 'Tình trạng thi hành: pending (chưa nộp phạt), paid (đã nộp phạt), enforced (đã cưỡng chế), appealed (đang khiếu nại).',
      descriptionEn: 'Enforcement status: pending, paid, enforced (collected by enforcement), appealed.',
    },
  },
  stamp: (repositories) => repositories.inspections.registerChangeStamp(),
  async *batches(repositories) {
    for await (const decisions of repositories.inspections.sanctionDecisionBatches()) {
      // A decision without a field of its own is in the field of the inspection it follows.
      const inspectionIds = [...new Set(decisions.flatMap((decision) => (decision.field === null && decision.inspectionId ? [decision.inspectionId] : [])))];
      const inspections = inspectionIds.length ? await repositories.inspections.getInspections(inspectionIds) : [];
      const inspectionField = new Map(inspectionIds.map((id, index) => [id, inspections[index]?.field ?? null]));
      yield decisions.map((decision) => ({
        number: decision.number,
        issued_on: decision.issuedOn,
        field: decision.field ?? (decision.inspectionId ? (inspectionField.get(decision.inspectionId) ?? null) : null),
        violator_kind: decision.violatorKind,
        violator_name: decision.violatorKind === 'organisation' ? decision.violatorName : null,
        violation_count: decision.violations.length,
        violations_vi: decision.violations.map((violation) => `${violation.descriptionVi} (${violation.legalArticle})`).join('\n'),
        legal_articles: decision.violations.map((violation) => violation.legalArticle).join(' | '),
        fine_vnd: decision.fineVnd,
        enforcement_status: decision.enforcementStatus,
      }));
    }
  },
});
