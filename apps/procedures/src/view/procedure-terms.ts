import type { ChannelValue, ProcedureChannelFields } from '@egov/client-operations/procedures';

/** The order the national portal lists the channels in. */
export const channelOrder: readonly ChannelValue[] = ['IN_PERSON', 'ONLINE', 'POSTAL'];

/** A fee as the reader should understand it: free, an amount, not recorded, or different by channel. */
export type FeeSummary =
  | { kind: 'free' }
  | { kind: 'amount'; amountVnd: number }
  | { kind: 'unknown' }
  | { kind: 'varies'; minVnd: number; maxVnd: number };

/** The time limit and fee a catalogue row shows for all of a procedure's channels together. */
export interface TermsSummary {
  /** The shortest and longest time limit over the channels, in working days. */
  minDays: number;
  maxDays: number;
  fee: FeeSummary;
}

/**
 * Sums up a procedure's channels for one catalogue row: the range of time limits, and the fee
 * when every channel charges the same (a fee not recorded on any channel makes it "not recorded":
 * never shown as free).
 */
export function summariseTerms(channels: readonly ProcedureChannelFields[]): TermsSummary | null {
  if (channels.length === 0) return null;
  const days = channels.map((entry) => entry.timeLimitWorkingDays);
  const fees = channels.map((entry) => entry.feeVnd);
  let fee: FeeSummary;
  if (fees.some((value) => value === null)) fee = { kind: 'unknown' };
  else {
    const amounts = fees as number[];
    const minVnd = Math.min(...amounts);
    const maxVnd = Math.max(...amounts);
    if (minVnd !== maxVnd) fee = { kind: 'varies', minVnd, maxVnd };
    else fee = minVnd === 0 ? { kind: 'free' } : { kind: 'amount', amountVnd: minVnd };
  }
  return { minDays: Math.min(...days), maxDays: Math.max(...days), fee };
}

/** The channels in the national portal's order. */
export function sortChannels<T extends { channel: ChannelValue }>(channels: readonly T[]): T[] {
  return [...channels].sort((a, b) => channelOrder.indexOf(a.channel) - channelOrder.indexOf(b.channel));
}
