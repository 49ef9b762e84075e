import { z } from 'zod';
import { ID_NUMBER_PATTERN, PHONE_PATTERN } from './applicant-patterns';
import { dossierCodeSchema } from './dossier-code';
import { dossierStates } from './dossier-state';
import { vietnamDateOf } from './due-date';
import { channels, procedureCodeSchema } from './procedure';

const text = (max: number) => z.string().trim().min(1).max(max);
const instant = z.iso.datetime({ offset: true });

/** The person who lodges a dossier. Personal data: shown to officials only, never publicly. */
export const applicantSchema = z.object({
  fullName: text(200),
  idNumber: z.string().regex(ID_NUMBER_PATTERN, 'An identity number has 9 or 12 digits'),
  phone: z.string().regex(PHONE_PATTERN, 'A Vietnamese phone number such as 0912345678'),
  email: z.email().max(200).nullable(),
  address: text(500),
});
export type Applicant = z.output<typeof applicantSchema>;

/** What the department asks the applicant to add (yêu cầu bổ sung), and by when. */
export const supplementRequestSchema = z.object({
  reason: text(2000),
  deadline: z.iso.date(),
});
export type SupplementRequest = z.output<typeof supplementRequestSchema>;

/** One move of a dossier from a state to another, who made it and why. */
export const dossierHistoryEntrySchema = z.object({
  from: z.enum(dossierStates),
  to: z.enum(dossierStates),
  at: instant,
  actor: text(200),
  note: z.string().max(2000).nullable(),
  /** The request made, on a move to `supplement_requested`. */
  supplement: supplementRequestSchema.nullable(),
});
export type DossierHistoryEntry = z.output<typeof dossierHistoryEntrySchema>;

/** What the one-stop desk records when it receives a dossier; the code and due date are derived. */
export const receiveDossierSchema = z.object({
  procedureCode: procedureCodeSchema,
  channel: z.enum(channels),
  applicant: applicantSchema,
  /** When it arrived; now when left out. */
  receivedAt: instant.optional(),
});
export type ReceiveDossierInput = z.input<typeof receiveDossierSchema>;

/** A dossier (hồ sơ) lodged for a procedure, as officials see it. */
export const dossierSchema = z
  .object({
    code: dossierCodeSchema,
    procedureCode: procedureCodeSchema,
    /** The channel it was received through. */
    channel: z.enum(channels),
    /** The channel its result went back through; null until it is returned. */
    returnChannel: z.enum(channels).nullable(),
    applicant: applicantSchema,
    receivedAt: instant,
    dueOn: z.iso.date(),
    state: z.enum(dossierStates),
    history: z.array(dossierHistoryEntrySchema),
    /** The open request for more papers, while the state is `supplement_requested`. */
    supplement: supplementRequestSchema.nullable(),
    version: z.number().int().min(1),
  })
  .superRefine((dossier, ctx) => {
    if (dossier.dueOn < vietnamDateOf(dossier.receivedAt)) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'A dossier cannot be due before it is received' });
    }
    if ((dossier.state === 'returned') !== (dossier.returnChannel !== null)) {
      ctx.addIssue({ code: 'custom', path: ['returnChannel'], message: 'A returned dossier, and only one, names its return channel' });
    }
    if ((dossier.state === 'supplement_requested') !== (dossier.supplement !== null)) {
      ctx.addIssue({ code: 'custom', path: ['supplement'], message: 'Only a dossier awaiting papers carries a supplement request' });
    }
    const last = dossier.history.at(-1);
    if (last && last.to !== dossier.state) {
      ctx.addIssue({ code: 'custom', path: ['state'], message: 'The state is where the last move of the history led' });
    }
  });
export type DossierInput = z.input<typeof dossierSchema>;
export type Dossier = z.output<typeof dossierSchema>;
