import type { GeneratorCallback, Tree } from '@nx/devkit';
import { addProjectConfiguration, getProjects, logger } from '@nx/devkit';
import { addToBrowserTests, BROWSER_TEST_PROJECT } from './browser-tests';
import { writeBrowserTest, writeOperationsFiles, writeRemoteFiles } from './files';
import { manifestEntryFor, readRemotesManifest, REMOTES_MANIFEST_PATH, writeRemotesManifest } from './manifest';
import { CLIENT_OPERATIONS_ROOT, generateOperationTypes, registerOperations } from './operations';
import { normalizeRemoteOptions, type RemoteOptions } from './options';
import { devPortFor, remoteProject } from './project';
import type { RemoteGeneratorSchema } from './schema';

function refuseTakenName(tree: Tree, options: RemoteOptions): void {
  if (getProjects(tree).has(options.name)) throw new Error(`Cannot create the remote: a project "${options.name}" exists already.`);
  if (tree.exists(options.projectRoot)) throw new Error(`Cannot create the remote: ${options.projectRoot} exists already.`);
}

/**
 * `nx g @egov/tools:remote <name>`: creates the remote `apps/<name>` (Rspack + federation config,
 * the contract export, a first page that reads the gateway, unit tests), its GraphQL documents in
 * the client-operations library (path alias, registry the gateway's tests validate, generated
 * types), its browser test in the portal's browser-test project, and its entry in the remotes
 * manifest. Everything is checked before anything is written.
 */
export default async function remoteGenerator(tree: Tree, schema: RemoteGeneratorSchema): Promise<GeneratorCallback> {
  const options = normalizeRemoteOptions(schema);
  refuseTakenName(tree, options);
  const { manifest, existed } = readRemotesManifest(tree);
  const entry = manifestEntryFor(manifest, options);

  addProjectConfiguration(tree, options.name, remoteProject(options, devPortFor(manifest.remotes.length)));
  writeRemoteFiles(tree, options);
  writeOperationsFiles(tree, options);
  const operationsWarnings = registerOperations(tree, options);
  writeRemotesManifest(tree, manifest, entry);
  const browserTestsRoot = addToBrowserTests(tree, options);
  if (browserTestsRoot) writeBrowserTest(tree, options, browserTestsRoot);

  const warnings = [
    ...options.warnings,
    ...operationsWarnings,
    ...(existed ? [] : [`${REMOTES_MANIFEST_PATH} did not exist: created it with this remote only.`]),
    ...(browserTestsRoot ? [] : [`No "${BROWSER_TEST_PROJECT}" project: no browser test was written.`]),
  ];
  const root = tree.root;
  const generatesTypes = tree.exists(`${CLIENT_OPERATIONS_ROOT}/codegen.ts`);
  return () => {
    // The documents' types, written once the files are on disk; CI fails when they are not committed.
    if (generatesTypes) generateOperationTypes(root);
    for (const warning of warnings) logger.warn(warning);
    logger.info(
      [
        `Remote "${options.id}" created in ${options.projectRoot}, listed in ${REMOTES_MANIFEST_PATH} at ${options.routeBase} (order ${entry.order}).`,
        `  npx nx run-many -t lint typecheck test -p ${options.name}   # its checks`,
        `  npx nx build ${options.name}                                  # production build into ${options.outputPath}`,
        '  docs/adding-a-remote.md walks through the rest.',
      ].join('\n'),
    );
  };
}
