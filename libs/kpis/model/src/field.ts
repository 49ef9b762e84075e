/**
 * The fields (lĩnh vực) the department reports on, in the order its reports list them.
 * Inspection (thanh tra) figures are kept as a field of their own.
 */
export const kpiFields = ['publishing', 'it', 'post', 'telecom', 'inspection'] as const;
export type KpiField = (typeof kpiFields)[number];

/** The name of each field as the department's reports write it, and in English. */
export const kpiFieldLabels: Record<KpiField, { vi: string; en: string }> = {
  publishing: { vi: 'Thông tin - Báo chí - Xuất bản', en: 'Information, press and publishing' },
  it: { vi: 'Công nghệ thông tin', en: 'Information technology' },
  post: { vi: 'Bưu chính', en: 'Postal services' },
  telecom: { vi: 'Viễn thông, Internet', en: 'Telecommunications and Internet' },
  inspection: { vi: 'Thanh tra', en: 'Inspection' },
};

/** Orders fields as the reports list them. */
export function compareFields(a: KpiField, b: KpiField): number {
  return kpiFields.indexOf(a) - kpiFields.indexOf(b);
}
