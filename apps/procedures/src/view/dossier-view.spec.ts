import type { TimelineEntryFields } from '@egov/client-operations/procedures';
import { describe, expect, it } from 'vitest';
import { isDossierCode, minutesToWait, normaliseDossierCode, requestProblemOf, timelinessOf, timelineSteps, todayInVietnam } from './dossier-view';

const entry = (state: TimelineEntryFields['state'], at: string): TimelineEntryFields => ({ __typename: 'DossierTimelineEntry' as const, from: null, state, labelVi: state, labelEn: state, at });

describe('the code a citizen types', () => {
  it('is read without spaces and in capitals', () => {
    expect(normaliseDossierCode(' lsn-200706- 0001 ')).toBe('LSN-200706-0001');
  });

  it('is told apart from a typo before the server is asked', () => {
    expect(isDossierCode('LSN-200706-0001')).toBe(true);
    expect(isDossierCode('LSN-20076-0001')).toBe(false);
    expect(isDossierCode('000.00.20.H36-200626-0001')).toBe(false);
  });
});

describe('the public timeline', () => {
  it('runs oldest first and marks the last step as where the dossier stands', () => {
    const steps = timelineSteps([
      entry('PROCESSING', '2020-07-06T03:00:00Z'),
      entry('RECEIVED', '2020-07-06T01:00:00Z'),
      entry('PROCESSED', '2020-07-08T03:00:00Z'),
    ]);
    expect(steps.map((step) => [step.state, step.current])).toEqual([
      ['RECEIVED', false],
      ['PROCESSING', false],
      ['PROCESSED', true],
    ]);
  });

  it('keeps steps of the same moment in the order given', () => {
    const steps = timelineSteps([entry('NEW', '2020-07-06T01:00:00Z'), entry('RECEIVED', '2020-07-06T01:00:00Z')]);
    expect(steps.map((step) => step.state)).toEqual(['NEW', 'RECEIVED']);
  });
});

describe('on time or late', () => {
  it('counts the days left up to and including the due date', () => {
    expect(timelinessOf({ dueOn: '2020-07-27', settledOn: null, state: 'PROCESSING' }, '2020-07-20')).toEqual({ kind: 'open-on-time', daysLeft: 7 });
    expect(timelinessOf({ dueOn: '2020-07-27', settledOn: null, state: 'PROCESSING' }, '2020-07-27')).toEqual({ kind: 'open-on-time', daysLeft: 0 });
  });

  it('says an open dossier past its due date is late, by how many days', () => {
    expect(timelinessOf({ dueOn: '2020-07-27', settledOn: null, state: 'SUPPLEMENT_REQUESTED' }, '2020-08-03')).toEqual({ kind: 'open-late', daysLate: 7 });
  });

  it('judges a settled dossier by the day it was settled, whatever today is', () => {
    expect(timelinessOf({ dueOn: '2020-07-27', settledOn: '2020-07-27', state: 'RETURNED' }, '2021-01-01')).toEqual({ kind: 'settled-on-time', settledOn: '2020-07-27' });
    expect(timelinessOf({ dueOn: '2020-07-27', settledOn: '2020-07-29', state: 'PROCESSED' }, '2020-07-01')).toEqual({ kind: 'settled-late', settledOn: '2020-07-29', daysLate: 2 });
  });

  it('takes today in Lạng Sơn, not in UTC', () => {
    expect(todayInVietnam(new Date('2020-07-26T17:30:00Z'))).toBe('2020-07-27');
    expect(todayInVietnam(new Date('2020-07-26T16:59:00Z'))).toBe('2020-07-26');
  });
});

describe('a failed lookup', () => {
  it('recognises the gateway’s refusal of too many lookups, with the wait in whole minutes', () => {
    const error = { errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 61 } }] };
    expect(requestProblemOf(error)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 61 });
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(5)).toBe(1);
  });

  it('tells any other failure apart', () => {
    expect(requestProblemOf(new Error('Failed to fetch'))).toEqual({ kind: 'failed' });
    expect(requestProblemOf({ errors: [{ extensions: { code: 'INTERNAL' } }] })).toEqual({ kind: 'failed' });
    expect(requestProblemOf({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] })).toEqual({ kind: 'rate-limited', retryAfterSeconds: null });
  });
});
