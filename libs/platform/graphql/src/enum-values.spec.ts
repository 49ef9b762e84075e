import { describe, expect, it } from 'vitest';
import { enumOf } from './enum-values';

describe('enumOf', () => {
  it("names each of the model's values in upper case, as the schema's enum does", () => {
    expect(enumOf(['count', 'per_100_inhabitants', 'amount_vnd'])).toEqual({ COUNT: 'count', PER_100_INHABITANTS: 'per_100_inhabitants', AMOUNT_VND: 'amount_vnd' });
    expect(enumOf([])).toEqual({});
  });
});
