import { describe, expect, it } from 'vitest';
import { receivedDossier } from './dossier-fixtures';
import { isOnTime, settledOn } from './dossier-timeliness';

const move = (from: string, to: string, at: string) =>
  ({ from, to, at, actor: 'cv', note: null, supplement: null }) as const;

describe('isOnTime', () => {
  const open = receivedDossier({ dueOn: '2020-07-17' });

  it('counts an open dossier on time up to and including its due date', () => {
    expect(isOnTime(open, '2020-07-17')).toBe(true);
    expect(isOnTime(open, '2020-07-18')).toBe(false);
  });

  it('judges a settled dossier by the day it was processed, whatever today is', () => {
    const processedLate = receivedDossier({
      dueOn: '2020-07-17',
      state: 'returned',
      returnChannel: 'postal',
      history: [
        move('received', 'processing', '2020-06-26T10:00:00+07:00'),
        move('processing', 'processed', '2020-07-20T10:00:00+07:00'),
        move('processed', 'returned', '2020-07-21T10:00:00+07:00'),
      ] as never,
    });
    expect(settledOn(processedLate)).toBe('2020-07-20');
    expect(isOnTime(processedLate, '2020-07-01')).toBe(false);
    const processedInTime = { ...processedLate, dueOn: '2020-07-20' };
    expect(isOnTime(processedInTime, '2021-01-01')).toBe(true);
  });

  it('takes the Vietnamese day of the processing, not the UTC one', () => {
    // 17:30 UTC on 16 July is already 17 July in Lạng Sơn.
    const dossier = receivedDossier({
      dueOn: '2020-07-16',
      state: 'processed',
      history: [move('received', 'processing', '2020-06-26T10:00:00+07:00'), move('processing', 'processed', '2020-07-16T17:30:00Z')] as never,
    });
    expect(isOnTime(dossier, '2020-07-16')).toBe(false);
  });

  it('judges a stopped dossier by the day it stopped', () => {
    const stopped = receivedDossier({
      dueOn: '2020-07-17',
      state: 'stopped',
      history: [move('received', 'withdrawal_requested', '2020-06-29T10:00:00+07:00'), move('withdrawal_requested', 'stopped', '2020-06-30T10:00:00+07:00')] as never,
    });
    expect(settledOn(stopped)).toBe('2020-06-30');
    expect(isOnTime(stopped, '2020-12-31')).toBe(true);
  });
});
