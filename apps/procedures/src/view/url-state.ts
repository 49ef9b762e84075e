import type {
  ChannelValue,
  LicenceStatusValue,
  LicenceTypeValue,
  ProcedureFieldValue,
  ServiceLevelValue,
} from '@egov/client-operations/procedures';
import { MAX_QUERY_LENGTH } from '@egov/text';

/** The catalogue's filters as the URL keeps them (Vietnamese slugs, shareable). */
export interface CatalogueState {
  field: ProcedureFieldValue | null;
  level: ServiceLevelValue | null;
  channel: ChannelValue | null;
  query: string;
  page: number;
}

export const fieldSlugs: Readonly<Record<ProcedureFieldValue, string>> = {
  PUBLISHING: 'xuat-ban',
  PRESS: 'bao-chi',
  ELECTRONIC_GAMES: 'tro-choi-dien-tu',
  POST: 'buu-chinh',
  TELECOM_INTERNET: 'vien-thong-internet',
  RADIO_FREQUENCY: 'tan-so-vo-tuyen',
  INFORMATION_TECHNOLOGY: 'cong-nghe-thong-tin',
  ELECTRONIC_INFORMATION: 'thong-tin-dien-tu',
  BROADCASTING: 'phat-thanh-truyen-hinh',
};
export const levelSlugs: Readonly<Record<ServiceLevelValue, string>> = { FULL_PROCESS: 'toan-trinh', PARTIAL_PROCESS: 'mot-phan' };
export const channelSlugs: Readonly<Record<ChannelValue, string>> = { IN_PERSON: 'truc-tiep', ONLINE: 'truc-tuyen', POSTAL: 'buu-chinh-cong-ich' };
export const licenceTypeSlugs: Readonly<Record<LicenceTypeValue, string>> = {
  BULLETIN_PUBLISHING: 'ban-tin',
  NON_COMMERCIAL_PUBLICATION: 'tai-lieu-khong-kinh-doanh',
  GAME_SERVICE_POINT_CERTIFICATE: 'diem-tro-choi-dien-tu',
};
export const licenceStatusSlugs: Readonly<Record<LicenceStatusValue, string>> = { VALID: 'con-hieu-luc', EXPIRED: 'het-hieu-luc', REVOKED: 'da-thu-hoi' };

/** The value a slug stands for, or null for a slug that names nothing (a hand-edited URL). */
export function fromSlug<V extends string>(slugs: Readonly<Record<V, string>>, slug: string | null): V | null {
  if (!slug) return null;
  const found = (Object.entries(slugs) as Array<[V, string]>).find(([, value]) => value === slug);
  return found ? found[0] : null;
}

/** A page number from the URL: a whole number from 1, else 1. */
export function pageFrom(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) return 1;
  return Math.max(1, Number(value));
}

const queryFrom = (value: string | null) => (value ?? '').trim().slice(0, MAX_QUERY_LENGTH);

export function readCatalogueState(search: string): CatalogueState {
  const params = new URLSearchParams(search);
  return {
    field: fromSlug(fieldSlugs, params.get('linh-vuc')),
    level: fromSlug(levelSlugs, params.get('muc-do')),
    channel: fromSlug(channelSlugs, params.get('kenh')),
    query: queryFrom(params.get('q')),
    page: pageFrom(params.get('trang')),
  };
}

/** The query string of a catalogue state, without empty filters or page 1 (`?linh-vuc=bao-chi&q=giay+phep`). */
export function catalogueSearch(state: CatalogueState): string {
  const params = new URLSearchParams();
  if (state.field) params.set('linh-vuc', fieldSlugs[state.field]);
  if (state.level) params.set('muc-do', levelSlugs[state.level]);
  if (state.channel) params.set('kenh', channelSlugs[state.channel]);
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.page > 1) params.set('trang', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The register's filters as the URL keeps them. */
export interface LicenceRegisterState {
  type: LicenceTypeValue | null;
  status: LicenceStatusValue | null;
  query: string;
  page: number;
}

export function readLicenceState(search: string): LicenceRegisterState {
  const params = new URLSearchParams(search);
  return {
    type: fromSlug(licenceTypeSlugs, params.get('loai')),
    status: fromSlug(licenceStatusSlugs, params.get('tinh-trang')),
    query: queryFrom(params.get('q')),
    page: pageFrom(params.get('trang')),
  };
}

export function licenceSearch(state: LicenceRegisterState): string {
  const params = new URLSearchParams();
  if (state.type) params.set('loai', licenceTypeSlugs[state.type]);
  if (state.status) params.set('tinh-trang', licenceStatusSlugs[state.status]);
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.page > 1) params.set('trang', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The `after` cursor of a page of `size` items. The API's cursors are offsets (`offset:N`, in
 * base64url), the item before the page's first; page 1 starts at the beginning (no cursor).
 */
export function afterCursorForPage(page: number, size: number): string | null {
  if (page <= 1) return null;
  const text = `offset:${(page - 1) * size - 1}`;
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** How many pages `total` items fill, at least one. */
export const pageCountOf = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
