import type { ProcedureChannelFields } from '@egov/client-operations/procedures';
import { describe, expect, it } from 'vitest';
import { sortChannels, summariseTerms } from './procedure-terms';

const terms = (channel: ProcedureChannelFields['channel'], timeLimitWorkingDays: number, feeVnd: number | null): ProcedureChannelFields => ({ __typename: 'ProcedureChannel' as const,
  channel,
  timeLimitWorkingDays,
  feeVnd,
  feeNote: feeVnd === null ? 'Mức phí chưa được ghi' : null,
});

describe('a catalogue row’s time limit and fee', () => {
  it('says free when every channel is free, with one time limit', () => {
    expect(summariseTerms([terms('IN_PERSON', 15, 0), terms('ONLINE', 15, 0), terms('POSTAL', 15, 0)])).toEqual({ minDays: 15, maxDays: 15, fee: { kind: 'free' } });
  });

  it('gives the range of time limits and fees when the channels differ', () => {
    expect(summariseTerms([terms('IN_PERSON', 10, 50_000), terms('ONLINE', 7, 25_000)])).toEqual({
      minDays: 7,
      maxDays: 10,
      fee: { kind: 'varies', minVnd: 25_000, maxVnd: 50_000 },
    });
    expect(summariseTerms([terms('IN_PERSON', 5, 300_000)])?.fee).toEqual({ kind: 'amount', amountVnd: 300_000 });
  });

  it('never calls a fee that is not recorded free, even beside a free channel', () => {
    expect(summariseTerms([terms('IN_PERSON', 10, 0), terms('POSTAL', 10, null)])?.fee).toEqual({ kind: 'unknown' });
  });

  it('has nothing to sum up without channels', () => {
    expect(summariseTerms([])).toBeNull();
  });

  it('lists channels in person, online, then by post', () => {
    expect(sortChannels([terms('POSTAL', 1, 0), terms('IN_PERSON', 1, 0), terms('ONLINE', 1, 0)]).map((entry) => entry.channel)).toEqual(['IN_PERSON', 'ONLINE', 'POSTAL']);
  });
});
