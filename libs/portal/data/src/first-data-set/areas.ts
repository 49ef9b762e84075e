import type { AuditContext } from '@egov/db';
import { LANG_SON_PROVINCE_CODE, type AreaInput } from '@egov/districts-model';
import type { DistrictsRepository } from '@egov/districts-server';

/** District-level units were abolished nationwide on 1 July 2025 (two-level local government). */
const LAST_DAY_OF_DISTRICTS = '2025-06-30';

/** Lạng Sơn's district-level units as of 2020: GSO code, name, kind, communes (xã, phường, thị trấn). */
const LANG_SON_DISTRICTS_2020: ReadonlyArray<[code: string, nameVi: string, nameEn: string, kind: 'city' | 'district', communes: number]> = [
  ['178', 'Thành phố Lạng Sơn', 'Lang Son City', 'city', 8],
  ['180', 'Huyện Tràng Định', 'Trang Dinh District', 'district', 22],
  ['181', 'Huyện Bình Gia', 'Binh Gia District', 'district', 19],
  ['182', 'Huyện Văn Lãng', 'Van Lang District', 'district', 17],
  ['183', 'Huyện Cao Lộc', 'Cao Loc District', 'district', 22],
  ['184', 'Huyện Văn Quan', 'Van Quan District', 'district', 17],
  ['185', 'Huyện Bắc Sơn', 'Bac Son District', 'district', 18],
  ['186', 'Huyện Hữu Lũng', 'Huu Lung District', 'district', 24],
  ['187', 'Huyện Chi Lăng', 'Chi Lang District', 'district', 20],
  ['188', 'Huyện Lộc Bình', 'Loc Binh District', 'district', 21],
  ['189', 'Huyện Đình Lập', 'Dinh Lap District', 'district', 12],
];

export const firstDataSetAreas: AreaInput[] = [
  {
    code: LANG_SON_PROVINCE_CODE,
    level: 'province',
    kind: 'province',
    nameVi: 'Tỉnh Lạng Sơn',
    nameEn: 'Lang Son Province',
    parentCode: null,
    communesCount: null,
    validFrom: null,
    validTo: null,
  },
  ...LANG_SON_DISTRICTS_2020.map(([code, nameVi, nameEn, kind, communesCount]): AreaInput => ({
    code,
    level: 'district',
    kind,
    nameVi,
    nameEn,
    parentCode: LANG_SON_PROVINCE_CODE,
    communesCount,
    validFrom: null,
    validTo: LAST_DAY_OF_DISTRICTS,
  })),
];

/** The province and its district-level units; skips those already present. */
export async function seedAreas(repos: { districts: DistrictsRepository }, context: AuditContext): Promise<number> {
  let inserted = 0;
  for (const area of firstDataSetAreas) {
    if (await repos.districts.get(area.code)) continue;
    await repos.districts.create(area, context);
    inserted += 1;
  }
  return inserted;
}
