import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardKinds, awardLevels, type AwardFields } from './award';
import { awardTotals, filterAwards, formatYearsCovered, recipientsOf } from './award-rules';

type Listed = Pick<
  AwardFields,
  'kind' | 'level' | 'period' | 'recipientKind' | 'recipientName' | 'recipientUnitCode' | 'collectivesCount' | 'individualsCount'
> & { id: string };

const single = (id: string, recipientName: string | null, extra: Partial<Listed> = {}): Listed => ({
  id,
  kind: 'certificate_of_merit',
  level: 'provincial',
  period: '2020-H1',
  recipientKind: 'collective',
  recipientName,
  recipientUnitCode: null,
  collectivesCount: null,
  individualsCount: null,
  ...extra,
});

const firstDataSet: Listed[] = [
  single('F40', 'Trung tâm Công nghệ thông tin và Truyền thông', { recipientUnitCode: 'trung-tam-cntt-tt' }),
  single('F41', null, { recipientUnitCode: 'phong-ttbcxb' }),
  single('F42', null, {
    kind: 'commendation',
    level: 'department',
    recipientKind: 'group',
    collectivesCount: 6,
    individualsCount: 13,
  }),
];
const unitNames = new Map([
  ['trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông'],
  ['phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản'],
]);

describe('awardTotals', () => {
  it('counts the half-year awards as 8 collectives and 13 individuals honoured', () => {
    expect(awardTotals(firstDataSet)).toEqual({ awards: 3, collectives: 8, individuals: 13 });
    expect(awardTotals([])).toEqual({ awards: 0, collectives: 0, individuals: 0 });
  });

  it('counts an individual once', () => {
    expect(recipientsOf(single('x', 'Nguyễn Văn A', { recipientKind: 'individual' }))).toEqual({ collectives: 0, individuals: 1 });
  });
});

describe('formatYearsCovered', () => {
  it.each([
    [2016, 2020, '2016–2020'],
    [2019, 2019, '2019'],
    [2019, null, '2019'],
    [null, null, null],
  ])('writes %s to %s as %s', (from, to, text) => {
    expect(formatYearsCovered({ coveredFromYear: from, coveredToYear: to })).toBe(text);
  });
});

describe('filterAwards', () => {
  it('filters by form, level and period', () => {
    expect(filterAwards(firstDataSet, { kind: 'commendation' }).map((a) => a.id)).toEqual(['F42']);
    expect(filterAwards(firstDataSet, { level: 'provincial', period: '2020-H1' }).map((a) => a.id)).toEqual(['F40', 'F41']);
    expect(filterAwards(firstDataSet, { period: '2020-H2' })).toEqual([]);
  });

  it('finds a recipient ignoring case and diacritics, by its name or its unit name', () => {
    expect(filterAwards(firstDataSet, { recipient: 'trung tam cong nghe' }).map((a) => a.id)).toEqual(['F40']);
    expect(filterAwards(firstDataSet, { recipient: 'BAO CHI' }).map((a) => a.id)).toEqual([]);
    expect(filterAwards(firstDataSet, { recipient: 'BAO CHI' }, unitNames).map((a) => a.id)).toEqual(['F41']);
    expect(filterAwards(firstDataSet, { recipient: '  ' }).map((a) => a.id)).toEqual(['F40', 'F41', 'F42']);
  });

  const listed = fc.record({
    id: fc.uuid(),
    kind: fc.constantFrom(...awardKinds),
    level: fc.constantFrom(...awardLevels),
    period: fc.constantFrom('2020-H1', '2020-H2', '2021'),
    recipientKind: fc.constantFrom('collective' as const, 'individual' as const, 'group' as const),
    recipientName: fc.option(fc.constantFrom('Trung tâm CNTT', 'Phòng Văn hóa và Thông tin', 'Nguyễn Văn Thông')),
    recipientUnitCode: fc.constant(null),
    collectivesCount: fc.option(fc.nat({ max: 50 })),
    individualsCount: fc.option(fc.nat({ max: 50 })),
  });
  const filters = fc.record(
    {
      kind: fc.constantFrom(...awardKinds),
      level: fc.constantFrom(...awardLevels),
      period: fc.constantFrom('2020-H1', '2020-H2', '2021'),
      recipient: fc.constantFrom('thong', 'trung tam', 'van', 'xyz', ''),
    },
    { requiredKeys: [] },
  );

  it('keeps only awards that meet every criterion, each once, and adds up the same', () => {
    fc.assert(
      fc.property(fc.array(listed, { maxLength: 30 }), filters, (awards, filter) => {
        const kept = filterAwards(awards, filter);
        expect(new Set(kept.map((a) => a.id)).size).toBe(kept.length);
        for (const award of kept) {
          expect(awards).toContain(award);
          if (filter.kind) expect(award.kind).toBe(filter.kind);
          if (filter.level) expect(award.level).toBe(filter.level);
          if (filter.period) expect(award.period).toBe(filter.period);
        }
        // Filtering by something else, then by the form, splits the totals without losing any.
        const byKind = awardKinds.map((kind) => awardTotals(filterAwards(kept, { kind })));
        const whole = awardTotals(kept);
        expect(byKind.reduce((sum, t) => sum + t.awards, 0)).toBe(whole.awards);
        expect(byKind.reduce((sum, t) => sum + t.collectives, 0)).toBe(whole.collectives);
        expect(byKind.reduce((sum, t) => sum + t.individuals, 0)).toBe(whole.individuals);
      }),
    );
  });

  it('adds totals of two lists to the totals of both together', () => {
    fc.assert(
      fc.property(fc.array(listed, { maxLength: 20 }), fc.array(listed, { maxLength: 20 }), (a, b) => {
        const [ta, tb, both] = [awardTotals(a), awardTotals(b), awardTotals([...a, ...b])];
        expect(both).toEqual({
          awards: ta.awards + tb.awards,
          collectives: ta.collectives + tb.collectives,
          individuals: ta.individuals + tb.individuals,
        });
      }),
    );
  });

  it('never filters out an award when no criterion is given', () => {
    fc.assert(
      fc.property(fc.array(listed, { maxLength: 20 }), (awards) => {
        expect(filterAwards(awards, {})).toEqual(awards);
      }),
    );
  });
});
