import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AreaFields } from './area';
import { districtsOf, isAreaValidOn, totalCommunes } from './area-rules';

const district = (code: string, communesCount: number | null, validTo: string | null = '2025-06-30'): AreaFields => ({
  code,
  level: 'district',
  kind: 'district',
  nameVi: `Huyện ${code}`,
  nameEn: `District ${code}`,
  parentCode: '20',
  communesCount,
  validFrom: null,
  validTo,
});

describe('isAreaValidOn', () => {
  it('ends district-level units with 30 June 2025: abolished on 1 July 2025', () => {
    const area = district('180', 22);
    expect(isAreaValidOn(area, '2020-06-30')).toBe(true);
    expect(isAreaValidOn(area, '2025-06-30')).toBe(true);
    expect(isAreaValidOn(area, '2025-07-01')).toBe(false);
  });

  it('treats open ends as unbounded and a start date as the first valid day', () => {
    const area = { validFrom: '2008-01-01', validTo: null };
    expect(isAreaValidOn(area, '2007-12-31')).toBe(false);
    expect(isAreaValidOn(area, '2008-01-01')).toBe(true);
    expect(isAreaValidOn(area, '2999-01-01')).toBe(true);
  });

  it('holds exactly on the days between start and end', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, probe) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(isAreaValidOn({ validFrom: from, validTo: to }, probe)).toBe(from <= probe && probe <= to);
      }),
    );
  });
});

describe('districtsOf and totalCommunes', () => {
  const areas: AreaFields[] = [
    district('181', 19),
    district('178', 8),
    { ...district('999', 5), parentCode: '04' },
    { ...district('170', 3, '2001-01-01') },
  ];

  it('lists the districts of a province in code order, optionally on a day', () => {
    expect(districtsOf(areas, '20').map((a) => a.code)).toEqual(['170', '178', '181']);
    expect(districtsOf(areas, '20', '2020-06-30').map((a) => a.code)).toEqual(['178', '181']);
  });

  it('adds the communes up, or says unknown when a count is missing', () => {
    expect(totalCommunes(districtsOf(areas, '20', '2020-06-30'))).toBe(27);
    expect(totalCommunes([district('1', 3), district('2', null)])).toBeNull();
    expect(totalCommunes([])).toBe(0);
  });
});
