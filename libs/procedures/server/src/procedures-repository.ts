import {
  insertAudited,
  keysetRows,
  keysetSql,
  updateVersioned,
  type AuditContext,
  type Executor,
  type KeysetColumn,
  type KeysetRange,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  applyTransition,
  channels,
  channelTerms,
  dossierCodePrefix,
  dossierSchema,
  dossierStates,
  dueDateFor,
  formatDossierCode,
  MAX_DOSSIERS_PER_DAY,
  parseDossierCode,
  procedureSchema,
  receiveDossierSchema,
  toPublicDossier,
  vietnamDateOf,
  type Applicant,
  type Channel,
  type Dossier,
  type DossierHistoryEntry,
  type DossierState,
  type LegalBasis,
  type Procedure,
  type ProcedureChannel,
  type ProcedureField,
  type ProcedureFields,
  type ProcedureInput,
  type PublicDossier,
  type ReceiveDossierInput,
  type RequiredDocument,
  type ServiceLevel,
  type SupplementRequest,
} from '@egov/procedures-model';
import { rankBySearch } from '@egov/text';
import { z } from 'zod';

interface ProcedureRow extends Record<string, unknown> {
  code: string;
  name_vi: string;
  name_en: string;
  field: ProcedureField;
  performing_agency_code: string;
  deciding_authority_vi: string;
  channels: ProcedureChannel[];
  required_documents: RequiredDocument[];
  steps: string[];
  legal_basis: LegalBasis[];
  result_vi: string;
  service_level: ServiceLevel;
  national_portal_url: string | null;
  is_sample: boolean;
  source_fact_id: string | null;
  source_quote: string | null;
  version: number;
}

interface DossierRow extends Record<string, unknown> {
  code: string;
  procedure_code: string;
  channel: Channel;
  return_channel: Channel | null;
  applicant: Applicant;
  received_at: Date | string;
  due_on: string;
  state: DossierState;
  supplement: SupplementRequest | null;
  version: number;
}

interface HistoryRow extends Record<string, unknown> {
  dossier_code: string;
  from_state: DossierState;
  to_state: DossierState;
  at: Date | string;
  actor: string;
  note: string | null;
  supplement: SupplementRequest | null;
}

const procedureTarget: WriteTarget = { table: 'procedures', keyColumn: 'code', entityType: 'procedure' };
const dossierTarget: WriteTarget = { table: 'dossiers', keyColumn: 'code', entityType: 'dossier' };

/** A channel's terms as stored in jsonb: a fee not recorded is JSON null and reads as null, never as 0 (free). */
const toChannelTerms = (entry: ProcedureChannel): ProcedureChannel => ({
  channel: entry.channel,
  timeLimitWorkingDays: entry.timeLimitWorkingDays,
  feeVnd: typeof entry.feeVnd === 'number' ? entry.feeVnd : null,
  feeNote: entry.feeNote ?? null,
});

const toProcedure = (row: ProcedureRow): Procedure => ({
  code: row.code,
  nameVi: row.name_vi,
  nameEn: row.name_en,
  field: row.field,
  performingAgencyCode: row.performing_agency_code,
  decidingAuthorityVi: row.deciding_authority_vi,
  channels: row.channels.map(toChannelTerms),
  requiredDocuments: row.required_documents,
  steps: row.steps,
  legalBasis: row.legal_basis,
  resultVi: row.result_vi,
  serviceLevel: row.service_level,
  nationalPortalUrl: row.national_portal_url,
  isSample: row.is_sample,
  sourceFactId: row.source_fact_id,
  sourceQuote: row.source_quote,
  version: row.version,
});

const procedureColumns = (procedure: ProcedureFields) => ({
  code: procedure.code,
  name_vi: procedure.nameVi,
  name_en: procedure.nameEn,
  field: procedure.field,
  performing_agency_code: procedure.performingAgencyCode,
  deciding_authority_vi: procedure.decidingAuthorityVi,
  channels: procedure.channels,
  required_documents: procedure.requiredDocuments,
  steps: procedure.steps,
  legal_basis: procedure.legalBasis,
  result_vi: procedure.resultVi,
  service_level: procedure.serviceLevel,
  national_portal_url: procedure.nationalPortalUrl,
  is_sample: procedure.isSample,
  source_fact_id: procedure.sourceFactId,
  source_quote: procedure.sourceQuote,
});

// Both adapters give timestamptz as a Date; the model speaks ISO strings.
const isoInstant = (value: Date | string): string => new Date(value).toISOString();

const toHistoryEntry = (row: HistoryRow): DossierHistoryEntry => ({
  from: row.from_state,
  to: row.to_state,
  at: isoInstant(row.at),
  actor: row.actor,
  note: row.note,
  supplement: row.supplement,
});

const toDossier = (row: DossierRow, history: DossierHistoryEntry[]): Dossier => ({
  code: row.code,
  procedureCode: row.procedure_code,
  channel: row.channel,
  returnChannel: row.return_channel,
  applicant: row.applicant,
  receivedAt: isoInstant(row.received_at),
  dueOn: row.due_on,
  state: row.state,
  history,
  supplement: row.supplement,
  version: row.version,
});

/** Which procedures to list: by field, by how much is online, by a channel they offer. */
export interface ProcedureFilter {
  field?: ProcedureField;
  serviceLevel?: ServiceLevel;
  channel?: Channel;
}

/** Which dossiers to list for officials. */
export interface DossierFilter {
  procedureCode?: string;
  state?: DossierState;
}

/** A page of a list read by `keysetSql`: its rows in the list's order, and whether more lie beyond. */
export interface KeysetPage<T> {
  rows: T[];
  more: boolean;
}

/** The catalogue's order: by code (unique), which the primary key answers. */
export const procedureOrderColumns: readonly KeysetColumn[] = [{ sql: 'code', type: 'text' }];

/** A procedure with its place in the catalogue's order. */
export type ListedProcedure = Procedure & { position: [string] };

/**
 * The officers' dossier list order: newest received first, the code (unique) breaking ties.
 * Indexes on (received_at, code), and with the state or procedure in front, answer every page.
 */
export const dossierOrderColumns: readonly KeysetColumn[] = [
  { sql: 'received_at', type: 'timestamptz', descending: true },
  { sql: 'code', type: 'text', descending: true },
];

/**
 * A dossier with its place in the list's order. The receipt instant is kept as text with its
 * microseconds: through a JS Date a cursor would lose them and skip or repeat rows.
 */
export type ListedDossier = Dossier & { position: [string, string] };

/** The receipt instant as a cursor holds it, to the microsecond. */
const RECEIVED_KEY = `to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The condition of a dossier filter, with parameters numbered from $1. */
function dossierConditions(filter: DossierFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.procedureCode !== undefined) conditions.push(`procedure_code = $${params.push(filter.procedureCode)}`);
  if (filter.state !== undefined) conditions.push(`state = $${params.push(filter.state)}`);
  return { where: conditions.length ? conditions.join(' and ') : 'true', params };
}

/** The statement reading one page of the officers' dossier list (exported for the plan test). */
export function dossierPageStatement(filter: DossierFilter, range: KeysetRange): { sql: string; params: unknown[] } {
  const filtered = dossierConditions(filter);
  const page = keysetSql(range, dossierOrderColumns, filtered.params.length + 1);
  return {
    sql: `select *, ${RECEIVED_KEY} as received_key from dossiers
          where ${filtered.where} and ${page.where} order by ${page.orderBy} ${page.limit}`,
    params: [...filtered.params, ...page.params],
  };
}

/**
 * The statement counting the dossiers a filter keeps (exported for the plan test): it sums the
 * counts per procedure and state that triggers keep (migration 004), a few rows whatever the number of dossiers.
 */
export function dossierCountStatement(filter: DossierFilter): { sql: string; params: unknown[] } {
  const { where, params } = dossierConditions(filter);
  return { sql: `select coalesce(sum(dossiers), 0)::int as n from dossier_counts where ${where}`, params };
}

/** The condition of a procedure filter, with parameters numbered from $1. */
function procedureConditions(filter: ProcedureFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.field) conditions.push(`field = $${params.push(filter.field)}`);
  if (filter.serviceLevel) conditions.push(`service_level = $${params.push(filter.serviceLevel)}`);
  if (filter.channel) conditions.push(`channels @> $${params.push(JSON.stringify([{ channel: filter.channel }]))}::jsonb`);
  return { where: conditions.length ? conditions.join(' and ') : 'true', params };
}

/** What an official records with a move; the actor is the caller of the audit context. */
export interface DossierTransitionInput {
  /** When the move happened; now when left out. */
  at?: string;
  note?: string | null;
  /** Required on a move to `supplement_requested`. */
  supplement?: SupplementRequest;
  /** Required on a move to `returned`. */
  returnChannel?: Channel;
}

/** Dossiers received and results returned per channel over a period, for the statistics. */
export interface ChannelCounts {
  from: string;
  to: string;
  received: Record<Channel, number>;
  returned: Record<Channel, number>;
}

/**
 * The statistics of the public postal service (dịch vụ bưu chính công ích), fed by the register:
 * called inside the dossier's own transaction, so a dossier and its count are written together
 * or not at all. The portal hands in the statistics domain's counter; `day` is the Vietnamese
 * calendar day of the receipt or of the return.
 */
export interface PostalServiceStatistics {
  /** A dossier was received by post on `day`. */
  dossierReceived(tx: Executor, day: string, context: AuditContext): Promise<unknown>;
  /** A result was returned by post on `day`. */
  resultReturned(tx: Executor, day: string, context: AuditContext): Promise<unknown>;
}

export interface ProceduresRepositoryOptions {
  /** Dossiers received and results returned by post are counted here, in the same transaction. */
  postalStatistics?: PostalServiceStatistics;
  /** Public holidays (ISO dates) the due dates skip besides weekends. */
  holidays?: readonly string[];
  /** The clock, for a receipt or move that does not say when it happened. */
  now?: () => Date;
}

const stateSchema = z.enum(dossierStates);
const periodSchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((period) => period.from <= period.to, { path: ['to'], message: 'A period ends on or after it starts' });

const zeroCounts = (): Record<Channel, number> => Object.fromEntries(channels.map((c) => [c, 0])) as Record<Channel, number>;

/** The start of a Vietnamese calendar day as an instant. */
const startOfVietnamDay = (isoDate: string, plusDays = 0) =>
  new Date(Date.parse(`${isoDate}T00:00:00+07:00`) + plusDays * 86_400_000).toISOString();

/**
 * Administrative procedures (thủ tục hành chính) of the department and the dossiers (hồ sơ)
 * lodged for them, with their moves through the national state machine.
 */
export function createProceduresRepository(db: Executor, options: ProceduresRepositoryOptions = {}) {
  const holidays = options.holidays ?? [];
  const now = options.now ?? (() => new Date());
  const postalStatistics = options.postalStatistics;

  const list = async (filter: ProcedureFilter = {}): Promise<Procedure[]> => {
    const { where, params } = procedureConditions(filter);
    const rows = await db.query<ProcedureRow>(`select * from procedures where ${where} order by code`, params);
    return rows.map(toProcedure);
  };

  const getProcedure = async (executor: Executor, code: string): Promise<Procedure | null> => {
    const [row] = await executor.query<ProcedureRow>('select * from procedures where code = $1', [code]);
    return row ? toProcedure(row) : null;
  };

  /** Dossiers with their histories in two queries, in the order of the rows. */
  const withHistories = async (executor: Executor, rows: DossierRow[]): Promise<Dossier[]> => {
    if (rows.length === 0) return [];
    const history = await executor.query<HistoryRow>(
      'select * from dossier_history where dossier_code = any($1::text[]) order by id',
      [rows.map((row) => row.code)],
    );
    const byDossier = new Map<string, DossierHistoryEntry[]>();
    for (const entry of history) {
      const entries = byDossier.get(entry.dossier_code) ?? [];
      entries.push(toHistoryEntry(entry));
      byDossier.set(entry.dossier_code, entries);
    }
    return rows.map((row) => toDossier(row, byDossier.get(row.code) ?? []));
  };

  const loadDossier = async (executor: Executor, code: string, lock = false): Promise<Dossier | null> => {
    const rows = await executor.query<DossierRow>(`select * from dossiers where code = $1${lock ? ' for update' : ''}`, [code]);
    const [dossier] = await withHistories(executor, rows);
    return dossier ?? null;
  };

  return {
    list,

    /** One page of the catalogue by code, filtered. */
    async listPage(filter: ProcedureFilter, range: KeysetRange): Promise<KeysetPage<ListedProcedure>> {
      const filtered = procedureConditions(filter);
      const page = keysetSql(range, procedureOrderColumns, filtered.params.length + 1);
      const rows = await db.query<ProcedureRow>(
        `select * from procedures where ${filtered.where} and ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...filtered.params, ...page.params],
      );
      const listed = rows.map((row): ListedProcedure => ({ ...toProcedure(row), position: [row.code] }));
      return keysetRows(listed, range);
    },

    /** How many procedures match the filter. */
    async count(filter: ProcedureFilter = {}): Promise<number> {
      const { where, params } = procedureConditions(filter);
      const [row] = await db.query<{ n: number }>(`select count(*)::int as n from procedures where ${where}`, params);
      return row?.n ?? 0;
    },

    /** Procedures whose name, result or steps match, ignoring case and diacritics, best first. */
    async search(query: string, filter: ProcedureFilter = {}): Promise<Procedure[]> {
      return rankBySearch(query, await list(filter), (procedure) => [
        { text: procedure.nameVi, weight: 4 },
        { text: procedure.nameEn, weight: 3 },
        { text: procedure.code, weight: 3 },
        { text: procedure.resultVi, weight: 2 },
        { text: procedure.steps.join(' '), weight: 1 },
      ]);
    },

    async get(code: string): Promise<Procedure | null> {
      return getProcedure(db, code);
    },

    /** The procedures of the given codes, in the same order, null for unknown codes (for DataLoader). */
    async getMany(codes: readonly string[]): Promise<(Procedure | null)[]> {
      const rows = await db.query<ProcedureRow>('select * from procedures where code = any($1::text[])', [codes]);
      const byCode = new Map(rows.map((row) => [row.code, toProcedure(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    },

    async create(input: ProcedureInput, context: AuditContext): Promise<Procedure> {
      const procedure = validate(procedureSchema, input);
      return db.transaction(async (tx) =>
        toProcedure(await insertAudited<ProcedureRow>(tx, procedureTarget, procedureColumns(procedure), context)),
      );
    },

    /** Replaces a procedure's fields if it is still at `expectedVersion`. */
    async update(code: string, expectedVersion: number, input: ProcedureInput, context: AuditContext): Promise<Procedure> {
      const procedure = validate(procedureSchema, input);
      if (procedure.code !== code) throw DomainError.invalid('code', 'The code of a procedure cannot change.');
      return db.transaction(async (tx) => {
        const { after } = await updateVersioned<ProcedureRow>(tx, procedureTarget, code, expectedVersion, procedureColumns(procedure), {
          ...context,
          action: 'procedure.update',
        });
        return toProcedure(after);
      });
    },

    /**
     * Records a dossier received through any channel, numbers it for its day and sets its due date
     * from the procedure's time limit for that channel. A dossier handed in at the desk or by post
     * is received at once; one lodged online waits as `new` until the desk accepts it.
     */
    async receiveDossier(input: ReceiveDossierInput, context: AuditContext): Promise<Dossier> {
      const receipt = validate(receiveDossierSchema, input);
      const receivedAt = receipt.receivedAt ?? now().toISOString();
      return db.transaction(async (tx) => {
        const procedure = await getProcedure(tx, receipt.procedureCode);
        if (!procedure) {
          throw DomainError.unknownReference('procedureCode', `Procedure "${receipt.procedureCode}" does not exist.`);
        }
        const terms = channelTerms(procedure, receipt.channel);
        if (!terms) throw DomainError.invalid('channel', `Procedure "${procedure.code}" is not offered through ${receipt.channel}.`);

        // One numbering per day: serialise receipts so two desks cannot draw the same number.
        await tx.query(`select pg_advisory_xact_lock(hashtext('egov.dossier-codes'))`);
        const prefix = dossierCodePrefix(vietnamDateOf(receivedAt));
        const [latest] = await tx.query<{ code: string | null }>('select max(code) as code from dossiers where code like $1', [
          `${prefix}%`,
        ]);
        const sequence = (latest?.code ? (parseDossierCode(latest.code)?.sequence ?? 0) : 0) + 1;
        if (sequence > MAX_DOSSIERS_PER_DAY) {
          throw DomainError.invalid('receivedAt', `No more than ${MAX_DOSSIERS_PER_DAY} dossiers can be numbered in one day.`);
        }

        const dossier = validate(dossierSchema, {
          code: formatDossierCode(vietnamDateOf(receivedAt), sequence),
          procedureCode: procedure.code,
          channel: receipt.channel,
          returnChannel: null,
          applicant: receipt.applicant,
          receivedAt,
          dueOn: dueDateFor(receivedAt, terms.timeLimitWorkingDays, holidays),
          state: receipt.channel === 'online' ? 'new' : 'received',
          history: [],
          supplement: null,
          version: 1,
        });
        const row = await insertAudited<DossierRow>(
          tx,
          dossierTarget,
          {
            code: dossier.code,
            procedure_code: dossier.procedureCode,
            channel: dossier.channel,
            return_channel: null,
            applicant: dossier.applicant,
            received_at: dossier.receivedAt,
            due_on: dossier.dueOn,
            state: dossier.state,
            supplement: null,
          },
          { ...context, action: 'dossier.receive' },
        );
        if (dossier.channel === 'postal' && postalStatistics) {
          await postalStatistics.dossierReceived(tx, vietnamDateOf(dossier.receivedAt), context);
        }
        return toDossier(row, []);
      });
    },

    /**
     * Moves a dossier along the state machine if it is still at `expectedVersion`. A move the
     * machine forbids is INVALID_TRANSITION, a stale version CONFLICT; either way nothing is written.
     */
    async transitionDossier(
      code: string,
      expectedVersion: number,
      to: DossierState,
      details: DossierTransitionInput,
      context: AuditContext,
    ): Promise<Dossier> {
      const target = validate(stateSchema, to);
      return db.transaction(async (tx) => {
        const current = await loadDossier(tx, code, true);
        if (!current) throw DomainError.notFound('dossier', code, 'code');
        if (current.version !== expectedVersion) throw DomainError.conflict('dossier', code, expectedVersion, current.version);
        const next = applyTransition(current, target, {
          at: details.at ?? now().toISOString(),
          actor: context.actor,
          note: details.note ?? null,
          ...(details.supplement ? { supplement: details.supplement } : {}),
          ...(details.returnChannel ? { returnChannel: details.returnChannel } : {}),
        });
        await updateVersioned<DossierRow>(
          tx,
          dossierTarget,
          code,
          expectedVersion,
          { state: next.state, return_channel: next.returnChannel, supplement: next.supplement },
          { ...context, action: 'dossier.transition' },
        );
        const move = next.history.at(-1) as DossierHistoryEntry;
        await tx.query(
          `insert into dossier_history (dossier_code, from_state, to_state, at, actor, note, supplement)
           values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
          [code, move.from, move.to, move.at, move.actor, move.note, move.supplement ? JSON.stringify(move.supplement) : null],
        );
        if (move.to === 'returned' && next.returnChannel === 'postal' && postalStatistics) {
          await postalStatistics.resultReturned(tx, vietnamDateOf(move.at), context);
        }
        return (await loadDossier(tx, code)) as Dossier;
      });
    },

    /** The whole dossier with the applicant's data and its history: for officials only. */
    async getDossier(code: string): Promise<Dossier | null> {
      return loadDossier(db, code);
    },

    /** Full dossiers of the given codes, in the same order, null for unknown codes (for DataLoader). */
    async getManyDossiers(codes: readonly string[]): Promise<(Dossier | null)[]> {
      const rows = await db.query<DossierRow>('select * from dossiers where code = any($1::text[])', [codes]);
      const byCode = new Map((await withHistories(db, rows)).map((dossier) => [dossier.code, dossier]));
      return codes.map((code) => byCode.get(code) ?? null);
    },

    /**
     * One page of the officers' dossier list, newest first, with the histories: two statements
     * whatever the page size, each reading only the page's rows.
     */
    async listDossiers(filter: DossierFilter, range: KeysetRange): Promise<KeysetPage<ListedDossier>> {
      const statement = dossierPageStatement(filter, range);
      const rows = await db.query<DossierRow & { received_key: string }>(statement.sql, statement.params);
      const page = keysetRows(rows, range);
      const receivedKeys = new Map(page.rows.map((row) => [row.code, row.received_key]));
      const dossiers = await withHistories(db, page.rows);
      return {
        rows: dossiers.map((dossier): ListedDossier => ({ ...dossier, position: [receivedKeys.get(dossier.code) ?? '', dossier.code] })),
        more: page.more,
      };
    },

    /** How many dossiers match the filter. */
    async countDossiers(filter: DossierFilter = {}): Promise<number> {
      const statement = dossierCountStatement(filter);
      const [row] = await db.query<{ n: number }>(statement.sql, statement.params);
      return row?.n ?? 0;
    },

    /** What anyone holding the code may see: no applicant data. */
    async getPublicDossier(code: string): Promise<PublicDossier | null> {
      const dossier = await loadDossier(db, code);
      return dossier ? toPublicDossier(dossier) : null;
    },

    /** The moves of a dossier, oldest first; empty for a dossier never moved or unknown. */
    async dossierHistory(code: string): Promise<DossierHistoryEntry[]> {
      const rows = await db.query<HistoryRow>('select * from dossier_history where dossier_code = $1 order by id', [code]);
      return rows.map(toHistoryEntry);
    },

    /**
     * Dossiers received, and results returned, per channel between two Vietnamese calendar days
     * (both included): how many came and went through the public postal service, for instance.
     */
    async countByChannel(period: { from: string; to: string }): Promise<ChannelCounts> {
      const { from, to } = validate(periodSchema, period);
      const bounds = [startOfVietnamDay(from), startOfVietnamDay(to, 1)];
      const received = await db.query<{ channel: Channel; n: number }>(
        `select channel, count(*)::int as n from dossiers where received_at >= $1 and received_at < $2 group by channel`,
        bounds,
      );
      const returned = await db.query<{ channel: Channel; n: number }>(
        `select d.return_channel as channel, count(*)::int as n
         from dossier_history h join dossiers d on d.code = h.dossier_code
         where h.to_state = 'returned' and h.at >= $1 and h.at < $2 group by d.return_channel`,
        bounds,
      );
      const counts: ChannelCounts = { from, to, received: zeroCounts(), returned: zeroCounts() };
      for (const row of received) counts.received[row.channel] = row.n;
      for (const row of returned) counts.returned[row.channel] = row.n;
      return counts;
    },
  };
}

export type ProceduresRepository = ReturnType<typeof createProceduresRepository>;
