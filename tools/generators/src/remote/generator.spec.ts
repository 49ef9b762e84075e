import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Tree } from '@nx/devkit';
import { addProjectConfiguration, readJson, readProjectConfiguration, writeJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { remotesManifestSchema } from '@egov/remote-manifest';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { quote } from './files';
import remoteGenerator from './generator';
import { REMOTES_MANIFEST_PATH } from './manifest';
import { OPERATIONS_REGISTRY_PATH } from './operations';
import { GATEWAY_PATH_SEGMENTS, normalizeRemoteOptions, remoteIdOf } from './options';

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../../..');

/** A tree shaped like this workspace: the shell's manifest with one remote, and the browser-test project. */
function portalTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  addProjectConfiguration(tree, 'shell', { root: 'apps/shell', projectType: 'application', targets: {} });
  writeJson(tree, REMOTES_MANIFEST_PATH, {
    remotes: [{ id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/news', nav: { vi: 'Tin tức', en: 'News' }, order: 10 }],
  });
  addProjectConfiguration(tree, 'portal-e2e', {
    root: 'apps/portal-e2e',
    projectType: 'application',
    implicitDependencies: ['gateway'],
    targets: { browser: { dependsOn: [{ projects: ['gateway'], target: 'build' }] }, test: { dependsOn: ['browser'] } },
  });
  // The client documents' registry and path aliases, as this workspace has them.
  tree.write(OPERATIONS_REGISTRY_PATH, readFileSync(resolve(WORKSPACE_ROOT, OPERATIONS_REGISTRY_PATH), 'utf8'));
  writeJson(tree, 'tsconfig.base.json', { compilerOptions: { paths: { '@egov/client-operations/news': ['./libs/platform/client-operations/src/news/index.ts'] } } });
  return tree;
}

const statistics = { name: 'statistics', labelVi: 'Số liệu thống kê', labelEn: 'Statistics' };

describe('nx g @egov/tools:remote', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = portalTree();
  });

  it('creates the remote project with the tags the import rules read and its targets', async () => {
    await remoteGenerator(tree, statistics);
    const project = readProjectConfiguration(tree, 'statistics');
    expect(project.root).toBe('apps/statistics');
    expect(project.tags).toEqual(['type:feature', 'scope:statistics', 'runtime:browser']);
    expect(Object.keys(project.targets ?? {}).sort()).toEqual(['build', 'dev', 'lint', 'serve', 'test', 'typecheck']);
    expect(project.targets?.['build']).toMatchObject({
      options: { command: 'rspack build -c apps/statistics/rspack.config.mjs --mode production' },
      cache: true,
      outputs: ['{workspaceRoot}/dist/apps/statistics'],
    });
    expect(project.targets?.['serve']).toMatchObject({
      continuous: true,
      options: { command: 'node tools/rspack/serve.mjs --config apps/statistics/rspack.config.mjs --port 4203 --proxy /graphql=http://localhost:4200' },
    });
  });

  it('writes the files of a remote, with an Rspack config that only calls the shared remoteConfig', async () => {
    await remoteGenerator(tree, statistics);
    const files = ['rspack.config.mjs', 'tsconfig.json', 'vitest.config.mts', 'src/index.html', 'src/main.ts', 'src/bootstrap.tsx', 'src/remote.tsx', 'src/app.tsx', 'src/messages.ts', 'src/pages/home-page.tsx', 'src/remote.spec.tsx', 'src/remote.server.spec.tsx'];
    for (const file of files) expect(tree.exists(`apps/statistics/${file}`), file).toBe(true);

    expect(tree.read('apps/statistics/rspack.config.mjs', 'utf8')).toBe(
        "import { remoteConfig } from '../../tools/rspack/remote-config.mjs';\n\n" +
        "export default remoteConfig({ name: 'statistics', projectRoot: import.meta.dirname, outputPath: `${import.meta.dirname}/../../dist/apps/statistics` });\n",
    );
    // The async boundary and nothing else, or shared modules are imported before they are settled.
    expect(tree.read('apps/statistics/src/main.ts', 'utf8')).toMatch(/^(\/\/.*\n)*void import\('\.\/bootstrap'\);\n$/);
    expect(readJson(tree, 'apps/statistics/tsconfig.json').compilerOptions).toEqual({ lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx' });
  });

  it('declares the contract with the id, route base and labels, and translates the first page', async () => {
    await remoteGenerator(tree, statistics);
    const remote = tree.read('apps/statistics/src/remote.tsx', 'utf8');
    expect(remote).toContain("import { defineRemote } from '@egov/federation';");
    expect(remote).toContain("id: 'statistics',");
    expect(remote).toContain("routeBase: '/statistics',");
    expect(remote).toContain('Component: StatisticsApp,');
    const messages = tree.read('apps/statistics/src/messages.ts', 'utf8');
    expect(messages).toContain("title: 'Số liệu thống kê',");
    expect(messages).toContain("title: 'Statistics',");
    const page = tree.read('apps/statistics/src/pages/home-page.tsx', 'utf8');
    expect(page).toContain("import { Alert } from '@egov/ui';");
    expect(page).toContain('useI18n(statisticsMessages)');
    expect(page).toContain("import { STATISTICS_UNITS_QUERY } from '@egov/client-operations/statistics';");
    expect(page).toContain('useQuery(STATISTICS_UNITS_QUERY)');
    const bootstrap = tree.read('apps/statistics/src/bootstrap.tsx', 'utf8');
    expect(bootstrap).toContain("import { runStandalone } from '@egov/federation/standalone';");
    expect(bootstrap).toContain('runStandalone(remote);');
    expect(tree.read('apps/statistics/src/app.tsx', 'utf8')).toContain('<RouterProvider router={router}>');
    expect(tree.read('apps/statistics/src/remote.spec.tsx', 'utf8')).toMatch(/^\/\/ @vitest-environment jsdom\n/);
  });

  it('writes its documents in the client-operations library, with a path alias and a place in the registry the gateway validates', async () => {
    await remoteGenerator(tree, { name: 'open-data', routeBase: '/du-lieu', labelVi: 'Dữ liệu mở', labelEn: 'Open data' });
    const operations = tree.read('libs/platform/client-operations/src/open-data/operations.ts', 'utf8') ?? '';
    expect(operations).toContain('query OpenDataUnits {');
    expect(operations).toContain("import type { OpenDataUnitsQuery, OpenDataUnitsQueryVariables } from './operations.generated';");
    expect(operations).toContain('export const OPEN_DATA_UNITS_QUERY: TypedDocumentNode<OpenDataUnitsQuery, OpenDataUnitsQueryVariables> = gql`');
    expect(tree.read('libs/platform/client-operations/src/open-data/index.ts', 'utf8')).toContain('OpenDataUnits: OPEN_DATA_UNITS_QUERY,');
    expect(readJson(tree, 'tsconfig.base.json').compilerOptions.paths).toMatchObject({
      '@egov/client-operations/news': ['./libs/platform/client-operations/src/news/index.ts'],
      '@egov/client-operations/open-data': ['./libs/platform/client-operations/src/open-data/index.ts'],
    });
    const registry = tree.read(OPERATIONS_REGISTRY_PATH, 'utf8') ?? '';
    expect(registry).toMatch(/^import \{ openDataOperations \} from '\.\/open-data';$/m);
    expect(registry).toMatch(/ {2}\.\.\.inspectionsOperations,\n {2}\.\.\.openDataOperations,\n\};/);
  });

  it('renders the same files for any name: two remotes differ only where their names are', async () => {
    // Labels with what each context escapes: quotes and backslashes in string literals, & < > " in HTML.
    const labels = { routeBase: '/muc', labelVi: `Mục "A" & <B> 'c' \\ d`, labelEn: `It's <x> & "y" \\z` };
    const written = async (name: string) => {
      const each = portalTree();
      await remoteGenerator(each, { name, ...labels });
      return Object.fromEntries(each.listChanges().map((change) => [change.path, change.content?.toString('utf8')]));
    };
    const forms: [string, string][] = [
      ['public-services', 'open-data'],
      ['public_services', 'open_data'],
      ['PUBLIC_SERVICES', 'OPEN_DATA'],
      ['PublicServices', 'OpenData'],
      ['publicServices', 'openData'],
    ];
    const renamed = (text: string) => forms.reduce((result, [from, to]) => result.replaceAll(from, to), text);
    const publicServices = await written('public-services');
    const openData = await written('open-data');
    expect(Object.keys(openData)).toContain('apps/open-data/src/pages/home-page.tsx');
    expect(Object.fromEntries(Object.entries(publicServices).map(([path, content]) => [renamed(path), content === undefined ? content : renamed(content)]))).toEqual(openData);

    // Each label as its context needs it, and never as EJS's HTML escapes would write it in code.
    expect(openData['apps/open-data/src/messages.ts']).toContain(`    title: 'Mục "A" & <B> \\'c\\' \\\\ d',\n`);
    expect(openData['apps/open-data/src/messages.ts']).toContain(`    title: 'It\\'s <x> & "y" \\\\z',\n`);
    expect(openData['apps/open-data/src/index.html']).toContain(`<title>Mục &quot;A&quot; &amp; &lt;B&gt; 'c' \\ d (chạy riêng)</title>`);
    expect(openData['apps/open-data/src/remote.server.spec.tsx']).toContain(`expect(html).toContain('>It\\'s &lt;x&gt; &amp; "y" \\\\z</h1>');`);
    for (const [path, content] of Object.entries(openData)) expect(content ?? '', path).not.toMatch(/&#39;|&#34;/);
  });

  it('keeps its templates where no tool reads them as source: every file in files/ ends in .template', () => {
    const templates = readdirSync(resolve(import.meta.dirname, 'files'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(template.name).toMatch(/\.template$/);
  });

  it('lists the remote in the manifest after the last one, valid by the schema the shell and gateway use', async () => {
    await remoteGenerator(tree, statistics);
    const manifest = remotesManifestSchema.parse(readJson(tree, REMOTES_MANIFEST_PATH));
    expect(manifest.remotes.at(-1)).toEqual({
      id: 'statistics',
      entry: '/remotes/statistics/mf-manifest.json',
      serverEntry: '/remotes/statistics/server/remoteEntry.js',
      routeBase: '/statistics',
      nav: { vi: 'Số liệu thống kê', en: 'Statistics' },
      order: 20,
    });
  });

  it('creates the manifest when the shell has none yet', async () => {
    tree.delete(REMOTES_MANIFEST_PATH);
    await remoteGenerator(tree, statistics);
    expect(readJson(tree, REMOTES_MANIFEST_PATH).remotes).toHaveLength(1);
  });

  it('adds the build of the remote to the browser tests and writes its browser test there', async () => {
    await remoteGenerator(tree, statistics);
    const e2e = readProjectConfiguration(tree, 'portal-e2e');
    expect(e2e.targets?.['browser']?.dependsOn).toEqual([{ projects: ['gateway', 'statistics'], target: 'build' }]);
    expect(e2e.targets?.['test']?.dependsOn).toEqual(['browser']);
    expect(e2e.implicitDependencies).toEqual(['gateway', 'statistics']);
    const spec = tree.read('apps/portal-e2e/src/statistics.spec.ts', 'utf8');
    expect(spec).toContain("import { describeRemoteFirstPage } from './support';");
    expect(spec).toContain("routeBase: '/statistics',");
    expect(spec).toContain("labels: { vi: 'Số liệu thống kê', en: 'Statistics' },");
    expect(spec).toContain("id: 'statistics',");
  });

  it('maps a hyphenated name to an id with underscores, which names the build folder the gateway serves', async () => {
    await remoteGenerator(tree, { name: 'public-services', labelVi: 'Dịch vụ công', labelEn: 'Public services' });
    const project = readProjectConfiguration(tree, 'public-services');
    expect(project.root).toBe('apps/public-services');
    expect(project.targets?.['build']?.outputs).toEqual(['{workspaceRoot}/dist/apps/public_services']);
    expect(tree.read('apps/public-services/src/remote.tsx', 'utf8')).toContain("id: 'public_services',");
    expect(tree.read('apps/public-services/rspack.config.mjs', 'utf8')).toContain("name: 'public_services'");
    expect(readJson(tree, REMOTES_MANIFEST_PATH).remotes.at(-1)).toMatchObject({
      id: 'public_services',
      entry: '/remotes/public_services/mf-manifest.json',
      routeBase: '/public-services',
    });
  });

  it('takes another route base and defaults the labels from the name, warning that Vietnamese is missing', async () => {
    const options = normalizeRemoteOptions({ name: 'open-budget', routeBase: '/ngan-sach' });
    expect(options).toMatchObject({ id: 'open_budget', routeBase: '/ngan-sach', nav: { vi: 'Open budget', en: 'Open budget' }, className: 'OpenBudget' });
    expect(options.warnings.join()).toMatch(/labelVi/);
  });

  it('refuses a project that exists already', async () => {
    addProjectConfiguration(tree, 'statistics', { root: 'libs/statistics', targets: {} });
    await expect(remoteGenerator(tree, statistics)).rejects.toThrow('a project "statistics" exists already');
  });

  it('refuses a folder that exists already', async () => {
    tree.write('apps/statistics/README.md', 'x');
    await expect(remoteGenerator(tree, statistics)).rejects.toThrow('apps/statistics exists already');
  });

  it.each([
    ['Statistics', /name "Statistics"/],
    ['1news', /name "1news"/],
    ['news_', /name "news_"/],
    ['open--data', /name "open--data"/],
    ['', /name ""/],
    ['a'.repeat(41), /1–40 lower-case letters/],
  ])('refuses the bad name %j', async (name, reason) => {
    await expect(remoteGenerator(tree, { name })).rejects.toThrow(reason);
  });

  it('refuses a route base already used, or inside or around one used', async () => {
    for (const routeBase of ['/news', '/news/archive']) {
      await expect(remoteGenerator(tree, { name: 'archive', routeBase })).rejects.toThrow(/overlaps "\/news" of remote "news"/);
    }
    tree = portalTree();
    writeJson(tree, REMOTES_MANIFEST_PATH, {
      remotes: [{ id: 'archive', entry: '/remotes/archive/mf-manifest.json', routeBase: '/news/archive', nav: { vi: 'Lưu trữ', en: 'Archive' }, order: 1 }],
    });
    await expect(remoteGenerator(tree, { name: 'news' })).rejects.toThrow(/"\/news" overlaps "\/news\/archive"/);
  });

  it('refuses an id the manifest already lists under another folder', async () => {
    await expect(remoteGenerator(tree, { name: 'news', routeBase: '/tin-tuc' })).rejects.toThrow('already lists a remote "news"');
  });

  it('refuses a malformed route base, and one the gateway answers itself', async () => {
    await expect(remoteGenerator(tree, { name: 'stats', routeBase: 'stats/' })).rejects.toThrow(/routeBase "stats\/"/);
    await expect(remoteGenerator(tree, { name: 'graphql' })).rejects.toThrow('the gateway answers /graphql itself');
    await expect(remoteGenerator(tree, { name: 'stats', routeBase: '/open-data/x' })).rejects.toThrow('the gateway answers /open-data itself');
  });

  it('writes nothing when it refuses', async () => {
    const before = readJson(tree, REMOTES_MANIFEST_PATH);
    await expect(remoteGenerator(tree, { name: 'news', routeBase: '/tin-tuc' })).rejects.toThrow();
    expect(tree.listChanges().filter((change) => change.path.startsWith('apps/news'))).toEqual([]);
    expect(readJson(tree, REMOTES_MANIFEST_PATH)).toEqual(before);
  });

  it('refuses to add to a manifest that is already invalid, saying what is wrong', async () => {
    writeJson(tree, REMOTES_MANIFEST_PATH, { remotes: [{ id: 'Bad', entry: 'x', routeBase: '/bad', nav: { vi: 'a', en: 'b' }, order: 1 }] });
    await expect(remoteGenerator(tree, statistics)).rejects.toThrow(/is not a valid remotes manifest[\s\S]*remotes\.0\.id/);
  });

  it('gives every accepted name an id the manifest accepts', () => {
    const names = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(names, (name) => {
        const options = normalizeRemoteOptions({ name, routeBase: `/x-${name}`, labelVi: 'Mục', labelEn: 'Section' });
        expect(options.id).toBe(remoteIdOf(name));
        expect(options.id).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
      }),
    );
  });

  it('quotes any label as a string literal that reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(new Function(`return ${quote(text)};`)()).toBe(text);
      }),
    );
  });

  it("keeps its copy of the gateway's own path segments in step with the gateway", () => {
    const gateway = readFileSync(`${WORKSPACE_ROOT}/apps/gateway/src/routes/static-apps.ts`, 'utf8');
    const declared = gateway.match(/GATEWAY_PATH_SEGMENTS: readonly string\[\] = \[([^\]]*)\]/)?.[1];
    expect(declared, 'GATEWAY_PATH_SEGMENTS not found in the gateway').toBeDefined();
    expect([...declared!.matchAll(/'([^']+)'/g)].map((match) => match[1])).toEqual(GATEWAY_PATH_SEGMENTS);
  });
});
