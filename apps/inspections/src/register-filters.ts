import type {
  EnforcementStatusCode,
  InspectionFieldCode,
  InspectionRegisterQueryVariables,
  InspectionReportingPeriod,
  InspectionStatusCode,
} from '@egov/client-operations/inspections';
import { latestPublishedPeriod } from '@egov/periods';

export const fieldCodes: readonly InspectionFieldCode[] = [
  'PRESS',
  'PUBLISHING',
  'POST',
  'TELECOM',
  'INTERNET',
  'IT',
  'BROADCASTING',
  'RADIO_FREQUENCY',
  'ELECTRONIC_INFORMATION',
  'INFORMATION_SECURITY',
  'OTHER',
];
export const statusCodes: readonly InspectionStatusCode[] = ['PLANNED', 'IN_PROGRESS', 'CONCLUDED'];
export const enforcementCodes: readonly EnforcementStatusCode[] = ['PENDING', 'PAID', 'ENFORCED', 'APPEALED'];

/** The URL's names for the register's filters: `?ky=2020-H1&linh-vuc=internet&trang-thai=da-ket-luan&thi-hanh=da-nop`. */
export const filterParams = { period: 'ky', field: 'linh-vuc', status: 'trang-thai', enforcement: 'thi-hanh' } as const;

/** Rows of a register table per page. */
export const PAGE_SIZE = 20;

/** The URL's names for where each table's page starts: after or before a cursor the gateway gave. */
export const pageParams = {
  inspections: { after: 'cuoc-sau', before: 'cuoc-truoc' },
  decisions: { after: 'qd-sau', before: 'qd-truoc' },
} as const;
export type RegisterTable = keyof typeof pageParams;

/** `ky=tat-ca`: the whole register, every period (no totals to compare). */
export const ALL_PERIODS = 'tat-ca';

/** A code as the URL writes it: lower case, hyphens (RADIO_FREQUENCY → radio-frequency). */
export const toSlug = (code: string) => code.toLowerCase().replace(/_/g, '-');
const fromSlug = <Code extends string>(slug: string | null, codes: readonly Code[]): Code | null =>
  slug ? (codes.find((code) => toSlug(code) === slug.toLowerCase()) ?? null) : null;

/** The register's filters as read from the address; what is missing or unknown is null. */
export interface RegisterFilters {
  /** A reporting period's code, ALL_PERIODS, or null (the default period). */
  period: string | null;
  field: InspectionFieldCode | null;
  status: InspectionStatusCode | null;
  enforcement: EnforcementStatusCode | null;
}

export function readFilters(search: string): RegisterFilters {
  const params = new URLSearchParams(search);
  return {
    period: params.get(filterParams.period)?.trim() || null,
    field: fromSlug(params.get(filterParams.field), fieldCodes),
    status: fromSlug(params.get(filterParams.status), statusCodes),
    enforcement: fromSlug(params.get(filterParams.enforcement), enforcementCodes),
  };
}

/**
 * The query string of the filters (without `?`), keeping the other parameters of `search` (the
 * language). New filters start both tables on their first page.
 */
export function writeFilters(filters: RegisterFilters, search = ''): string {
  const params = new URLSearchParams(search);
  for (const table of Object.values(pageParams)) {
    params.delete(table.after);
    params.delete(table.before);
  }
  const values: Record<keyof RegisterFilters, string | null> = {
    period: filters.period,
    field: filters.field && toSlug(filters.field),
    status: filters.status && toSlug(filters.status),
    enforcement: filters.enforcement && toSlug(filters.enforcement),
  };
  for (const key of Object.keys(filterParams) as Array<keyof RegisterFilters>) {
    const value = values[key];
    if (value) params.set(filterParams[key], value);
    else params.delete(filterParams[key]);
  }
  return params.toString();
}

/**
 * The period shown when the address names none: the latest published reporting period (as the
 * gateway chooses it; a statistician's list holds unpublished ones too), else the whole register.
 */
export function defaultPeriod(periods: readonly InspectionReportingPeriod[]): string {
  return latestPublishedPeriod(periods)?.code ?? ALL_PERIODS;
}

/** Where a table's page starts, as the address says. */
export function readPage(search: string, table: RegisterTable): { after: string | null; before: string | null } {
  const params = new URLSearchParams(search);
  const after = params.get(pageParams[table].after);
  return { after, before: after ? null : params.get(pageParams[table].before) };
}

/** The address's query for another page of one table; the other table stays on its page. */
export function pageSearch(search: string, table: RegisterTable, cursor: { after: string } | { before: string }): string {
  const params = new URLSearchParams(search);
  params.delete(pageParams[table].after);
  params.delete(pageParams[table].before);
  if ('after' in cursor) params.set(pageParams[table].after, cursor.after);
  else params.set(pageParams[table].before, cursor.before);
  return params.toString();
}

const pageArgs = (page: { after: string | null; before: string | null }) =>
  page.before ? { first: null, after: null, last: PAGE_SIZE, before: page.before } : { first: PAGE_SIZE, after: page.after, last: null, before: null };

/** What the register query is asked for a period (or the whole register), the filters and each table's page. */
export function registerVariables(period: InspectionReportingPeriod | null, filters: RegisterFilters, search = ''): InspectionRegisterQueryVariables {
  const dates = period ? { from: period.startsOn, to: period.endsOn } : {};
  const inspections = pageArgs(readPage(search, 'inspections'));
  const decisions = pageArgs(readPage(search, 'decisions'));
  return {
    inspectionFilter: { ...dates, ...(filters.field && { field: filters.field }), ...(filters.status && { status: filters.status }) },
    decisionFilter: { ...dates, ...(filters.field && { field: filters.field }), ...(filters.enforcement && { enforcementStatus: filters.enforcement }) },
    inspectionsFirst: inspections.first,
    inspectionsAfter: inspections.after,
    inspectionsLast: inspections.last,
    inspectionsBefore: inspections.before,
    decisionsFirst: decisions.first,
    decisionsAfter: decisions.after,
    decisionsLast: decisions.last,
    decisionsBefore: decisions.before,
  };
}
