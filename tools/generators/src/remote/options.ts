import { navLabelsSchema, reasonsOf, remoteIdSchema, routeBaseSchema } from '@egov/remote-manifest';
import type { RemoteGeneratorSchema } from './schema';

/** A project name: lower-case words of letters and digits joined by single hyphens (`open-data`). */
export const PROJECT_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * First path segments the gateway answers itself, so no remote may route there. A copy of
 * `GATEWAY_PATH_SEGMENTS` in apps/gateway/src/routes/static-apps.ts (a tool may not import an app);
 * a test fails when the two differ.
 */
export const GATEWAY_PATH_SEGMENTS: readonly string[] = ['graphql', 'feeds', 'open-data', 'healthz', 'readyz', 'remotes', 'remotes.json', 'robots.txt', 'sitemap.xml', 'sitemaps'];

/** Everything the generator writes, derived once from the command line. */
export interface RemoteOptions {
  /** The Nx project's name and folder name (`open-data`). */
  name: string;
  /** The federation name: the manifest's id, the JavaScript global and the build folder (`open_data`). */
  id: string;
  /** `apps/<name>`. */
  projectRoot: string;
  /** Where the production build goes, relative to the workspace: `dist/apps/<id>`, where the gateway serves it from. */
  outputPath: string;
  /** Where the remote's routes start (`/open-data`). */
  routeBase: string;
  /** The navigation labels, which are also the first page's heading. */
  nav: { vi: string; en: string };
  /** `OpenData`: prefix of the generated components' names. */
  className: string;
  /** `openData`: prefix of the generated values' names. */
  propertyName: string;
  /** Things the team should fix by hand (an untranslated label). */
  warnings: string[];
}

/** The federation id of a project name: hyphens become underscores, as an id is a JavaScript identifier. */
export function remoteIdOf(name: string): string {
  return name.replace(/-/g, '_');
}

const words = (name: string) => name.split('-');
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A readable label from a name: `open-data` gives `Open data`. */
export function labelOf(name: string): string {
  return capitalised(words(name).join(' '));
}

/** Reads and checks the options; throws one error listing every problem, before anything is written. */
export function normalizeRemoteOptions(schema: RemoteGeneratorSchema): RemoteOptions {
  const problems: string[] = [];
  const name = String(schema.name ?? '').trim();
  if (!PROJECT_NAME_PATTERN.test(name)) {
    problems.push(`name "${name}": must be lower-case letters and digits, words joined by single hyphens, starting with a letter (e.g. statistics, open-data)`);
  }
  const id = remoteIdOf(name);
  const idCheck = remoteIdSchema.safeParse(id);
  if (PROJECT_NAME_PATTERN.test(name) && !idCheck.success) problems.push(...reasonsOf(idCheck.error).map((reason) => `id "${id}" (from the name): ${reason}`));

  const routeBase = schema.routeBase?.trim() || `/${name}`;
  const routeCheck = routeBaseSchema.safeParse(routeBase);
  if (!routeCheck.success) problems.push(...reasonsOf(routeCheck.error).map((reason) => `routeBase "${routeBase}": ${reason}`));
  const firstSegment = routeBase.split('/')[1] ?? '';
  if (GATEWAY_PATH_SEGMENTS.includes(firstSegment)) {
    problems.push(`routeBase "${routeBase}": the gateway answers /${firstSegment} itself; pass another --routeBase`);
  }

  const warnings: string[] = [];
  const en = schema.labelEn?.trim() || labelOf(name);
  let vi = schema.labelVi?.trim() ?? '';
  if (!vi) {
    vi = en;
    warnings.push(`No --labelVi given: the Vietnamese label is "${en}" for now; translate it in ${`apps/${name}/src/messages.ts`} (title) and apps/shell/remotes.json.`);
  }
  const navCheck = navLabelsSchema.safeParse({ vi, en });
  if (!navCheck.success) problems.push(...reasonsOf(navCheck.error));
  if ([vi, en].some((label) => /[{}]/.test(label))) problems.push('labels may not contain braces: they are message texts too');

  if (problems.length > 0) throw new Error(`Cannot create the remote:\n- ${problems.join('\n- ')}`);

  const className = words(name).map(capitalised).join('');
  return {
    name,
    id,
    projectRoot: `apps/${name}`,
    outputPath: `dist/apps/${id}`,
    routeBase,
    nav: { vi, en },
    className,
    propertyName: className.charAt(0).toLowerCase() + className.slice(1),
    warnings,
  };
}
