import type { UserErrorFields } from '@egov/client-operations/statistics';
import { describe, expect, it } from 'vitest';
import { checkedProblems, refusalKey, refusalProblems } from './figure-problems';

const refused = (field: string[], code: UserErrorFields['code'] = 'VALIDATION', message = 'refused'): UserErrorFields => ({ __typename: 'UserError', field, code, message });
const placement = (refusals: UserErrorFields[]) => refusalProblems(refusals).map(({ field, fieldId }) => [field, fieldId]);

describe('the figure form’s problems', () => {
  it('lists the check’s problems in its order, each on its control', () => {
    expect(checkedProblems({ value: 'percentRange', target: 'notANumber', numerator: 'ratioBoth' })).toEqual([
      { field: 'value', fieldId: 'observation-value', key: 'percentRange' },
      { field: 'target', fieldId: 'observation-target', key: 'notANumber' },
      { field: 'numerator', fieldId: 'observation-numerator', key: 'ratioBoth' },
    ]);
  });

  it('puts a server refusal beside the field the input names, and one naming none on the whole form', () => {
    expect(placement([refused(['input', 'targetValue'])])).toEqual([['target', 'observation-target']]);
    expect(placement([refused(['input', 'value'])])).toEqual([['value', 'observation-value']]);
    expect(placement([refused(['input', 'version'])])).toEqual([[null, 'observation-value']]);
    expect(placement([refused([])])).toEqual([[null, 'observation-value']]);
  });

  it('keeps the last refusal of a field, puts the whole form’s first, a conflict there too, and then drops the status’s', () => {
    const first = refused(['input', 'value'], 'VALIDATION', 'first');
    const last = refused(['input', 'value'], 'VALIDATION', 'last');
    expect(refusalProblems([first, refused(['input', 'sourceQuote']), last]).map((problem) => 'refusal' in problem && problem.refusal.message)).toEqual(['last', 'refused']);

    const duplicate = refused(['input', 'period'], 'DUPLICATE');
    expect(placement([refused(['input', 'status']), duplicate])).toEqual([
      [null, 'observation-value'],
      ['period', 'observation-period'],
    ]);
    expect(refusalProblems([duplicate])[0]).toEqual({ field: null, fieldId: 'observation-value', refusal: duplicate });
    expect(placement([refused(['input', 'status'])])).toEqual([['status', 'observation-status']]);
  });

  it('words a refusal by its code, its field and the indicator’s measure, and quotes the gateway otherwise', () => {
    const value = refused(['input', 'value']);
    expect(refusalKey(refused([], 'FORBIDDEN'), null, 'COUNT')).toBe('forbidden');
    expect(refusalKey(refused(['input', 'version'], 'CONFLICT'), null, null)).toBe('conflict');
    expect(refusalKey(refused(['input', 'period'], 'UNKNOWN_REFERENCE'), 'period', null)).toBe('unknownPeriod');
    expect(refusalKey(refused(['input', 'areaCode']), 'areaCode', null)).toBe('areaOutsidePeriod');
    expect(refusalKey(value, 'value', 'PERCENT')).toBe('percentRange');
    expect(refusalKey(value, 'value', 'AMOUNT_VND')).toBe('wholeNotNegative');
    expect(refusalKey(value, 'value', 'PER_100_INHABITANTS')).toBe('serverRefused');
    expect(refusalKey(value, null, 'PERCENT')).toBe('serverRefused');
  });
});
