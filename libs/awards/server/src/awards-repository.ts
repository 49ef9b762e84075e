import {
  awardSchema,
  type Award,
  type AwardAuthority,
  type AwardFields,
  type AwardInput,
  type AwardKind,
  type AwardLevel,
  type RecipientKind,
} from '@egov/awards-model';
import { insertAudited, updateVersioned, type AuditContext, type Executor, type WriteTarget } from '@egov/db';
import { DomainError, validate } from '@egov/errors';

interface AwardRow extends Record<string, unknown> {
  id: string;
  fact_id: string | null;
  kind: AwardKind;
  conferred_by: AwardAuthority;
  level: AwardLevel;
  recipient_kind: RecipientKind;
  recipient_unit_code: string | null;
  recipient_name: string | null;
  collectives_count: number | null;
  individuals_count: number | null;
  reason_vi: string;
  reason_en: string | null;
  covered_from_year: number | null;
  covered_to_year: number | null;
  conferred_on: string;
  period: string;
  source_quote: string | null;
  version: number;
}

const target: WriteTarget = { table: 'awards', keyColumn: 'id', entityType: 'award' };

const toAward = (row: AwardRow): Award => ({
  id: row.id,
  factId: row.fact_id,
  kind: row.kind,
  conferredBy: row.conferred_by,
  level: row.level,
  recipientKind: row.recipient_kind,
  recipientUnitCode: row.recipient_unit_code,
  recipientName: row.recipient_name,
  collectivesCount: row.collectives_count,
  individualsCount: row.individuals_count,
  reasonVi: row.reason_vi,
  reasonEn: row.reason_en,
  coveredFromYear: row.covered_from_year,
  coveredToYear: row.covered_to_year,
  conferredOn: row.conferred_on,
  period: row.period,
  sourceQuote: row.source_quote,
  version: row.version,
});

const toColumns = (award: AwardFields) => ({
  fact_id: award.factId,
  kind: award.kind,
  conferred_by: award.conferredBy,
  level: award.level,
  recipient_kind: award.recipientKind,
  recipient_unit_code: award.recipientUnitCode,
  recipient_name: award.recipientName,
  collectives_count: award.collectivesCount,
  individuals_count: award.individualsCount,
  reason_vi: award.reasonVi,
  reason_en: award.reasonEn,
  covered_from_year: award.coveredFromYear,
  covered_to_year: award.coveredToYear,
  conferred_on: award.conferredOn,
  period: award.period,
  source_quote: award.sourceQuote,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AwardListFilter {
  kind?: AwardKind;
  level?: AwardLevel;
  period?: string;
  recipientUnitCode?: string;
}

/** Awards (thi đua, khen thưởng) conferred on the sector's collectives and individuals. */
export function createAwardsRepository(db: Executor) {
  const getMany = async (ids: readonly string[]): Promise<(Award | null)[]> => {
    // An id that is not a UUID names no award; asking PostgreSQL would only fail the whole batch.
    const wellFormed = ids.filter((id) => UUID.test(id));
    const rows = wellFormed.length
      ? await db.query<AwardRow>('select * from awards where id = any($1::uuid[])', [wellFormed])
      : [];
    const byId = new Map(rows.map((row) => [row.id.toLowerCase(), toAward(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  };

  return {
    /** Awards matching every given criterion, latest first. */
    async list(filter: AwardListFilter = {}): Promise<Award[]> {
      const rows = await db.query<AwardRow>(
        `select * from awards
         where ($1::text is null or kind = $1) and ($2::text is null or level = $2)
           and ($3::text is null or period = $3) and ($4::text is null or recipient_unit_code = $4)
         order by conferred_on desc, fact_id nulls last, created_at, id`,
        [filter.kind ?? null, filter.level ?? null, filter.period ?? null, filter.recipientUnitCode ?? null],
      );
      return rows.map(toAward);
    },

    /** How many awards match the filter of `list`, counted by the database. */
    async count(filter: AwardListFilter = {}): Promise<number> {
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from awards
         where ($1::text is null or kind = $1) and ($2::text is null or level = $2)
           and ($3::text is null or period = $3) and ($4::text is null or recipient_unit_code = $4)`,
        [filter.kind ?? null, filter.level ?? null, filter.period ?? null, filter.recipientUnitCode ?? null],
      );
      return row?.n ?? 0;
    },

    /** The awards of the given ids, in the same order, null for unknown ids (for DataLoader). */
    getMany,

    async get(id: string): Promise<Award | null> {
      const [award] = await getMany([id]);
      return award ?? null;
    },

    /** The award recorded from a fact of a source report (`F40`), if any: the seed's natural key. */
    async findByFactId(factId: string): Promise<Award | null> {
      const [row] = await db.query<AwardRow>('select * from awards where fact_id = $1', [factId]);
      return row ? toAward(row) : null;
    },

    /** Records an award; the store gives it its id. */
    async record(input: AwardInput, context: AuditContext): Promise<Award> {
      const award = validate(awardSchema, input);
      return db.transaction(async (tx) =>
        toAward(await insertAudited<AwardRow>(tx, target, toColumns(award), { ...context, action: 'award.record' })),
      );
    },

    /**
     * Replaces an award's fields if it is still at `expectedVersion`. The fact it was recorded
     * from is its provenance and cannot change once set.
     */
    async update(id: string, expectedVersion: number, input: AwardInput, context: AuditContext): Promise<Award> {
      const award = validate(awardSchema, input);
      if (!UUID.test(id)) throw DomainError.notFound('award', id);
      return db.transaction(async (tx) => {
        const [current] = await tx.query<{ fact_id: string | null }>('select fact_id from awards where id = $1', [id]);
        if (current?.fact_id && current.fact_id !== award.factId) {
          throw DomainError.invalid('factId', `This award was recorded from ${current.fact_id}; its source cannot change.`);
        }
        const { after } = await updateVersioned<AwardRow>(tx, target, id, expectedVersion, toColumns(award), {
          ...context,
          action: 'award.update',
        });
        return toAward(after);
      });
    },
  };
}

export type AwardsRepository = ReturnType<typeof createAwardsRepository>;
