import { unitCodeSchema } from '@egov/units-model';
import { z } from 'zod';

/**
 * A procedure code: the national code when the procedure is published on the national public
 * service portal (`1.004567`), or a local code (`LSN-TTTT-01`) while it is not.
 */
export const procedureCodeSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$/, 'A procedure code is letters and digits joined by dots or hyphens');

/**
 * Fields (lĩnh vực) of the department's procedures, as the national portal groups them:
 * xuất bản, báo chí, trò chơi điện tử, bưu chính, viễn thông và internet, tần số vô tuyến điện,
 * công nghệ thông tin, thông tin điện tử, phát thanh truyền hình.
 */
export const procedureFields = [
  'publishing',
  'press',
  'electronic_games',
  'post',
  'telecom_internet',
  'radio_frequency',
  'information_technology',
  'electronic_information',
  'broadcasting',
] as const;
export type ProcedureField = (typeof procedureFields)[number];

/**
 * How a dossier reaches the department and how its result goes back: in person at the one-stop
 * desk (trực tiếp), online (trực tuyến), or by the public postal service (dịch vụ bưu chính công ích).
 */
export const channels = ['in_person', 'online', 'postal'] as const;
export type Channel = (typeof channels)[number];

/** Vietnamese labels of the channels, as the national portal prints them. */
export const channelLabelsVi: Record<Channel, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Dịch vụ bưu chính công ích',
};

/**
 * How much of a procedure can be done online: toàn trình (the whole process, full_process)
 * or một phần (part of it, partial_process).
 */
export const serviceLevels = ['full_process', 'partial_process'] as const;
export type ServiceLevel = (typeof serviceLevels)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

/**
 * The time limit and fee of a procedure when done through one channel (cách thức thực hiện).
 * A fee that is not recorded is null, never 0: 0 tells citizens the procedure is free.
 */
export const procedureChannelSchema = z
  .object({
    channel: z.enum(channels),
    timeLimitWorkingDays: z.number().int().min(0).max(365),
    /** Fee and charge (phí, lệ phí) in whole đồng; 0 when free, null when the amount is not recorded. */
    feeVnd: z.number().int().min(0).max(1_000_000_000_000).nullable(),
    /** What the fee is and why; required when the amount is not recorded. */
    feeNote: text(1000).nullable(),
  })
  .superRefine((terms, ctx) => {
    if (terms.feeVnd === null && terms.feeNote === null) {
      ctx.addIssue({ code: 'custom', path: ['feeNote'], message: 'A fee that is not recorded says why in its note' });
    }
  });
export type ProcedureChannel = z.output<typeof procedureChannelSchema>;

/** A paper of the dossier (thành phần hồ sơ) and how many copies of it. */
export const requiredDocumentSchema = z.object({
  nameVi: text(1000),
  copies: z.number().int().min(1).max(20),
  note: text(1000).nullable(),
});
export type RequiredDocument = z.output<typeof requiredDocumentSchema>;

/** A legal document the procedure rests on (căn cứ pháp lý). */
export const legalBasisSchema = z.object({
  /** Its number as written: `103/2016/QH13`. */
  reference: text(100),
  title: text(500),
  issuedOn: isoDate.nullable(),
});
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** An administrative procedure (thủ tục hành chính) with the fields of the national public service portal. */
export const procedureSchema = z
  .object({
    code: procedureCodeSchema,
    nameVi: text(500),
    nameEn: text(500),
    field: z.enum(procedureFields),
    /** The unit that receives and settles the dossiers (cơ quan thực hiện). */
    performingAgencyCode: unitCodeSchema,
    /** Who decides (cơ quan có thẩm quyền quyết định), as the portal words it. */
    decidingAuthorityVi: text(500),
    channels: z.array(procedureChannelSchema).min(1).max(3),
    requiredDocuments: z.array(requiredDocumentSchema).max(50),
    steps: z.array(text(2000)).min(1).max(30),
    legalBasis: z.array(legalBasisSchema).max(30),
    /** What the applicant receives (kết quả thực hiện). */
    resultVi: text(1000),
    serviceLevel: z.enum(serviceLevels),
    nationalPortalUrl: z.url({ protocol: /^https$/ }).nullable(),
    /** True when the details are not grounded in a public source we could read: shown as a sample. */
    isSample: z.boolean(),
    /** The id of the fact (`F01`) of the first data set that names this procedure, if any. */
    sourceFactId: z.string().regex(/^F\d{2}$/).nullable(),
    /** The words of that source, verbatim. */
    sourceQuote: z.string().max(2000).nullable(),
  })
  .superRefine((procedure, ctx) => {
    const seen = new Set<Channel>();
    procedure.channels.forEach((entry, index) => {
      if (seen.has(entry.channel)) {
        ctx.addIssue({ code: 'custom', path: ['channels', index, 'channel'], message: 'Each channel is listed once' });
      }
      seen.add(entry.channel);
    });
    if (procedure.serviceLevel === 'full_process' && !seen.has('online')) {
      ctx.addIssue({ code: 'custom', path: ['serviceLevel'], message: 'A procedure done wholly online offers the online channel' });
    }
    if (!procedure.isSample && !procedure.nationalPortalUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['nationalPortalUrl'],
        message: 'A procedure not marked as a sample names the public page it comes from',
      });
    }
    if ((procedure.sourceFactId === null) !== (procedure.sourceQuote === null)) {
      ctx.addIssue({ code: 'custom', path: ['sourceQuote'], message: 'A source fact and its quote go together' });
    }
  });

export type ProcedureInput = z.input<typeof procedureSchema>;
export type ProcedureFields = z.output<typeof procedureSchema>;
export interface Procedure extends ProcedureFields {
  version: number;
}

/** The terms of one channel of a procedure, or null when the procedure does not offer it. */
export function channelTerms(procedure: Pick<ProcedureFields, 'channels'>, channel: Channel): ProcedureChannel | null {
  return procedure.channels.find((entry) => entry.channel === channel) ?? null;
}
