import { unitCodeSchema } from '@egov/units-model';
import { z } from 'zod';
import { DOCUMENT_NUMBER_PATTERN, MAX_FINE_VND } from './register-limits';

/** Scheduled in the year's plan (theo kế hoạch) or called for a particular case (đột xuất). */
export const inspectionKinds = ['planned', 'ad_hoc'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];

/**
 * A formal inspection (thanh tra), ending in a conclusion, or a check (kiểm tra) of compliance
 * with the rules. The half-year report counts them separately.
 */
export const inspectionActivities = ['inspection', 'check'] as const;
export type InspectionActivity = (typeof inspectionActivities)[number];

/**
 * Sectors the department oversees: báo chí, xuất bản, bưu chính, viễn thông, internet, công nghệ
 * thông tin, phát thanh truyền hình, tần số vô tuyến điện, thông tin điện tử, an toàn thông tin.
 */
export const inspectionFields = [
  'press',
  'publishing',
  'post',
  'telecom',
  'internet',
  'it',
  'broadcasting',
  'radio_frequency',
  'electronic_information',
  'information_security',
  'other',
] as const;
export type InspectionField = (typeof inspectionFields)[number];

export const inspectionStatuses = ['planned', 'in_progress', 'concluded'] as const;
export type InspectionStatus = (typeof inspectionStatuses)[number];

/** Who is inspected or fined: an organisation (tổ chức, e.g. a business) or an individual (cá nhân). */
export const subjectKinds = ['organisation', 'individual'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** A document number as issued: "12/QĐ-TTr", "05/QĐ-XPVPHC". */
export const documentNumberSchema = z
  .string()
  .trim()
  .max(60)
  .regex(DOCUMENT_NUMBER_PATTERN, 'A number looks like "12/QĐ-TTr"');

export const inspectionSubjectSchema = z.object({
  name: text(300),
  kind: z.enum(subjectKinds),
});
export type InspectionSubject = z.output<typeof inspectionSubjectSchema>;

/**
 * An inspection or check (cuộc thanh tra / kiểm tra) as recorded in the inspectorate's register,
 * from the decision that orders it to its conclusion (kết luận).
 */
export const inspectionSchema = z
  .object({
    /** The number of the decision that orders it (quyết định thanh tra / kiểm tra). */
    decisionNumber: documentNumberSchema,
    kind: z.enum(inspectionKinds),
    activity: z.enum(inspectionActivities),
    field: z.enum(inspectionFields),
    subjects: z.array(inspectionSubjectSchema).min(1, 'An inspection has at least one subject').max(200),
    startedOn: isoDate,
    endedOn: isoDate.nullish().transform((v) => v ?? null),
    status: z.enum(inspectionStatuses),
    conclusionVi: text(20_000).nullish().transform((v) => v ?? null),
    concludedOn: isoDate.nullish().transform((v) => v ?? null),
    /** The unit in charge, usually the department's inspectorate (thanh-tra-so). */
    leadUnitCode: unitCodeSchema,
  })
  .superRefine((inspection, ctx) => {
    if (inspection.endedOn && inspection.endedOn < inspection.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'An inspection cannot end before it starts' });
    }
    if (inspection.concludedOn && inspection.concludedOn < inspection.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: 'An inspection cannot be concluded before it starts' });
    } else if (inspection.concludedOn && inspection.endedOn && inspection.concludedOn < inspection.endedOn) {
      // The conclusion (kết luận thanh tra) is drawn up from the team's report, after the work ends.
      ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: 'An inspection cannot be concluded before its work ends' });
    }
    const concluded = inspection.status === 'concluded';
    if (concluded && !inspection.conclusionVi) {
      ctx.addIssue({ code: 'custom', path: ['conclusionVi'], message: 'A concluded inspection states its conclusion' });
    }
    if (concluded && !inspection.concludedOn) {
      ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: 'A concluded inspection says when it was concluded' });
    }
    if (!concluded && (inspection.conclusionVi || inspection.concludedOn)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'Only a concluded inspection has a conclusion' });
    }
  });

export type InspectionInput = z.input<typeof inspectionSchema>;
export type InspectionFields = z.output<typeof inspectionSchema>;
export interface Inspection extends InspectionFields {
  id: string;
  version: number;
}

/** What concluding an inspection adds: the conclusion, its date, and the last day of work if not yet known. */
export const conclusionSchema = z.object({
  conclusionVi: text(20_000),
  concludedOn: isoDate,
  endedOn: isoDate.nullish(),
});
export type ConclusionInput = z.input<typeof conclusionSchema>;

/** Where a fine stands: awaiting payment, paid, collected by enforcement (cưỡng chế), or under appeal (khiếu nại). */
export const enforcementStatuses = ['pending', 'paid', 'enforced', 'appealed'] as const;
export type EnforcementStatus = (typeof enforcementStatuses)[number];

export const violationSchema = z.object({
  descriptionVi: text(2000),
  /** The provision breached, e.g. "Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP". */
  legalArticle: text(300),
});
export type Violation = z.output<typeof violationSchema>;


/**
 * A decision imposing an administrative sanction (quyết định xử phạt vi phạm hành chính): issued
 * after an inspection, or on its own for a case found otherwise (then it says why).
 */
export const sanctionDecisionSchema = z
  .object({
    number: documentNumberSchema,
    issuedOn: isoDate,
    inspectionId: z.uuid().nullish().transform((v) => v ?? null),
    /** Why there is no inspection behind the decision, e.g. a post found on a social network. */
    standaloneReason: text(2000).nullish().transform((v) => v ?? null),
    /** The sector of the violation; when null, the sector of its inspection. */
    field: z.enum(inspectionFields).nullish().transform((v) => v ?? null),
    violatorName: text(300),
    violatorKind: z.enum(subjectKinds),
    violations: z.array(violationSchema).min(1, 'A decision names at least one violation').max(50),
    fineVnd: z
      .number()
      .int('A fine is a whole number of đồng')
      .positive('A fine is more than 0 đồng')
      .max(MAX_FINE_VND),
    /** Remedial measures (biện pháp khắc phục hậu quả) and additional penalties. */
    extraMeasures: z.array(text(2000)).max(20).default([]),
    enforcementStatus: z.enum(enforcementStatuses).default('pending'),
  })
  .superRefine((decision, ctx) => {
    if (!decision.inspectionId && !decision.standaloneReason) {
      ctx.addIssue({ code: 'custom', path: ['standaloneReason'], message: 'A decision without an inspection says why it was issued' });
    }
    if (decision.inspectionId && decision.standaloneReason) {
      ctx.addIssue({ code: 'custom', path: ['standaloneReason'], message: 'A decision that follows an inspection does not stand alone: leave the reason out' });
    }
  });

export type SanctionDecisionInput = z.input<typeof sanctionDecisionSchema>;
export type SanctionDecisionFields = z.output<typeof sanctionDecisionSchema>;
export interface SanctionDecision extends SanctionDecisionFields {
  id: string;
  version: number;
}
