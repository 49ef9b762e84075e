import { describe, expect, it } from 'vitest';
import { periodCodeOf } from './period-form';

describe('periodCodeOf', () => {
  it('names the period of a year and a part as the gateway does', () => {
    expect(periodCodeOf('2020', 'H2')).toEqual({ code: '2020-H2' });
    expect(periodCodeOf(' 2020 ', 'Q3')).toEqual({ code: '2020-Q3' });
    expect(periodCodeOf('2021', 'YEAR')).toEqual({ code: '2021' });
  });

  it('asks for a year of four digits between 1990 and 2100', () => {
    expect(periodCodeOf('', 'H1')).toEqual({ problem: 'enterYear' });
    expect(periodCodeOf('20', 'H1')).toEqual({ problem: 'yearRange' });
    expect(periodCodeOf('1850', 'H1')).toEqual({ problem: 'yearRange' });
    expect(periodCodeOf('2020-H2', 'H1')).toEqual({ problem: 'yearRange' });
  });
});
