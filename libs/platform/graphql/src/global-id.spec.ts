import { describe, expect, it } from 'vitest';
import { keyOfGlobalId, recordKey, toGlobalId } from './global-id';

describe('keyOfGlobalId', () => {
  it('gives the key of an id of the type asked for, and nothing for any other id', () => {
    const award = toGlobalId('Award', '5f8bb7ec-0000-4000-8000-000000000001');
    expect(keyOfGlobalId(award, 'Award')).toBe('5f8bb7ec-0000-4000-8000-000000000001');
    expect(keyOfGlobalId(award, 'Licence')).toBeNull();
    // A bare key is no id: the API only takes back the ids it gave out.
    expect(keyOfGlobalId('5f8bb7ec-0000-4000-8000-000000000001', 'Award')).toBeNull();
    expect(keyOfGlobalId("' or 1=1 --", 'Award')).toBeNull();
    expect(keyOfGlobalId('x'.repeat(500), 'Award')).toBeNull();
  });
});

describe('recordKey', () => {
  it('refuses every id that names no record of the type as NOT_FOUND on the id the write sent', () => {
    const licence = toGlobalId('Licence', '5f8bb7ec-0000-4000-8000-000000000001');
    expect(recordKey(licence, 'Licence', 'licence')).toBe('5f8bb7ec-0000-4000-8000-000000000001');
    for (const id of [toGlobalId('Award', '5f8bb7ec-0000-4000-8000-000000000001'), '5f8bb7ec-0000-4000-8000-000000000001', 'junk']) {
      expect(() => recordKey(id, 'Licence', 'licence')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', issues: [expect.objectContaining({ field: ['id'] })] }));
    }
  });
});
