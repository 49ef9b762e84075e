import type { AuditContext } from '@egov/db';
import type { PersonInput, UnitInput } from '@egov/units-model';
import type { UnitsRepository } from '@egov/units-server';
import { firstDataSetAreas } from './areas';

const unit = (fields: Pick<UnitInput, 'code' | 'kind' | 'nameVi' | 'nameEn'> & Partial<UnitInput>): UnitInput => ({
  parentCode: null,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
  ...fields,
});

const ATTENDEES_QUOTE =
  'đại diện lãnh đạo Đài Phát thanh và Truyền hình tỉnh; Báo Lạng Sơn; Tạp chí Văn học nghệ thuật tỉnh';
const DISTRICT_BODIES_QUOTE =
  'đại diện lãnh đạo UBND, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố';

/** F50–F53, F56: the department, its units, and the national body that issues digital certificates. */
const departmentUnits: UnitInput[] = [
  unit({
    code: 'so-tttt',
    kind: 'department',
    nameVi: 'Sở Thông tin và Truyền thông Lạng Sơn',
    nameEn: 'Lang Son Department of Information and Communications',
    descriptionVi: 'Cơ quan chuyên môn thuộc UBND tỉnh Lạng Sơn về thông tin và truyền thông.',
    sourceQuote: 'Sở Thông tin và Truyền thông ( TT&TT) Lạng Sơn',
  }),
  unit({
    code: 'phong-ttbcxb',
    kind: 'division',
    nameVi: 'Phòng Thông tin - Báo chí - Xuất bản',
    nameEn: 'Information, Press and Publishing Division',
    parentCode: 'so-tttt',
    sourceQuote: 'Phòng Thông tin - Báo chí - Xuất bản',
  }),
  unit({
    code: 'thanh-tra-so',
    kind: 'inspectorate',
    nameVi: 'Thanh tra Sở',
    nameEn: 'Department Inspectorate',
    parentCode: 'so-tttt',
    sourceQuote: 'Thanh tra Sở đã chủ trì và phối hợp với các cơ quan, đơn vị liên quan',
  }),
  unit({
    code: 'trung-tam-cntt-tt',
    kind: 'centre',
    nameVi: 'Trung tâm Công nghệ thông tin và Truyền thông',
    nameEn: 'Information Technology and Communications Centre',
    parentCode: 'so-tttt',
    descriptionVi: 'Quản lý, vận hành Trung tâm tích hợp dữ liệu của tỉnh.',
    sourceQuote: 'Trung tâm Công nghệ thông tin và Truyền thông tiếp tục quản lý, vận hành hoạt động ổn định Trung tâm tích hợp dữ liệu của tỉnh',
  }),
  unit({
    code: 'cuc-cts-bmtt',
    kind: 'national_agency',
    nameVi: 'Cục Chứng thực số và Bảo mật Thông tin',
    nameEn: 'Authority of Digital Certification and Information Security',
    descriptionVi: 'Cơ quan thuộc Bộ Thông tin và Truyền thông cấp chứng thư số.',
    sourceQuote: 'Sở đã đề nghị Cục Chứng thực số và Bảo mật Thông tin cấp mới 538 chứng thư số cá nhân',
  }),
];

/** F54: the provincial press bodies that attended. */
const pressUnits: UnitInput[] = [
  unit({ code: 'dai-ptth-lang-son', kind: 'press', nameVi: 'Đài Phát thanh và Truyền hình tỉnh Lạng Sơn', nameEn: 'Lang Son Radio and Television Station', sourceQuote: ATTENDEES_QUOTE }),
  unit({ code: 'bao-lang-son', kind: 'press', nameVi: 'Báo Lạng Sơn', nameEn: 'Lang Son Newspaper', sourceQuote: ATTENDEES_QUOTE }),
  unit({ code: 'tap-chi-vhnt-lang-son', kind: 'press', nameVi: 'Tạp chí Văn học nghệ thuật tỉnh Lạng Sơn', nameEn: 'Lang Son Literature and Arts Magazine', sourceQuote: ATTENDEES_QUOTE }),
];

/** F55: in each district and the city, its people's committee and two bodies under it. */
const districtUnits: UnitInput[] = firstDataSetAreas
  .filter((area) => area.level === 'district')
  .flatMap((area) => {
    const committee = `ubnd-${area.code}`;
    const place = area.nameVi.replace(/^Huyện /, 'huyện ').replace(/^Thành phố /, 'thành phố ');
    const placeEn = area.nameEn;
    return [
      unit({ code: committee, kind: 'district_committee', nameVi: `UBND ${place}`, nameEn: `People's Committee of ${placeEn}`, areaCode: area.code, sourceQuote: DISTRICT_BODIES_QUOTE }),
      unit({ code: `phong-vhtt-${area.code}`, kind: 'district_division', nameVi: `Phòng Văn hóa và Thông tin ${place}`, nameEn: `Culture and Information Division, ${placeEn}`, parentCode: committee, areaCode: area.code, sourceQuote: DISTRICT_BODIES_QUOTE }),
      unit({ code: `trung-tam-vhttt-${area.code}`, kind: 'district_centre', nameVi: `Trung tâm Văn hóa, Thể thao và Truyền thông ${place}`, nameEn: `Culture, Sports and Communications Centre, ${placeEn}`, parentCode: committee, areaCode: area.code, sourceQuote: DISTRICT_BODIES_QUOTE }),
    ];
  });

export const firstDataSetUnits: UnitInput[] = [...departmentUnits, ...pressUnits, ...districtUnits];

/** F57, F58: the people the article names. */
export const firstDataSetPeople: PersonInput[] = [
  {
    id: 'nguyen-quang-huy',
    fullName: 'Nguyễn Quang Huy',
    positionVi: 'Bí thư Chi bộ, Giám đốc Sở TT&TT',
    positionEn: 'Secretary of the Party cell, Director of the Department',
    unitCode: 'so-tttt',
    sourceQuote: 'Đồng chí Nguyễn Quang Huy, Bí thư Chi bộ, Giám đốc Sở TT&TT chủ trì Hội nghị.',
  },
  {
    id: 'nguyen-nhu-trang',
    fullName: 'Nguyễn Như Trang',
    positionVi: null,
    positionEn: null,
    unitCode: 'trung-tam-cntt-tt',
    sourceQuote: 'Nguyễn Như Trang ( Trung tâm CNTT và Truyền thông Lạng Sơn)',
  },
];

/** Units in parent-first order, then people; skips what is already present. */
export async function seedUnits(repos: { units: UnitsRepository }, context: AuditContext): Promise<number> {
  let inserted = 0;
  for (const input of firstDataSetUnits) {
    if (await repos.units.get(input.code)) continue;
    await repos.units.create(input, context);
    inserted += 1;
  }
  for (const input of firstDataSetPeople) {
    if (await repos.units.getPerson(input.id)) continue;
    await repos.units.createPerson(input, context);
    inserted += 1;
  }
  return inserted;
}
