import {
  changeStamp,
  insertAudited,
  keysetBatches,
  keysetRows,
  keysetSql,
  sqlConditions,
  updateVersioned,
  type AuditContext,
  type ChangeStamp,
  type Executor,
  type SqlConditions,
  type KeysetColumn,
  type KeysetRange,
  type Queryable,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  assertEnforcementChange,
  assertInspectionStatusChange,
  conclusionSchema,
  decisionDateIssue,
  enforcementStatuses,
  inspectionFields,
  inspectionSchema,
  inspectionStatuses,
  sanctionDecisionSchema,
  type ConclusionInput,
  type EnforcementStatus,
  type Inspection,
  type InspectionFields,
  type InspectionInput,
  type InspectionSubject,
  type PeriodTotals,
  type SanctionDecision,
  type SanctionDecisionFields,
  type SanctionDecisionInput,
  type Violation,
} from '@egov/inspections-model';
import { z } from 'zod';

interface InspectionRow extends Record<string, unknown> {
  id: string;
  decision_number: string;
  kind: Inspection['kind'];
  activity: Inspection['activity'];
  field: Inspection['field'];
  subjects: InspectionSubject[];
  started_on: string;
  ended_on: string | null;
  status: Inspection['status'];
  conclusion_vi: string | null;
  concluded_on: string | null;
  lead_unit_code: string;
  version: number;
}

interface DecisionRow extends Record<string, unknown> {
  id: string;
  number: string;
  issued_on: string;
  inspection_id: string | null;
  standalone_reason: string | null;
  field: SanctionDecision['field'];
  violator_name: string;
  violator_kind: SanctionDecision['violatorKind'];
  violations: Violation[];
  fine_vnd: number;
  extra_measures: string[];
  enforcement_status: EnforcementStatus;
  version: number;
}

const inspectionTarget: WriteTarget = { table: 'inspections', keyColumn: 'id', entityType: 'inspection' };
const decisionTarget: WriteTarget = { table: 'sanction_decisions', keyColumn: 'id', entityType: 'sanction_decision' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (ids: readonly string[]) => ids.filter((id) => UUID.test(id));

const toInspection = (row: InspectionRow): Inspection => ({
  id: row.id,
  decisionNumber: row.decision_number,
  kind: row.kind,
  activity: row.activity,
  field: row.field,
  subjects: row.subjects,
  startedOn: row.started_on,
  endedOn: row.ended_on,
  status: row.status,
  conclusionVi: row.conclusion_vi,
  concludedOn: row.concluded_on,
  leadUnitCode: row.lead_unit_code,
  version: row.version,
});

const inspectionColumns = (inspection: InspectionFields) => ({
  decision_number: inspection.decisionNumber,
  kind: inspection.kind,
  activity: inspection.activity,
  field: inspection.field,
  subjects: inspection.subjects,
  started_on: inspection.startedOn,
  ended_on: inspection.endedOn,
  status: inspection.status,
  conclusion_vi: inspection.conclusionVi,
  concluded_on: inspection.concludedOn,
  lead_unit_code: inspection.leadUnitCode,
});

const toDecision = (row: DecisionRow): SanctionDecision => ({
  id: row.id,
  number: row.number,
  issuedOn: row.issued_on,
  inspectionId: row.inspection_id,
  standaloneReason: row.standalone_reason,
  field: row.field,
  violatorName: row.violator_name,
  violatorKind: row.violator_kind,
  violations: row.violations,
  fineVnd: row.fine_vnd,
  extraMeasures: row.extra_measures,
  enforcementStatus: row.enforcement_status,
  version: row.version,
});

const decisionColumns = (decision: SanctionDecisionFields) => ({
  number: decision.number,
  issued_on: decision.issuedOn,
  inspection_id: decision.inspectionId,
  standalone_reason: decision.standaloneReason,
  field: decision.field,
  violator_name: decision.violatorName,
  violator_kind: decision.violatorKind,
  violations: decision.violations,
  fine_vnd: decision.fineVnd,
  extra_measures: decision.extraMeasures,
  enforcement_status: decision.enforcementStatus,
});

/** Which part of the register to read: a period (ISO dates, both ends included), a sector, a status. */
export interface RegisterFilter {
  start?: string | null;
  end?: string | null;
  field?: Inspection['field'] | null;
  /** For inspections their status; for decisions their enforcement status. */
  status?: string | null;
}

const filterSchemaFor = <S extends z.ZodType<string>>(status: S) =>
  z
    .object({
      start: z.iso.date().nullish(),
      end: z.iso.date().nullish(),
      field: z.enum(inspectionFields).nullish(),
      status: status.nullish(),
    })
    .refine((f) => !f.start || !f.end || f.start <= f.end, { message: 'A period cannot end before it starts', path: ['end'] });

const inspectionFilterSchema = filterSchemaFor(z.enum(inspectionStatuses));
const decisionFilterSchema = filterSchemaFor(z.enum(enforcementStatuses));
const periodSchema = z
  .object({ start: z.iso.date(), end: z.iso.date() })
  .refine((p) => p.start <= p.end, { message: 'A period cannot end before it starts', path: ['end'] });

/** The register's filter as SQL conditions (only those given, so an index on the order can serve them). */
const inspectionConditions = (f: RegisterFilter): SqlConditions =>
  sqlConditions([
    ['started_on >= ?::date', f.start],
    ['started_on <= ?::date', f.end],
    ['field = ?::text', f.field],
    ['status = ?::text', f.status],
  ]);

/** A decision's sector is its own, else its inspection's: the join serves only that filter. */
const DECISIONS_WITH_INSPECTION = 'sanction_decisions d left join inspections i on i.id = d.inspection_id';

const decisionConditions = (f: RegisterFilter): SqlConditions =>
  sqlConditions([
    ['d.issued_on >= ?::date', f.start],
    ['d.issued_on <= ?::date', f.end],
    ['coalesce(d.field, i.field) = ?::text', f.field],
    ['d.enforcement_status = ?::text', f.status],
  ]);

const newestFirst = (columns: KeysetColumn[]) => columns.map((column) => ({ ...column, descending: true }));

const inspectionsByStart: KeysetColumn[] = [
  { sql: 'started_on', type: 'date' },
  { sql: 'decision_number', type: 'text' },
  { sql: 'id', type: 'uuid' },
];
const decisionsByIssue: KeysetColumn[] = [
  { sql: 'd.issued_on', type: 'date' },
  { sql: 'd.number', type: 'text' },
  { sql: 'd.id', type: 'uuid' },
];

/**
 * The orders the register is read in: by start (inspections) or issue (decisions) date, then the
 * number and the id, oldest or newest first. Indexes of migration 003 match each of them.
 */
export const registerOrders = {
  inspections: { asc: inspectionsByStart, desc: newestFirst(inspectionsByStart) },
  decisions: { asc: decisionsByIssue, desc: newestFirst(decisionsByIssue) },
};

const orderSql = (columns: readonly KeysetColumn[]) =>
  columns.map((column) => `${column.sql} ${column.descending ? 'desc' : 'asc'}`).join(', ');

/** A page of the register as `keysetRows` gives it. */
export interface RegisterPage<T> {
  rows: T[];
  more: boolean;
}

/**
 * The inspectorate's register (sổ theo dõi): inspections and checks, and the administrative
 * sanction decisions that follow them, with the totals a report gives.
 */
export function createInspectionsRepository(db: Executor) {
  async function lockedInspection(tx: Queryable, id: string, expectedVersion: number): Promise<InspectionRow> {
    const [row] = uuids([id]).length ? await tx.query<InspectionRow>('select * from inspections where id = $1 for update', [id]) : [];
    if (!row) throw DomainError.notFound('inspection', id);
    if (row.version !== expectedVersion) throw DomainError.conflict('inspection', id, expectedVersion, row.version);
    return row;
  }

  /** Refuses a start date that would put one of the inspection's decisions before it. */
  async function assertDecisionsFollow(tx: Queryable, id: string, inspection: InspectionFields): Promise<void> {
    const [early] = await tx.query<{ issued_on: string }>(
      'select issued_on from sanction_decisions where inspection_id = $1 and issued_on < $2 order by issued_on limit 1',
      [id, inspection.startedOn],
    );
    const issue = early && decisionDateIssue({ issuedOn: early.issued_on }, inspection);
    if (issue) throw DomainError.invalid('startedOn', issue);
  }

  async function listInspections(filter: RegisterFilter = {}): Promise<Inspection[]> {
    const where = inspectionConditions(validate(inspectionFilterSchema, filter));
    const rows = await db.query<InspectionRow>(
      `select * from inspections where ${where.sql} order by ${orderSql(registerOrders.inspections.asc)}`,
      where.params,
    );
    return rows.map(toInspection);
  }

  async function listSanctionDecisions(filter: RegisterFilter = {}): Promise<SanctionDecision[]> {
    const where = decisionConditions(validate(decisionFilterSchema, filter));
    const rows = await db.query<DecisionRow>(
      `select d.* from ${DECISIONS_WITH_INSPECTION} where ${where.sql} order by ${orderSql(registerOrders.decisions.asc)}`,
      where.params,
    );
    return rows.map(toDecision);
  }

  async function sanctionDecisionsPage(range: KeysetRange): Promise<{ rows: SanctionDecision[]; more: boolean }> {
    const page = keysetSql(range, decisionsByIssue, 1);
    const rows = await db.query<DecisionRow>(
      `select d.* from sanction_decisions d where ${page.where} order by ${page.orderBy} ${page.limit}`,
      page.params,
    );
    return keysetRows(rows.map(toDecision), range);
  }

  return {
    /** Inspections and checks that started in the period (and match the sector and status), by start date. */
    listInspections,

    /** Sanction decisions issued in the period; the sector is the decision's own, else its inspection's. */
    listSanctionDecisions,

    /** One page of the inspections that match, in one of `registerOrders.inspections`. */
    async pageInspections(filter: RegisterFilter, range: KeysetRange, columns: readonly KeysetColumn[]): Promise<RegisterPage<Inspection>> {
      const where = inspectionConditions(validate(inspectionFilterSchema, filter));
      const page = keysetSql(range, columns, where.params.length + 1);
      const rows = await db.query<InspectionRow>(
        `select * from inspections where ${where.sql} and ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...where.params, ...page.params],
      );
      const { rows: found, more } = keysetRows(rows, range);
      return { rows: found.map(toInspection), more };
    },

    /** How many inspections match (every page together): over all periods, summed from the counts of migration 004. */
    async countInspections(filter: RegisterFilter): Promise<number> {
      const valid = validate(inspectionFilterSchema, filter);
      const where = inspectionConditions(valid);
      const sql = valid.start || valid.end
        ? `select count(*)::int as count from inspections where ${where.sql}`
        : `select coalesce(sum(row_count), 0)::int as count from inspection_marks where ${where.sql}`;
      const [row] = await db.query<{ count: number }>(sql, where.params);
      return row?.count ?? 0;
    },

    /** One page of the sanction decisions that match, in one of `registerOrders.decisions`. */
    async pageSanctionDecisions(filter: RegisterFilter, range: KeysetRange, columns: readonly KeysetColumn[]): Promise<RegisterPage<SanctionDecision>> {
      const where = decisionConditions(validate(decisionFilterSchema, filter));
      const page = keysetSql(range, columns, where.params.length + 1);
      const rows = await db.query<DecisionRow>(
        `select d.* from ${DECISIONS_WITH_INSPECTION} where ${where.sql} and ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...where.params, ...page.params],
      );
      const { rows: found, more } = keysetRows(rows, range);
      return { rows: found.map(toDecision), more };
    },

    /**
     * How many sanction decisions match (every page together): over all periods and sectors, summed
     * from the counts per enforcement status of migration 004 (a decision's sector may be its inspection's).
     */
    async countSanctionDecisions(filter: RegisterFilter): Promise<number> {
      const valid = validate(decisionFilterSchema, filter);
      const where = decisionConditions(valid);
      const byStatus = sqlConditions([['enforcement_status = ?::text', valid.status]]);
      const [row] = valid.start || valid.end || valid.field
        ? await db.query<{ count: number }>(`select count(*)::int as count from ${DECISIONS_WITH_INSPECTION} where ${where.sql}`, where.params)
        : await db.query<{ count: number }>(`select coalesce(sum(row_count), 0)::int as count from sanction_decision_marks where ${byStatus.sql}`, byStatus.params);
      return row?.count ?? 0;
    },

    /**
     * Every sanction decision in the register's order (as `listSanctionDecisions` gives them),
     * `size` at a time: an export of any length holds one batch in memory.
     */
    sanctionDecisionBatches(size?: number): AsyncGenerator<SanctionDecision[]> {
      return keysetBatches(sanctionDecisionsPage, (decision) => [decision.issuedOn, decision.number, decision.id], size);
    },

    /** How far inspections and decisions have changed, without reading them (for ETags). */
    registerChangeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, [
        { table: 'inspections', kept: 'inspection_marks' },
        { table: 'sanction_decisions', kept: 'sanction_decision_marks' },
      ]);
    },

    /** Inspections by id, in the order asked, null for unknown ids (for DataLoader). */
    async getInspections(ids: readonly string[]): Promise<(Inspection | null)[]> {
      const wanted = uuids(ids);
      const rows = wanted.length ? await db.query<InspectionRow>('select * from inspections where id = any($1::uuid[])', [wanted]) : [];
      const byId = new Map(rows.map((row) => [row.id, toInspection(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    /** Sanction decisions by id, in the order asked, null for unknown ids (for DataLoader). */
    async getSanctionDecisions(ids: readonly string[]): Promise<(SanctionDecision | null)[]> {
      const wanted = uuids(ids);
      const rows = wanted.length ? await db.query<DecisionRow>('select * from sanction_decisions where id = any($1::uuid[])', [wanted]) : [];
      const byId = new Map(rows.map((row) => [row.id, toDecision(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    /** The decisions that followed each inspection, by date, in the order asked (for DataLoader). */
    async decisionsForInspections(ids: readonly string[]): Promise<SanctionDecision[][]> {
      const wanted = uuids(ids);
      const rows = wanted.length
        ? await db.query<DecisionRow>('select * from sanction_decisions where inspection_id = any($1::uuid[]) order by issued_on, number, id', [wanted])
        : [];
      const byInspection = new Map<string, SanctionDecision[]>();
      for (const row of rows) {
        const key = row.inspection_id as string;
        byInspection.set(key, [...(byInspection.get(key) ?? []), toDecision(row)]);
      }
      return ids.map((id) => byInspection.get(id) ?? []);
    },

    async recordInspection(input: InspectionInput, context: AuditContext): Promise<Inspection> {
      const inspection = validate(inspectionSchema, input);
      return db.transaction(async (tx) =>
        toInspection(await insertAudited<InspectionRow>(tx, inspectionTarget, inspectionColumns(inspection), { ...context, action: 'inspection.record' })),
      );
    },

    /** Replaces an inspection's fields if still at `expectedVersion`; its status may only move forward. */
    async updateInspection(id: string, expectedVersion: number, input: InspectionInput, context: AuditContext): Promise<Inspection> {
      const inspection = validate(inspectionSchema, input);
      return db.transaction(async (tx) => {
        const current = await lockedInspection(tx, id, expectedVersion);
        assertInspectionStatusChange(current.status, inspection.status);
        await assertDecisionsFollow(tx, id, inspection);
        const { after } = await updateVersioned<InspectionRow>(tx, inspectionTarget, id, expectedVersion, inspectionColumns(inspection), {
          ...context,
          action: 'inspection.update',
        });
        return toInspection(after);
      });
    },

    /** Records the conclusion (kết luận thanh tra) of an inspection still at `expectedVersion`. */
    async concludeInspection(id: string, expectedVersion: number, input: ConclusionInput, context: AuditContext): Promise<Inspection> {
      const conclusion = validate(conclusionSchema, input);
      return db.transaction(async (tx) => {
        const current = toInspection(await lockedInspection(tx, id, expectedVersion));
        if (current.status === 'concluded') {
          const message = `Inspection ${current.decisionNumber} is already concluded.`;
          throw new DomainError('INVALID_TRANSITION', message, [{ field: ['status'], message, code: 'INVALID_TRANSITION' }]);
        }
        assertInspectionStatusChange(current.status, 'concluded');
        const { id: _id, version: _version, ...fields } = current;
        const concluded = validate(inspectionSchema, {
          ...fields,
          status: 'concluded',
          conclusionVi: conclusion.conclusionVi,
          concludedOn: conclusion.concludedOn,
          endedOn: conclusion.endedOn ?? current.endedOn ?? conclusion.concludedOn,
        });
        const { after } = await updateVersioned<InspectionRow>(tx, inspectionTarget, id, expectedVersion, inspectionColumns(concluded), {
          ...context,
          action: 'inspection.conclude',
        });
        return toInspection(after);
      });
    },

    /** Records a sanction decision; one that follows an inspection cannot be dated before the inspection began. */
    async recordSanctionDecision(input: SanctionDecisionInput, context: AuditContext): Promise<SanctionDecision> {
      const decision = validate(sanctionDecisionSchema, input);
      return db.transaction(async (tx) => {
        if (decision.inspectionId) {
          const [inspection] = await tx.query<InspectionRow>('select * from inspections where id = $1', [decision.inspectionId]);
          if (!inspection) throw DomainError.unknownReference('inspectionId', `Inspection "${decision.inspectionId}" does not exist.`);
          const issue = decisionDateIssue(decision, toInspection(inspection));
          if (issue) throw DomainError.invalid('issuedOn', issue);
        }
        return toDecision(await insertAudited<DecisionRow>(tx, decisionTarget, decisionColumns(decision), { ...context, action: 'sanction_decision.record' }));
      });
    },

    /** Moves a fine on (paid, enforced, appealed) if the decision is still at `expectedVersion`. */
    async updateEnforcement(id: string, expectedVersion: number, status: EnforcementStatus, context: AuditContext): Promise<SanctionDecision> {
      const { status: next } = validate(z.object({ status: z.enum(enforcementStatuses) }), { status });
      return db.transaction(async (tx) => {
        const [current] = uuids([id]).length ? await tx.query<DecisionRow>('select * from sanction_decisions where id = $1 for update', [id]) : [];
        if (!current) throw DomainError.notFound('sanction_decision', id);
        if (current.version !== expectedVersion) throw DomainError.conflict('sanction_decision', id, expectedVersion, current.version);
        assertEnforcementChange(current.enforcement_status, next);
        const { after } = await updateVersioned<DecisionRow>(tx, decisionTarget, id, expectedVersion, { enforcement_status: next }, {
          ...context,
          action: 'sanction_decision.enforcement',
        });
        return toDecision(after);
      });
    },

    /**
     * The register's totals for a period (ISO dates, both ends included), counted as the report
     * counts them (see `periodTotals` of the model): an inspection in the period it started in,
     * once carried out; a decision in the period it was issued in. Summed by the database.
     */
    async totals(start: string, end: string): Promise<PeriodTotals> {
      const period = validate(periodSchema, { start, end });
      const [row] = await db.query<Record<keyof PeriodTotals, number | string>>(
        `select work.*, decisions.*
         from (select
             count(*) filter (where activity = 'inspection') as "inspections",
             coalesce(sum(jsonb_array_length(subjects)) filter (where activity = 'inspection'), 0) as "inspectedSubjects",
             count(*) filter (where activity = 'check') as "checks",
             coalesce(sum(jsonb_array_length(subjects)) filter (where activity = 'check'), 0) as "checkedSubjects"
           from inspections
           where started_on between $1::date and $2::date and status <> 'planned') as work,
           -- One pass over the period's decisions for both figures.
           (select count(*) as "decisions", coalesce(sum(fine_vnd), 0) as "finesVnd"
           from sanction_decisions where issued_on between $1::date and $2::date) as decisions`,
        [period.start, period.end],
      );
      // Counts and sums arrive as bigint or numeric, which drivers give as text.
      return {
        inspections: Number(row?.inspections ?? 0),
        inspectedSubjects: Number(row?.inspectedSubjects ?? 0),
        checks: Number(row?.checks ?? 0),
        checkedSubjects: Number(row?.checkedSubjects ?? 0),
        decisions: Number(row?.decisions ?? 0),
        finesVnd: Number(row?.finesVnd ?? 0),
      };
    },
  };
}

export type InspectionsRepository = ReturnType<typeof createInspectionsRepository>;
