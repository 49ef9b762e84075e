import type { Dossier } from './dossier';
import { vietnamDateOf } from './due-date';

/**
 * The day the department finished with a dossier: the day it was processed (đã xử lý xong), or,
 * for one that ended otherwise (not accepted, stopped), the day it ended; null while it is open.
 */
export function settledOn(dossier: Pick<Dossier, 'history'>): string | null {
  const done = dossier.history.find((entry) => entry.to === 'processed' || entry.to === 'not_accepted' || entry.to === 'stopped');
  return done ? vietnamDateOf(done.at) : null;
}

/**
 * Whether a dossier is on time (đúng hạn): settled on or before its due date, or, while open,
 * not yet past it on `today` (ISO date in Vietnam). Returning the result after processing does
 * not count: the national reports measure the settling.
 */
export function isOnTime(dossier: Pick<Dossier, 'history' | 'dueOn'>, today: string): boolean {
  return (settledOn(dossier) ?? today) <= dossier.dueOn;
}
