import { isTargetMet, kpiFieldLabels, type KpiField } from '@egov/kpis-model';
import type { Area } from '@egov/districts-model';
import { combinedStamp, defineDataset } from './open-dataset';

/** One observed figure with its indicator and area, flattened for a table. */
export type IndicatorObservationRow = {
  period: string;
  area_code: string;
  area_name_vi: string | null;
  area_name_en: string | null;
  field: KpiField;
  field_name_vi: string;
  field_name_en: string;
  indicator_code: string;
  indicator_name_vi: string;
  indicator_name_en: string;
  value: number;
  unit_vi: string;
  unit_en: string;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  target_met: boolean | null;
  status: string;
  fact_id: string | null;
  source_quote: string;
};

/** Statistics indicators with every observed figure: one row per observation. */
export const indicatorsDataset = defineDataset<IndicatorObservationRow>({
  id: 'indicators',
  titleVi: 'Chỉ tiêu thống kê ngành Thông tin và Truyền thông và số liệu',
  titleEn: 'Information and communications statistics: indicators and their figures',
  descriptionVi:
    'Mỗi dòng là một số liệu của một chỉ tiêu trong một kỳ báo cáo và một địa bàn, kèm đơn vị tính, chỉ tiêu kế hoạch, tử số và mẫu số (nếu có) và trích dẫn nguyên văn nguồn.',
  descriptionEn:
    'One row per figure of an indicator for a reporting period and an area, with its unit, its target, its numerator and denominator (when given) and the verbatim words of its source.',
  columns: {
    period: {
      type: 'string',
      descriptionVi: 'Mã kỳ báo cáo: năm (2020), nửa năm (2020-H1), quý (2020-Q3) hoặc tháng (2020-06).',
      descriptionEn: 'Reporting period code: year (2020), half (2020-H1), quarter (2020-Q3) or month (2020-06).',
    },
    area_code: { type: 'string', descriptionVi: 'Mã đơn vị hành chính (Tổng cục Thống kê); 20 là tỉnh Lạng Sơn.', descriptionEn: 'GSO code of the administrative area; 20 is Lạng Sơn province.' },
    area_name_vi: { type: 'string', descriptionVi: 'Tên địa bàn.', descriptionEn: 'Name of the area, in Vietnamese.' },
    area_name_en: { type: 'string', descriptionVi: 'Tên địa bàn bằng tiếng Anh.', descriptionEn: 'Name of the area, in English.' },
    field: {
      type: 'string',
      descriptionVi: 'Mã lĩnh vực: publishing (Thông tin - Báo chí - Xuất bản), it (Công nghệ thông tin), post (Bưu chính), telecom (Viễn thông, Internet), inspection (Thanh tra).',
      descriptionEn: 'Field code: publishing, it (information technology), post, telecom (telecommunications and Internet), inspection.',
    },
    field_name_vi: { type: 'string', descriptionVi: 'Tên lĩnh vực.', descriptionEn: 'Name of the field, in Vietnamese.' },
    field_name_en: { type: 'string', descriptionVi: 'Tên lĩnh vực bằng tiếng Anh.', descriptionEn: 'Name of the field, in English.' },
    indicator_code: { type: 'string', descriptionVi: 'Mã chỉ tiêu.', descriptionEn: 'Indicator code.' },
    indicator_name_vi: { type: 'string', descriptionVi: 'Tên chỉ tiêu.', descriptionEn: 'Name of the indicator, in Vietnamese.' },
    indicator_name_en: { type: 'string', descriptionVi: 'Tên chỉ tiêu bằng tiếng Anh.', descriptionEn: 'Name of the indicator, in English.' },
    value: { type: 'number', descriptionVi: 'Giá trị số liệu, theo đơn vị tính.', descriptionEn: 'The figure, in the unit of the indicator.' },
    unit_vi: { type: 'string', descriptionVi: 'Đơn vị tính.', descriptionEn: 'Unit of measure, in Vietnamese.' },
    unit_en: { type: 'string', descriptionVi: 'Đơn vị tính bằng tiếng Anh.', descriptionEn: 'Unit of measure, in English.' },
    numerator: { type: 'integer', descriptionVi: 'Tử số của tỷ lệ khi nguồn nêu (187 trong 187/200); trống nếu không có.', descriptionEn: 'Numerator of a percentage when the source gives it (187 of 187/200); empty otherwise.' },
    denominator: { type: 'integer', descriptionVi: 'Mẫu số của tỷ lệ khi nguồn nêu (200 trong 187/200); trống nếu không có.', descriptionEn: 'Denominator of a percentage when the source gives it (200 of 187/200); empty otherwise.' },
    target: { type: 'number', descriptionVi: 'Chỉ tiêu kế hoạch của kỳ, cùng đơn vị tính; trống nếu không có.', descriptionEn: 'Target for the period, in the same unit; empty when there is none.' },
    target_met: {
      type: 'boolean',
      descriptionVi: 'Đạt chỉ tiêu kế hoạch hay không (true/false), theo chiều tốt hơn của chỉ tiêu; trống nếu không có chỉ tiêu kế hoạch.',
      descriptionEn: 'Whether the figure meets its target (true/false), given which way is better; empty without a target.',
    },
    status: { type: 'string', descriptionVi: 'provisional: số liệu ước, sơ bộ; final: số liệu chính thức.', descriptionEn: 'provisional (estimated) or final (confirmed) figure.' },
    fact_id: { type: 'string', descriptionVi: 'Mã dữ kiện trong bộ dữ liệu nguồn (F07); trống nếu không có.', descriptionEn: 'Id of the fact in the source data set (F07); empty when none.' },
    source_quote: { type: 'string', descriptionVi: 'Trích dẫn nguyên văn câu chữ của nguồn.', descriptionEn: 'The words of the source the figure is read from, verbatim.' },
  },
  async stamp(repositories) {
    return combinedStamp(...(await Promise.all([repositories.kpis.changeStamp(), repositories.districts.changeStamp()])));
  },
  async *batches(repositories) {
    // Indicators and areas are reference lists of a few hundred: read once, not per batch.
    const indicatorByCode = new Map((await repositories.kpis.listIndicators()).map((indicator) => [indicator.code, indicator]));
    const areaByCode = new Map<string, Area | null>();
    for await (const observations of repositories.kpis.observationBatches()) {
      const unknown = [...new Set(observations.map((observation) => observation.areaCode))].filter((code) => !areaByCode.has(code));
      const areas = unknown.length ? await repositories.districts.getMany(unknown) : [];
      unknown.forEach((code, index) => areaByCode.set(code, areas[index] ?? null));
      yield observations.flatMap((observation) => {
        const indicator = indicatorByCode.get(observation.indicatorCode);
        // The store refuses a figure without its indicator; nothing to publish if one slipped through.
        if (!indicator) return [];
        const area = areaByCode.get(observation.areaCode) ?? null;
        return [
          {
            period: observation.period,
            area_code: observation.areaCode,
            area_name_vi: area?.nameVi ?? null,
            area_name_en: area?.nameEn ?? null,
            field: indicator.field,
            field_name_vi: kpiFieldLabels[indicator.field].vi,
            field_name_en: kpiFieldLabels[indicator.field].en,
            indicator_code: indicator.code,
            indicator_name_vi: indicator.nameVi,
            indicator_name_en: indicator.nameEn,
            value: observation.value,
            unit_vi: indicator.unitVi,
            unit_en: indicator.unitEn,
            numerator: observation.numerator,
            denominator: observation.denominator,
            target: observation.target,
            target_met: isTargetMet(observation.value, observation.target, indicator.direction),
            status: observation.status,
            fact_id: observation.factId,
            source_quote: observation.sourceQuote,
          },
        ];
      });
    }
  },
});
