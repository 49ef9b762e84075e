import { z } from 'zod';

/** A code people can read in a URL: lower-case ASCII words joined by hyphens (`thanh-tra-so`). */
export const unitCodeSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A unit code is lower-case ASCII words joined by hyphens');

/**
 * Kinds of organisation met in the department's work:
 * sở (department), phòng (division), thanh tra sở (inspectorate), trung tâm (centre),
 * cơ quan báo chí (press body), UBND cấp huyện (district people's committee),
 * phòng / trung tâm cấp huyện (district division / centre), cơ quan trung ương (national agency).
 */
export const unitKinds = [
  'department',
  'division',
  'inspectorate',
  'centre',
  'press',
  'district_committee',
  'district_division',
  'district_centre',
  'national_agency',
] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Kinds that sit inside a district and must say which. */
export const districtUnitKinds: readonly UnitKind[] = ['district_committee', 'district_division', 'district_centre'];

/** An organisation (đơn vị): the department, its divisions and centres, press and district bodies. */
export const unitSchema = z
  .object({
    code: unitCodeSchema,
    kind: z.enum(unitKinds),
    nameVi: z.string().trim().min(1).max(300),
    nameEn: z.string().trim().min(1).max(300),
    /** The unit it belongs to (đơn vị chủ quản), if any. */
    parentCode: unitCodeSchema.nullable(),
    /** The district-level area (GSO code) of a district body. */
    areaCode: z.string().regex(/^\d{2,5}$/).nullable(),
    descriptionVi: z.string().max(2000).nullable(),
    website: z.url({ protocol: /^https?$/ }).nullable(),
    /** The words of the source that name this unit, when it comes from a published report. */
    sourceQuote: z.string().max(2000).nullable(),
  })
  .superRefine((unit, ctx) => {
    if (unit.parentCode === unit.code) {
      ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'A unit cannot be its own parent' });
    }
    if (districtUnitKinds.includes(unit.kind) && !unit.areaCode) {
      ctx.addIssue({ code: 'custom', path: ['areaCode'], message: 'A district body says which district it serves' });
    }
  });

export type UnitInput = z.input<typeof unitSchema>;
export type UnitFields = z.output<typeof unitSchema>;
export interface Unit extends UnitFields {
  version: number;
}

/** A named person and the post they hold (chức vụ) in a unit, as a source names them. */
export const personSchema = z.object({
  id: unitCodeSchema,
  fullName: z.string().trim().min(1).max(200),
  /** The post as the source gives it; null when the source names the person only. */
  positionVi: z.string().trim().min(1).max(300).nullable(),
  positionEn: z.string().trim().min(1).max(300).nullable(),
  unitCode: unitCodeSchema,
  sourceQuote: z.string().max(2000).nullable(),
});

export type PersonInput = z.input<typeof personSchema>;
export type PersonFields = z.output<typeof personSchema>;
export interface Person extends PersonFields {
  version: number;
}
