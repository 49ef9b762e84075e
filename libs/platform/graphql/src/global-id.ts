import { DomainError } from '@egov/errors';

/**
 * Global object ids (`Node.id`): the type name and the record's own key, base64url-encoded so
 * clients treat them as opaque. `Unit:so-tttt` → `VW5pdDpzby10dHR0`.
 */
export function toGlobalId(typeName: string, key: string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

/** The type and key of a global id, or null when it is not one of ours. */
export function fromGlobalId(id: string): { typeName: string; key: string } | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const match = decoded.match(/^([A-Z][A-Za-z]*):(.+)$/s);
  return match ? { typeName: match[1] as string, key: match[2] as string } : null;
}

/**
 * The record key a global id names, when it names a record of this type; null for anything else
 * (another type's id, a bare key, text that is no id). One rule for every id argument: a client
 * passes back the ids the API gave it.
 */
export function keyOfGlobalId(id: string, typeName: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.typeName === typeName ? parsed.key : null;
}

/**
 * The record key of the id a write names, or NOT_FOUND on `id`: an id of another type, or text that
 * is no id, names no record, as a record that was never there does not.
 */
export function recordKey(id: string, typeName: string, entity: string): string {
  const key = keyOfGlobalId(id, typeName);
  if (key === null) throw DomainError.notFound(entity, id);
  return key;
}
