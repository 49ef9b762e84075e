import { composeSchema } from '@egov/graphql';
import type { PortalRepositories } from '@egov/portal-data';
import type { SessionService } from '@egov/users-server';
import { printSchema } from 'graphql';
import { schemaModules } from './schema-modules';

/** Stands in for a service the schema's shape does not need: any use of it is a mistake, said loudly. */
function unavailable<T>(name: string): T {
  return new Proxy(Object.create(null) as object, {
    get: (_target, key) => {
      throw new Error(`Printing the schema reads no data, yet ${name}.${String(key)} was read`);
    },
  }) as T;
}

/**
 * The schema the gateway serves, as SDL: what the clients' types are generated from
 * (`libs/platform/client-operations/schema.graphql`). Composed from the same modules as the gateway,
 * with no database: the modules read their repositories only when a request runs.
 */
export function portalSchemaText(): string {
  const repositories = new Proxy(Object.create(null) as object, {
    get: (_target, key) => unavailable(`repositories.${String(key)}`),
  }) as PortalRepositories;
  return `${printSchema(composeSchema(schemaModules(repositories, { sessions: unavailable<SessionService>('sessions') })))}\n`;
}
