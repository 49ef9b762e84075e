import { changeStamp, insertAudited, updateVersioned, type AuditContext, type ChangeStamp, type Executor, type WriteTarget } from '@egov/db';
import { areaSchema, type Area, type AreaInput, type AreaLevel } from '@egov/districts-model';
import { DomainError, validate } from '@egov/errors';

interface AreaRow {
  code: string;
  level: Area['level'];
  kind: Area['kind'];
  name_vi: string;
  name_en: string;
  parent_code: string | null;
  communes_count: number | null;
  valid_from: string | null;
  valid_to: string | null;
  version: number;
}

const target: WriteTarget = { table: 'administrative_areas', keyColumn: 'code', entityType: 'area' };

const toArea = (row: AreaRow): Area => ({
  code: row.code,
  level: row.level,
  kind: row.kind,
  nameVi: row.name_vi,
  nameEn: row.name_en,
  parentCode: row.parent_code,
  communesCount: row.communes_count,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  version: row.version,
});

const toRow = (area: ReturnType<typeof areaSchema.parse>) => ({
  code: area.code,
  level: area.level,
  kind: area.kind,
  name_vi: area.nameVi,
  name_en: area.nameEn,
  parent_code: area.parentCode,
  communes_count: area.communesCount,
  valid_from: area.validFrom,
  valid_to: area.validTo,
});

export interface AreaFilter {
  level?: AreaLevel;
  parentCode?: string;
  /** Only areas that existed on this day (ISO date). */
  validOn?: string;
}

/** Provinces and district-level units (đơn vị hành chính), by GSO code. */
export function createDistrictsRepository(db: Executor) {
  return {
    async list(filter: AreaFilter = {}): Promise<Area[]> {
      const rows = await db.query<AreaRow>(
        `select * from administrative_areas
         where ($1::text is null or level = $1)
           and ($2::text is null or parent_code = $2)
           and ($3::date is null or ((valid_from is null or valid_from <= $3) and (valid_to is null or $3 <= valid_to)))
         order by level desc, code`,
        [filter.level ?? null, filter.parentCode ?? null, filter.validOn ?? null],
      );
      return rows.map(toArea);
    },

    /** The areas of the given codes, in the same order, null where a code is unknown (for DataLoader). */
    async getMany(codes: readonly string[]): Promise<(Area | null)[]> {
      const rows = await db.query<AreaRow>('select * from administrative_areas where code = any($1::text[])', [codes]);
      const byCode = new Map(rows.map((row) => [row.code, toArea(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    },

    /** How far the areas have changed, without reading them (for ETags of what names them). */
    changeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, ['administrative_areas']);
    },

    async get(code: string): Promise<Area | null> {
      const [area] = await this.getMany([code]);
      return area ?? null;
    },

    async create(input: AreaInput, context: AuditContext): Promise<Area> {
      const area = validate(areaSchema, input);
      return db.transaction(async (tx) => toArea(await insertAudited<AreaRow & Record<string, unknown>>(tx, target, toRow(area), context)));
    },

    /** Replaces an area's fields if it is still at `expectedVersion`. The code cannot change. */
    async update(code: string, expectedVersion: number, input: AreaInput, context: AuditContext): Promise<Area> {
      const area = validate(areaSchema, input);
      if (area.code !== code) throw DomainError.invalid('code', 'The GSO code of an area cannot change.');
      return db.transaction(async (tx) => {
        const { after } = await updateVersioned<AreaRow & Record<string, unknown>>(tx, target, code, expectedVersion, toRow(area), {
          ...context,
          action: 'area.update',
        });
        return toArea(after);
      });
    },
  };
}

export type DistrictsRepository = ReturnType<typeof createDistrictsRepository>;
