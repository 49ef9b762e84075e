import type { AwardInput } from '@egov/awards-model';
import type { AwardsRepository } from '@egov/awards-server';
import type { AuditContext } from '@egov/db';

/** The awards were handed over at the half-year review conference (F62). */
const CONFERENCE_DAY = '2020-06-26';

const provincialMerit = {
  kind: 'certificate_of_merit',
  conferredBy: 'provincial_chairman',
  level: 'provincial',
  recipientKind: 'collective',
  collectivesCount: null,
  individualsCount: null,
  conferredOn: CONFERENCE_DAY,
  period: '2020-H1',
} as const satisfies Partial<AwardInput>;

/**
 * F40–F42: the Bằng khen of the provincial chairman, handed over by the Director on his behalf
 * ("thừa ủy quyền"), and the Director's own Giấy khen. Quotes are the article's words exactly,
 * including its misspelling "nhiện vụ" in F41; the reasons are written out correctly.
 */
export const firstDataSetAwards: AwardInput[] = [
  {
    ...provincialMerit,
    factId: 'F40',
    recipientUnitCode: 'trung-tam-cntt-tt',
    recipientName: 'Trung tâm Công nghệ thông tin và Truyền thông',
    reasonVi: 'Đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
    reasonEn: 'Two consecutive years of excellent completion of duties',
    // The article does not say which two years.
    coveredFromYear: null,
    coveredToYear: null,
    sourceQuote:
      'Bằng khen của Chủ tịch UBND tỉnh cho Trung tâm Công nghệ thông tin và Truyền thông vì đã đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  },
  {
    ...provincialMerit,
    factId: 'F41',
    recipientUnitCode: 'phong-ttbcxb',
    recipientName: 'Phòng Thông tin - Báo chí - Xuất bản',
    reasonVi: 'Thành tích xuất sắc trong phong trào thi đua thực hiện kế hoạch và nhiệm vụ công tác năm 2019',
    reasonEn: 'Outstanding achievement in the 2019 emulation movement to carry out the work plan and duties',
    coveredFromYear: 2019,
    coveredToYear: 2019,
    sourceQuote:
      'Phòng Thông tin - Báo chí - Xuất bản vì đã có thành tích xuất sắc trong phong trào thi đua thực hiện kế hoạch và nhiện vụ công tác năm 2019',
  },
  {
    factId: 'F42',
    kind: 'commendation',
    conferredBy: 'department_director',
    level: 'department',
    recipientKind: 'group',
    recipientUnitCode: null,
    // The article gives no names, only who they are.
    recipientName: 'Các tập thể và cá nhân điển hình tiên tiến ngành TT&TT',
    collectivesCount: 6,
    individualsCount: 13,
    reasonVi: 'Điển hình tiên tiến ngành Thông tin và Truyền thông giai đoạn 2016 - 2020',
    reasonEn: 'Exemplary advanced models of the information and communications sector, 2016–2020',
    coveredFromYear: 2016,
    coveredToYear: 2020,
    conferredOn: CONFERENCE_DAY,
    period: '2020-H1',
    sourceQuote: 'tặng Giấy khen cho 06 tập thể và 13 cá nhân điển hình tiên tiến ngành TT&TT giai đoạn 2016 -2020',
  },
];

/**
 * Records the awards of the first data set that are not there yet, found by their fact id,
 * and returns how many it recorded. An award already recorded is left as it is.
 */
export async function seedAwards(repos: { awards: AwardsRepository }, context: AuditContext): Promise<number> {
  let inserted = 0;
  for (const award of firstDataSetAwards) {
    if (award.factId && (await repos.awards.findByFactId(award.factId))) continue;
    await repos.awards.record(award, context);
    inserted += 1;
  }
  return inserted;
}
