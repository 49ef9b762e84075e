import { z } from 'zod';

/** GSO code of Lạng Sơn province (mã đơn vị hành chính, Tổng cục Thống kê). */
export const LANG_SON_PROVINCE_CODE = '20';

/** Province, or district-level unit (đơn vị hành chính cấp huyện). */
export const areaLevels = ['province', 'district'] as const;
export type AreaLevel = (typeof areaLevels)[number];

/** Kinds of area: tỉnh, thành phố trực thuộc tỉnh, thị xã, huyện. */
export const areaKinds = ['province', 'city', 'town', 'district'] as const;
export type AreaKind = (typeof areaKinds)[number];

const isoDate = z.iso.date();

/**
 * An administrative area (đơn vị hành chính) identified by its GSO code: the province, or one of
 * its district-level units with the number of communes (xã, phường, thị trấn) it holds.
 * District-level units have validity dates: Vietnam abolished them on 2025-07-01.
 */
export const areaSchema = z
  .object({
    code: z.string().regex(/^\d{2,5}$/, 'A GSO code is 2 to 5 digits'),
    level: z.enum(areaLevels),
    kind: z.enum(areaKinds),
    nameVi: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    parentCode: z.string().regex(/^\d{2,5}$/).nullable(),
    communesCount: z.number().int('A count of communes is a whole number').nonnegative().nullable(),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
  })
  .superRefine((area, ctx) => {
    if (area.level === 'district' && !area.parentCode) {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'A district-level unit belongs to a province' });
    }
    if (area.level === 'province' && area.parentCode) {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'A province has no parent area' });
    }
    if ((area.level === 'province') !== (area.kind === 'province')) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Only a province has the kind "province"' });
    }
    if (area.validFrom && area.validTo && area.validFrom > area.validTo) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'An area cannot end before it begins' });
    }
  });

export type AreaInput = z.input<typeof areaSchema>;
export type AreaFields = z.output<typeof areaSchema>;

/** An area as stored: its fields plus the version used for optimistic concurrency. */
export interface Area extends AreaFields {
  version: number;
}
