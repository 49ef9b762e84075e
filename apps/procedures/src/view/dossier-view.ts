import type { DossierStateValue, TimelineEntryFields } from '@egov/client-operations/procedures';

/** A dossier code as people type it: trimmed, spaces removed, upper case (`lsn-200706-0001 ` → `LSN-200706-0001`). */
export function normaliseDossierCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Whether a typed code has the shape of a receipt's code, so a typo is told without asking the server. */
export const isDossierCode = (code: string) => /^LSN-\d{6}-\d{4}$/.test(code);

/** The states after which nothing more happens. */
const FINAL_STATES: readonly DossierStateValue[] = ['NOT_ACCEPTED', 'STOPPED', 'RETURNED'];

/** One step of the timeline as the page shows it. */
export interface TimelineStep {
  state: DossierStateValue;
  labelVi: string;
  labelEn: string;
  at: string;
  /** The step the dossier stands at now. */
  current: boolean;
}

/**
 * The timeline oldest first, the last step marked as where the dossier stands; steps that arrive
 * out of order are put in time order (equal times keep their order).
 */
export function timelineSteps(entries: readonly TimelineEntryFields[]): TimelineStep[] {
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Date.parse(a.entry.at) - Date.parse(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
  return sorted.map((entry, index) => ({
    state: entry.state,
    labelVi: entry.labelVi,
    labelEn: entry.labelEn,
    at: entry.at,
    current: index === sorted.length - 1,
  }));
}

/** Whether a dossier is on time, and how it reads. */
export type Timeliness =
  | { kind: 'open-on-time'; daysLeft: number }
  | { kind: 'open-late'; daysLate: number }
  | { kind: 'settled-on-time'; settledOn: string }
  | { kind: 'settled-late'; settledOn: string; daysLate: number }
  | { kind: 'closed' };

const dayNumber = (isoDate: string) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);

/**
 * Where a dossier stands against its due date on `today` (ISO date in Vietnam): still within it
 * (with the calendar days left) or past it; settled by the due date or after it. A dossier that
 * ended without being settled (withdrawn and stopped) is judged by the day it stopped, like any other.
 */
export function timelinessOf(dossier: { dueOn: string; settledOn: string | null; state: DossierStateValue }, today: string): Timeliness {
  if (dossier.settledOn) {
    const late = dayNumber(dossier.settledOn) - dayNumber(dossier.dueOn);
    return late > 0 ? { kind: 'settled-late', settledOn: dossier.settledOn, daysLate: late } : { kind: 'settled-on-time', settledOn: dossier.settledOn };
  }
  if (FINAL_STATES.includes(dossier.state)) return { kind: 'closed' };
  const left = dayNumber(dossier.dueOn) - dayNumber(today);
  return left >= 0 ? { kind: 'open-on-time', daysLeft: left } : { kind: 'open-late', daysLate: -left };
}

/** Today in Lạng Sơn (ISO date), whatever the reader's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Why a request failed, as the page tells it. */
export type RequestProblem = { kind: 'rate-limited'; retryAfterSeconds: number | null } | { kind: 'failed' };

interface GraphQLErrorLike {
  extensions?: Record<string, unknown> | null;
}

/**
 * Reads an Apollo error: the gateway's refusal of too many lookups (`RATE_LIMITED`, with the
 * seconds to wait) or any other failure (network, server).
 */
export function requestProblemOf(error: unknown): RequestProblem {
  const errors = (error as { errors?: readonly GraphQLErrorLike[] } | null)?.errors;
  const limited = Array.isArray(errors) ? errors.find((entry) => entry?.extensions?.['code'] === 'RATE_LIMITED') : undefined;
  if (limited) {
    const seconds = limited.extensions?.['retryAfterSeconds'];
    return { kind: 'rate-limited', retryAfterSeconds: typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null };
  }
  return { kind: 'failed' };
}

/** Whole minutes to wait, at least one (a refusal of 61 seconds reads "2 minutes"). */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
