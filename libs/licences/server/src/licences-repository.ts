import {
  changeStamp,
  insertAudited,
  keysetBatches,
  keysetRows,
  keysetSql,
  updateVersioned,
  type AuditContext,
  type ChangeStamp,
  type Executor,
  type KeysetColumn,
  type KeysetRange,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  licenceSchema,
  licenceStatus,
  licenceTypeLabels,
  revocationSchema,
  revokeLicence,
  type Licence,
  type LicenceFields,
  type LicenceInput,
  type LicenceStatus,
  type LicenceType,
  type RevocationInput,
} from '@egov/licences-model';
import { rankBySearch } from '@egov/text';
import { z } from 'zod';

interface LicenceRow extends Record<string, unknown> {
  id: string;
  type: LicenceType;
  number: string;
  holder_name: string;
  holder_address: string | null;
  subject_vi: string;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  issuer_unit_code: string;
  is_sample: boolean;
  version: number;
}

const target: WriteTarget = { table: 'licences', keyColumn: 'id', entityType: 'licence' };

const toLicence = (row: LicenceRow): Licence => ({
  id: row.id,
  type: row.type,
  number: row.number,
  holderName: row.holder_name,
  holderAddress: row.holder_address,
  subjectVi: row.subject_vi,
  issuedOn: row.issued_on,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  revokedOn: row.revoked_on,
  revocationReason: row.revocation_reason,
  issuerUnitCode: row.issuer_unit_code,
  isSample: row.is_sample,
  version: row.version,
});

const toColumns = (licence: LicenceFields) => ({
  type: licence.type,
  number: licence.number,
  holder_name: licence.holderName,
  holder_address: licence.holderAddress,
  subject_vi: licence.subjectVi,
  issued_on: licence.issuedOn,
  valid_from: licence.validFrom,
  valid_until: licence.validUntil,
  revoked_on: licence.revokedOn,
  revocation_reason: licence.revocationReason,
  issuer_unit_code: licence.issuerUnitCode,
  is_sample: licence.isSample,
});

/** The register's order, latest issued first (type and number are unique together). */
const registerOrder: KeysetColumn[] = [
  { sql: 'issued_on', type: 'date', descending: true },
  { sql: 'type', type: 'text' },
  { sql: 'number', type: 'text' },
];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the days a query names, so a malformed one is a VALIDATION error on its own field. */
const days = <K extends string>(values: Record<K, string>) =>
  validate(z.record(z.string(), z.iso.date('A day is written YYYY-MM-DD')), values) as Record<K, string>;

/** Today in Lạng Sơn, where a licence's days are counted. */
const todayInVietnam = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

export interface LicenceListFilter {
  type?: LicenceType;
  /** Only licences in this status on `asOf`. */
  status?: LicenceStatus;
  /** The day the status is judged on (ISO date); today in Vietnam when not given. */
  asOf?: string;
  /** Words of the holder, the number, the subject or the type, ignoring case and diacritics. */
  search?: string;
  /** Only sample records (true) or only real ones (false); both when not given. */
  isSample?: boolean;
}

/** The register of licences (sổ cấp giấy phép) the department has issued. */
export function createLicencesRepository(db: Executor) {
  const getMany = async (ids: readonly string[]): Promise<(Licence | null)[]> => {
    // An id that is not a UUID names no licence; asking PostgreSQL would only fail the whole batch.
    const wellFormed = ids.filter((id) => UUID.test(id));
    const rows = wellFormed.length
      ? await db.query<LicenceRow>('select * from licences where id = any($1::uuid[])', [wellFormed])
      : [];
    const byId = new Map(rows.map((row) => [row.id.toLowerCase(), toLicence(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  };

  const registerPage = async (range: KeysetRange): Promise<{ rows: Licence[]; more: boolean }> => {
    const page = keysetSql(range, registerOrder, 1);
    const rows = await db.query<LicenceRow>(`select * from licences where ${page.where} order by ${page.orderBy} ${page.limit}`, page.params);
    return keysetRows(rows.map(toLicence), range);
  };

  return {
    /**
     * Every licence in the register's order (as `list` gives them unsearched), `size` at a time:
     * an export of any length holds one batch in memory.
     */
    batches(size?: number): AsyncGenerator<Licence[]> {
      return keysetBatches(registerPage, (licence) => [licence.issuedOn, licence.type, licence.number], size);
    },

    /** How far the register has changed, without reading it (for ETags). */
    changeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, ['licences']);
    },

    /**
     * Licences matching every given criterion, latest issued first; with a search, best match
     * first. The status comes from the model's rule, so list and display never disagree.
     */
    async list(filter: LicenceListFilter = {}): Promise<Licence[]> {
      const { asOf } = days({ asOf: filter.asOf ?? todayInVietnam() });
      const rows = await db.query<LicenceRow>(
        `select * from licences
         where ($1::text is null or type = $1) and ($2::boolean is null or is_sample = $2)
         order by issued_on desc, type, number`,
        [filter.type ?? null, filter.isSample ?? null],
      );
      const licences = rows.map(toLicence).filter((licence) => !filter.status || licenceStatus(licence, asOf) === filter.status);
      if (!filter.search?.trim()) return licences;
      return rankBySearch(filter.search, licences, (licence) => [
        { text: licence.holderName, weight: 3 },
        { text: licence.number, weight: 3 },
        { text: licence.subjectVi, weight: 2 },
        { text: licenceTypeLabels[licence.type].vi, weight: 1 },
      ]);
    },

    /** The licences of the given ids, in the same order, null for unknown ids (for DataLoader). */
    getMany,

    async get(id: string): Promise<Licence | null> {
      const [licence] = await getMany([id]);
      return licence ?? null;
    },

    /** Enters a newly issued licence in the register; the store gives it its id. */
    async issue(input: LicenceInput, context: AuditContext): Promise<Licence> {
      const licence = validate(licenceSchema, input);
      if (licence.revokedOn !== null) {
        throw DomainError.invalid('revokedOn', 'A licence is issued in force; revoke it afterwards.');
      }
      return db.transaction(async (tx) =>
        toLicence(await insertAudited<LicenceRow>(tx, target, toColumns(licence), { ...context, action: 'licence.issue' })),
      );
    },

    /**
     * Revokes a licence (thu hồi) if it is still at `expectedVersion`: a stale version is a
     * CONFLICT, a licence already revoked an INVALID_TRANSITION.
     */
    async revoke(id: string, expectedVersion: number, input: RevocationInput, context: AuditContext): Promise<Licence> {
      validate(revocationSchema, input);
      if (!UUID.test(id)) throw DomainError.notFound('licence', id);
      return db.transaction(async (tx) => {
        const [row] = await tx.query<LicenceRow>('select * from licences where id = $1 for update', [id]);
        if (!row) throw DomainError.notFound('licence', id);
        if (row.version !== expectedVersion) throw DomainError.conflict('licence', id, expectedVersion, row.version);
        const revoked = revokeLicence(toLicence(row), input);
        const { after } = await updateVersioned<LicenceRow>(
          tx,
          target,
          id,
          expectedVersion,
          { revoked_on: revoked.revokedOn, revocation_reason: revoked.revocationReason },
          { ...context, action: 'licence.revoke' },
        );
        return toLicence(after);
      });
    },

    /**
     * How many licences are in each status on a day, counted by the database (the model's rule,
     * `licenceStatus`, written as SQL); sample records are left out unless asked for.
     */
    async countByStatus(asOf: string, options: { includeSamples?: boolean } = {}): Promise<Record<LicenceStatus, number>> {
      const day = days({ asOf }).asOf;
      const [row] = await db.query<Record<LicenceStatus, number>>(
        `select count(*) filter (where revoked_on is not null and revoked_on <= $1)::int as revoked,
                count(*) filter (where (revoked_on is null or revoked_on > $1) and valid_until < $1)::int as expired,
                count(*) filter (where (revoked_on is null or revoked_on > $1) and (valid_until is null or valid_until >= $1))::int as valid
         from licences where $2 or not is_sample`,
        [day, options.includeSamples ?? false],
      );
      return { valid: row?.valid ?? 0, expired: row?.expired ?? 0, revoked: row?.revoked ?? 0 };
    },

    /**
     * How many licences of a type were issued between two days (inclusive), the figure the
     * department reports; sample records are left out unless asked for.
     */
    async countIssued(type: LicenceType, start: string, end: string, options: { includeSamples?: boolean } = {}): Promise<number> {
      const period = days({ start, end });
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from licences
         where type = $1 and issued_on between $2 and $3 and ($4 or not is_sample)`,
        [type, period.start, period.end, options.includeSamples ?? false],
      );
      return row?.n ?? 0;
    },
  };
}

export type LicencesRepository = ReturnType<typeof createLicencesRepository>;
