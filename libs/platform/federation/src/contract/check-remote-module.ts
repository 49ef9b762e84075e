import * as z from 'zod/mini';
import { REMOTE_CONTRACT_VERSION, type RemoteDefinition } from './remote-contract';
import { navLabelsSchema, reasonsOf, remoteIdSchema, routeBaseSchema } from '@egov/remote-manifest';

/** The outcome of {@link checkRemoteModule}: the remote to mount, or why it must not be. */
export type RemoteCheck = { ok: true; remote: RemoteDefinition } | { ok: false; reasons: string[] };

/** What the shell expects of a remote, from its manifest entry. */
export interface ExpectedRemote {
  /** The id the manifest registered the remote under. */
  id: string;
  /** When given, the remote must declare this route base too. */
  routeBase?: string;
}

// A React component is a function, or an object React knows (memo, forwardRef, lazy) by its $$typeof.
const isReactComponent = (value: unknown) =>
  typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value);

const definitionSchema = z.object({
  contractVersion: z.literal(REMOTE_CONTRACT_VERSION, {
    error: (issue) => `is ${JSON.stringify(issue.input)}; this shell speaks contract version ${REMOTE_CONTRACT_VERSION}`,
  }),
  id: remoteIdSchema,
  routeBase: routeBaseSchema,
  nav: navLabelsSchema,
  Component: z.optional(z.custom((value) => value === undefined || isReactComponent(value), 'is not a React component')),
  mount: z.optional(z.custom((value) => value === undefined || typeof value === 'function', 'is not a function')),
});

// Checked apart from the schema: zod skips an object's refinements once a field is wrong, and these must always be said.
function renderReasons(definition: Record<string, unknown>): string[] {
  const hasComponent = definition['Component'] !== undefined;
  const hasMount = definition['mount'] !== undefined;
  if (!hasComponent && !hasMount) return ['exports neither a Component nor a mount function'];
  if (hasComponent && hasMount) return ['exports both a Component and a mount function; keep one'];
  return [];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The definition inside what `loadRemote` returned: the module's default export (as `defineRemote`
 * makes it), or the module itself when a bundler flattened it.
 */
function definitionIn(moduleValue: unknown): unknown {
  if (!isObject(moduleValue)) return moduleValue;
  if (isObject(moduleValue['default']) && 'contractVersion' in moduleValue['default']) return moduleValue['default'];
  return moduleValue;
}

/**
 * Checks what a remote's `./Remote` module exposes before the shell trusts it: the contract version,
 * the id the manifest expects, a route base, both nav labels and exactly one of Component / mount.
 * Never throws: a remote that does not fit is refused with every reason, for the shell to log.
 */
export function checkRemoteModule(moduleValue: unknown, expected: ExpectedRemote): RemoteCheck {
  const definition = definitionIn(moduleValue);
  if (!isObject(definition)) {
    return { ok: false, reasons: [`remote "${expected.id}" exposes ${definition === null ? 'null' : typeof definition}, not a remote definition`] };
  }
  const parsed = definitionSchema.safeParse(definition);
  const reasons = [...(parsed.success ? [] : reasonsOf(parsed.error)), ...renderReasons(definition)];
  if (typeof definition['id'] === 'string' && definition['id'] !== expected.id) {
    reasons.push(`id: the remote calls itself "${definition['id']}" but the manifest registered it as "${expected.id}"`);
  }
  if (expected.routeBase !== undefined && typeof definition['routeBase'] === 'string' && definition['routeBase'] !== expected.routeBase) {
    reasons.push(`routeBase: the remote declares "${definition['routeBase']}" but the manifest routes it at "${expected.routeBase}"`);
  }
  if (reasons.length > 0) return { ok: false, reasons: reasons.map((reason) => `remote "${expected.id}": ${reason}`) };
  // Return the remote's own object (not zod's copy) so a Component keeps its identity across renders.
  return { ok: true, remote: definition as unknown as RemoteDefinition };
}
