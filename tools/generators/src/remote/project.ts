import type { ProjectConfiguration } from '@nx/devkit';
import type { RemoteOptions } from './options';

/** The gateway serves on 4200 and the shell's dev server on 4201; remote number n (from 0) gets 4202 + n. */
export const devPortFor = (remotesBefore: number) => 4202 + remotesBefore;

/** The Nx project of a remote: tags for the import rules, and its build, serve and check targets. */
export function remoteProject(options: RemoteOptions, devPort: number): ProjectConfiguration {
  const config = `${options.projectRoot}/rspack.config.mjs`;
  return {
    name: options.name,
    root: options.projectRoot,
    sourceRoot: `${options.projectRoot}/src`,
    projectType: 'application',
    tags: ['type:feature', `scope:${options.name}`, 'runtime:browser'],
    targets: {
      build: {
        executor: 'nx:run-commands',
        options: { command: `rspack build -c ${config} --mode production` },
        cache: true,
        // The shared Rspack setup shapes every remote's bundle, so a change to it rebuilds them all.
        inputs: ['production', '^production', '{workspaceRoot}/tools/rspack/**/*', '{workspaceRoot}/package-lock.json'],
        outputs: [`{workspaceRoot}/${options.outputPath}`],
      },
      serve: {
        executor: 'nx:run-commands',
        continuous: true,
        // The same dev server as the shell's (tools/rspack/serve.mjs), on the remote's own port, with
        // the API proxied to the gateway as the shell does.
        options: { command: `node tools/rspack/serve.mjs --config ${config} --port ${devPort} --proxy /graphql=http://localhost:4200` },
      },
      // \`npm run dev\` runs every project's dev target: the shell's and each remote's dev server.
      dev: {
        executor: 'nx:run-commands',
        continuous: true,
        options: { command: `nx run ${options.name}:serve` },
      },
      lint: {},
      typecheck: {},
      test: {},
    },
  };
}
