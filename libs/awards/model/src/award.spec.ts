import { describe, expect, it } from 'vitest';
import { awardSchema, reportingPeriodSchema, type AwardInput } from './award';

/** F40 of the seed report: the provincial chairman's Bằng khen to the IT and communications centre. */
const meritToCentre: AwardInput = {
  factId: 'F40',
  kind: 'certificate_of_merit',
  conferredBy: 'provincial_chairman',
  level: 'provincial',
  recipientKind: 'collective',
  recipientUnitCode: 'trung-tam-cntt-tt',
  recipientName: 'Trung tâm Công nghệ thông tin và Truyền thông',
  collectivesCount: null,
  individualsCount: null,
  reasonVi: 'Đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  reasonEn: 'Two consecutive years of excellent completion of duties',
  coveredFromYear: null,
  coveredToYear: null,
  conferredOn: '2020-06-26',
  period: '2020-H1',
  sourceQuote: 'vì đã đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
};

/** F42: the director's Giấy khen to 6 collectives and 13 individuals, names not given. */
const commendationToGroup: AwardInput = {
  ...meritToCentre,
  factId: 'F42',
  kind: 'commendation',
  conferredBy: 'department_director',
  level: 'department',
  recipientKind: 'group',
  recipientUnitCode: null,
  recipientName: null,
  collectivesCount: 6,
  individualsCount: 13,
  coveredFromYear: 2016,
  coveredToYear: 2020,
};

const issueFields = (input: unknown) => {
  const result = awardSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('awardSchema', () => {
  it('accepts a Bằng khen of the provincial chairman to a unit and a Giấy khen of the director to a group', () => {
    expect(awardSchema.parse(meritToCentre)).toEqual(meritToCentre);
    expect(awardSchema.parse(commendationToGroup)).toEqual(commendationToGroup);
  });

  describe('the authority matches the form and the level', () => {
    it.each([
      ['a Giấy khen of the provincial chairman', { kind: 'commendation' }, 'kind'],
      ['a provincial chairman conferring at department level', { level: 'department' }, 'level'],
      ['a Bằng khen of the department director', { conferredBy: 'department_director' }, 'kind'],
    ])('refuses %s', (_, change, field) => {
      expect(issueFields({ ...meritToCentre, ...change })).toContain(field);
    });

    it('accepts a Bằng khen of a minister at ministerial level', () => {
      expect(issueFields({ ...meritToCentre, conferredBy: 'minister', level: 'ministerial' })).toEqual([]);
    });
  });

  describe('the recipient is consistent', () => {
    it('lets a collective be named by its unit or by its name alone', () => {
      expect(issueFields({ ...meritToCentre, recipientName: null })).toEqual([]);
      expect(issueFields({ ...meritToCentre, recipientUnitCode: null })).toEqual([]);
      expect(issueFields({ ...meritToCentre, recipientUnitCode: null, recipientName: null })).toContain('recipientName');
    });

    it('requires an individual to be named', () => {
      const individual = { ...meritToCentre, recipientKind: 'individual', recipientUnitCode: 'so-tttt' };
      expect(issueFields({ ...individual, recipientName: 'Nguyễn Văn A' })).toEqual([]);
      expect(issueFields({ ...individual, recipientName: null })).toContain('recipientName');
      expect(issueFields({ ...individual, recipientName: '   ' })).toContain('recipientName');
    });

    it('requires a group to say how many it honours, at least one', () => {
      expect(issueFields({ ...commendationToGroup, collectivesCount: 0 })).toEqual([]);
      expect(issueFields({ ...commendationToGroup, collectivesCount: 0, individualsCount: 0 })).toContain('collectivesCount');
      expect(issueFields({ ...commendationToGroup, individualsCount: null })).toContain('individualsCount');
      expect(issueFields({ ...commendationToGroup, collectivesCount: -6 })).toContain('collectivesCount');
      expect(issueFields({ ...commendationToGroup, collectivesCount: 1.5 })).toContain('collectivesCount');
    });

    it('refuses counts on a single recipient, who is one', () => {
      expect(issueFields({ ...meritToCentre, collectivesCount: 6 })).toContain('collectivesCount');
      expect(issueFields({ ...meritToCentre, individualsCount: 1 })).toContain('individualsCount');
    });
  });

  describe('dates', () => {
    it('refuses years covered that run backwards or after the award', () => {
      expect(issueFields({ ...commendationToGroup, coveredFromYear: 2020, coveredToYear: 2016 })).toContain('coveredToYear');
      expect(issueFields({ ...commendationToGroup, coveredToYear: 2021 })).toContain('coveredToYear');
    });

    it('refuses a reporting period that does not hold the day the award was conferred', () => {
      expect(issueFields({ ...meritToCentre, period: '2020-H2' })).toContain('period');
      expect(issueFields({ ...meritToCentre, period: '2020' })).toEqual([]);
    });

    it.each([
      ['a date that is not a day', { conferredOn: '26/06/2020' }, 'conferredOn'],
      ['an unknown period code', { period: '2020-S1' }, 'period'],
      ['a fact id of another form', { factId: '40' }, 'factId'],
      ['an unknown authority', { conferredBy: 'king' }, 'conferredBy'],
    ])('refuses %s', (_, change, field) => {
      expect(issueFields({ ...meritToCentre, ...change })).toContain(field);
    });
  });
});

describe('reportingPeriodSchema', () => {
  it.each(['2020', '2020-H1', '2020-H2', '2020-Q1', '2024-Q4'])('accepts the reporting period %s', (code) => {
    expect(reportingPeriodSchema.safeParse(code).success).toBe(true);
  });

  it.each(['2020-H3', '2020-Q5', '20-H1', '2020H1', '2020-h1', '2020-06'])('refuses the code %s, saying what a reporting period is', (code) => {
    const result = reportingPeriodSchema.safeParse(code);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'A reporting period is a year, a half or a quarter: 2020, 2020-H1, 2020-Q3',
    ]);
  });
});
