import { changeStamp, insertAudited, updateVersioned, type AuditContext, type ChangeStamp, type Executor, type WriteTarget } from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import { rankBySearch } from '@egov/text';
import {
  ancestorsOf,
  buildUnitTree,
  personSchema,
  unitSchema,
  type Person,
  type PersonInput,
  type Unit,
  type UnitFields,
  type UnitInput,
  type UnitKind,
  type UnitTreeNode,
} from '@egov/units-model';

interface UnitRow extends Record<string, unknown> {
  code: string;
  kind: UnitKind;
  name_vi: string;
  name_en: string;
  parent_code: string | null;
  area_code: string | null;
  description_vi: string | null;
  website: string | null;
  source_quote: string | null;
  version: number;
}

interface PersonRow extends Record<string, unknown> {
  id: string;
  full_name: string;
  position_vi: string | null;
  position_en: string | null;
  unit_code: string;
  source_quote: string | null;
  version: number;
}

const unitTarget: WriteTarget = { table: 'units', keyColumn: 'code', entityType: 'unit' };
const personTarget: WriteTarget = { table: 'people', keyColumn: 'id', entityType: 'person' };

const toUnit = (row: UnitRow): Unit => ({
  code: row.code,
  kind: row.kind,
  nameVi: row.name_vi,
  nameEn: row.name_en,
  parentCode: row.parent_code,
  areaCode: row.area_code,
  descriptionVi: row.description_vi,
  website: row.website,
  sourceQuote: row.source_quote,
  version: row.version,
});

const unitColumns = (unit: UnitFields) => ({
  code: unit.code,
  kind: unit.kind,
  name_vi: unit.nameVi,
  name_en: unit.nameEn,
  parent_code: unit.parentCode,
  area_code: unit.areaCode,
  description_vi: unit.descriptionVi,
  website: unit.website,
  source_quote: unit.sourceQuote,
});

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  fullName: row.full_name,
  positionVi: row.position_vi,
  positionEn: row.position_en,
  unitCode: row.unit_code,
  sourceQuote: row.source_quote,
  version: row.version,
});

const personColumns = (person: ReturnType<typeof personSchema.parse>) => ({
  id: person.id,
  full_name: person.fullName,
  position_vi: person.positionVi,
  position_en: person.positionEn,
  unit_code: person.unitCode,
  source_quote: person.sourceQuote,
});

export interface UnitFilter {
  kind?: UnitKind;
  parentCode?: string;
  areaCode?: string;
}

/** Organisations (đơn vị) and the people a source names in them. */
export function createUnitsRepository(db: Executor) {
  const list = async (filter: UnitFilter = {}): Promise<Unit[]> => {
    const rows = await db.query<UnitRow>(
      `select * from units
       where ($1::text is null or kind = $1) and ($2::text is null or parent_code = $2) and ($3::text is null or area_code = $3)
       order by code`,
      [filter.kind ?? null, filter.parentCode ?? null, filter.areaCode ?? null],
    );
    return rows.map(toUnit);
  };

  return {
    list,

    /** Every unit as a tree under its parents. */
    async tree(): Promise<UnitTreeNode<Unit>[]> {
      return buildUnitTree(await list());
    },

    /** Units whose Vietnamese or English name matches, ignoring case and diacritics, best first. */
    async search(query: string): Promise<Unit[]> {
      return rankBySearch(query, await list(), (unit) => [
        { text: unit.nameVi, weight: 3 },
        { text: unit.nameEn, weight: 2 },
        { text: unit.descriptionVi, weight: 1 },
      ]);
    },

    /** The units of the given codes, in the same order, null for unknown codes (for DataLoader). */
    async getMany(codes: readonly string[]): Promise<(Unit | null)[]> {
      const rows = await db.query<UnitRow>('select * from units where code = any($1::text[])', [codes]);
      const byCode = new Map(rows.map((row) => [row.code, toUnit(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    },

    /** How far the units have changed, without reading them (for ETags of what names them). */
    changeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, ['units']);
    },

    async get(code: string): Promise<Unit | null> {
      const [row] = await db.query<UnitRow>('select * from units where code = $1', [code]);
      return row ? toUnit(row) : null;
    },

    async create(input: UnitInput, context: AuditContext): Promise<Unit> {
      const unit = validate(unitSchema, input);
      return db.transaction(async (tx) => toUnit(await insertAudited<UnitRow>(tx, unitTarget, unitColumns(unit), context)));
    },

    /** Replaces a unit's fields if still at `expectedVersion`; refuses a parent that would make a loop. */
    async update(code: string, expectedVersion: number, input: UnitInput, context: AuditContext): Promise<Unit> {
      const unit = validate(unitSchema, input);
      if (unit.code !== code) throw DomainError.invalid('code', 'The code of a unit cannot change.');
      return db.transaction(async (tx) => {
        const parents = new Map(
          (await tx.query<{ code: string; parent_code: string | null }>('select code, parent_code from units')).map((row) => [
            row.code,
            row.parent_code,
          ]),
        );
        parents.set(code, unit.parentCode);
        try {
          ancestorsOf(code, (c) => parents.get(c));
        } catch {
          throw DomainError.invalid('parentCode', 'This parent would make the unit its own ancestor.');
        }
        const { after } = await updateVersioned<UnitRow>(tx, unitTarget, code, expectedVersion, unitColumns(unit), {
          ...context,
          action: 'unit.update',
        });
        return toUnit(after);
      });
    },

    async people(unitCode?: string): Promise<Person[]> {
      const rows = await db.query<PersonRow>('select * from people where ($1::text is null or unit_code = $1) order by id', [
        unitCode ?? null,
      ]);
      return rows.map(toPerson);
    },

    async getPerson(id: string): Promise<Person | null> {
      const [row] = await db.query<PersonRow>('select * from people where id = $1', [id]);
      return row ? toPerson(row) : null;
    },

    async createPerson(input: PersonInput, context: AuditContext): Promise<Person> {
      const person = validate(personSchema, input);
      return db.transaction(async (tx) => toPerson(await insertAudited<PersonRow>(tx, personTarget, personColumns(person), context)));
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
