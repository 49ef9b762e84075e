import type { RemoteOptions } from './options';
import { operationsImportPath, unitsQueryConstant, unitsQueryName } from './operations';

/** A file the generator writes: its path from the workspace root and its text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** A single-quoted JavaScript string literal of any text (labels may hold quotes and backslashes). */
export function quote(text: string): string {
  // JSON escapes backslashes and control characters; then only the quote marks differ.
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Every remote builds with the same shared helper (eslint.config.mjs lets bundler configs import it).
const rspackConfig = (o: RemoteOptions) => `import { remoteConfig } from '../../tools/rspack/remote-config.mjs';

export default remoteConfig({ name: ${quote(o.id)}, projectRoot: import.meta.dirname, outputPath: \`\${import.meta.dirname}/../../${o.outputPath}\` });
`;

const tsconfig = () => `${JSON.stringify(
  {
    extends: '../../tsconfig.base.json',
    compilerOptions: { lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx' },
    include: ['src/**/*.ts', 'src/**/*.tsx', 'vitest.config.mts'],
  },
  null,
  2,
)}\n`;

const vitestConfig = (o: RemoteOptions) => `import { remoteTestConfig } from '../../vitest.shared.mts';

// Its specs, and its *.server.spec.tsx as the server build resolves modules.
export default remoteTestConfig(${quote(o.name)});
`;

const indexHtml = (o: RemoteOptions) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(o.nav.vi)} (chạy riêng)</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const main = () => `// The async boundary: Module Federation settles the shared modules (one React for the whole page)
// before any of them is imported, so nothing but this dynamic import belongs here.
void import('./bootstrap');
`;

const messages = (o: RemoteOptions) => `import { defineMessages } from '@egov/i18n';

/**
 * Every text of the ${o.nav.en} remote, in Vietnamese (the default) and English. \`title\` is also
 * the remote's navigation label (src/remote.tsx), so the menu and the heading always agree.
 */
export const ${o.propertyName}Messages = defineMessages({
  vi: {
    title: ${quote(o.nav.vi)},
    intro: ${quote(`Trang đầu của mục ${o.nav.vi}.`)},
    unitsTitle: 'Các đơn vị của Sở',
    unitsCount: '{count} đơn vị',
    unitsLoading: 'Đang tải danh sách đơn vị…',
    unitsFailed: 'Chưa tải được danh sách đơn vị. Vui lòng thử lại sau.',
    alertError: 'Lỗi',
  },
  en: {
    title: ${quote(o.nav.en)},
    intro: ${quote(`The first page of the ${o.nav.en} section.`)},
    unitsTitle: "The department's units",
    unitsCount: '{count} units',
    unitsLoading: 'Loading the units…',
    unitsFailed: 'The units could not be loaded. Please try again later.',
    alertError: 'Error',
  },
});
`;

const homePage = (o: RemoteOptions) => `import { useQuery } from '@apollo/client/react';
import { ${unitsQueryConstant(o)} } from '${operationsImportPath(o)}';
import { useI18n } from '@egov/i18n';
import { Alert } from '@egov/ui';
import { ${o.propertyName}Messages } from '../messages';

/**
 * The remote's first page, at its route base. It is content only: the shell (or, run alone, the
 * bootstrap) gives the page frame and its \`main\` landmark. Its data comes from the gateway with a
 * typed document (libs/platform/client-operations/src/${o.name}); rendered on the server, the page
 * arrives with the list in it, and the browser asks nothing more.
 */
export function ${o.className}HomePage() {
  const { t, language } = useI18n(${o.propertyName}Messages);
  const { data, error } = useQuery(${unitsQueryConstant(o)});
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="${o.name}-units">
        <h2 id="${o.name}-units">{t('unitsTitle')}</h2>
        {error ? (
          <Alert variant="error" labels={{ error: t('alertError') }}>
            <p>{t('unitsFailed')}</p>
          </Alert>
        ) : !data ? (
          <p role="status">{t('unitsLoading')}</p>
        ) : (
          <>
            <p>{t('unitsCount', { count: data.units.totalCount })}</p>
            <ul>
              {data.units.nodes.map((unit) => (
                <li key={unit.id}>{language === 'en' ? unit.nameEn : unit.nameVi}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
`;

const app = (o: RemoteOptions) => `import { PortalClientProvider } from '@egov/client';
import type { RemoteServices } from '@egov/federation';
import { RouterProvider } from '@egov/routing';
import { ${o.className}HomePage } from './pages/home-page';

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function ${o.className}App({ client, router }: RemoteServices) {
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <${o.className}HomePage />
      </PortalClientProvider>
    </RouterProvider>
  );
}
`;

const remote = (o: RemoteOptions) => `import { defineRemote } from '@egov/federation';
import { ${o.className}App } from './app';
import { ${o.propertyName}Messages } from './messages';

/**
 * The module the remote exposes as \`./Remote\`: the shell checks it (contract version, id, route
 * base, labels, a component) against its manifest entry before it mounts it.
 */
export default defineRemote({
  id: ${quote(o.id)},
  routeBase: ${quote(o.routeBase)},
  nav: { vi: ${o.propertyName}Messages.vi.title, en: ${o.propertyName}Messages.en.title },
  Component: ${o.className}App,
});
`;

const bootstrap = () => `import { runStandalone } from '@egov/federation/standalone';
import remote from './remote';

// Run on its own (\`npx nx serve <project>\`), the remote stands in for the shell: its own Apollo
// Client, event bus, router, session, language and page frame. Inside the portal this file never runs.
runStandalone(remote);
`;

/** What the gateway answers the first page's query in the generated tests: two of the first data set's units. */
const unitsAnswer = (o: RemoteOptions) => `// The gateway's answer to ${unitsQueryName(o)}, for every request the page makes.
const gateway: typeof fetch = async () =>
  Response.json({
    data: {
      units: {
        __typename: 'UnitConnection',
        totalCount: 2,
        nodes: [
          { __typename: 'Unit', id: 'VW5pdDpwaG9uZy10dGJjeGI', nameVi: 'Phòng Thông tin - Báo chí - Xuất bản', nameEn: 'Information, Press and Publishing Division' },
          { __typename: 'Unit', id: 'VW5pdDp0aGFuaC10cmEtc28', nameVi: 'Thanh tra Sở', nameEn: 'Department Inspectorate' },
        ],
      },
    },
  });`;

const unitTest = (o: RemoteOptions) => `// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';

afterEach(cleanup);

${unitsAnswer(o)}

// What the shell hands the remote, with a client whose requests the gateway above answers.
const servicesIn = (language: Language, fetch: typeof globalThis.fetch): RemoteServices => ({
  client: createPortalClient({ fetch }),
  events: createPortalEventBus(),
  router: createHistoryRouter(),
  language,
  basePath: remote.routeBase,
});

const renderIn = (language: Language, fetch: typeof globalThis.fetch = gateway) =>
  render(
    <I18nProvider initialLanguage={language}>
      <RemoteView remote={remote} services={servicesIn(language, fetch)} />
    </I18nProvider>,
  );

describe('the ${o.name} remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: ${quote(o.id)}, routeBase: ${quote(o.routeBase)} });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: ${quote(o.nav.vi)}, en: ${quote(o.nav.en)} });
  });

  it('opens on its first page in Vietnamese, listing the units the gateway gives', async () => {
    renderIn('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(${quote(o.nav.vi)});
    const units = await screen.findByRole('list');
    expect(within(units).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Phòng Thông tin - Báo chí - Xuất bản', 'Thanh tra Sở']);
  });

  it('reads in English when the reader chose English', async () => {
    renderIn('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(${quote(o.nav.en)});
    const units = await screen.findByRole('list');
    expect(within(units).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Information, Press and Publishing Division', 'Department Inspectorate']);
  });

  it('says so when the units cannot be loaded', async () => {
    renderIn('vi', () => Promise.reject(new Error('the gateway is down')));
    expect((await screen.findByRole('alert')).textContent).toContain('Chưa tải được danh sách đơn vị');
  });
});
`;

/** A label as React writes it in HTML text. */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const serverTest = (o: RemoteOptions) => `import { renderRemoteOnServer } from '@egov/federation/testing';
import { describe, expect, it } from 'vitest';
import remote from './remote';

// The remote as the gateway renders it (Node, no DOM): the first HTML a reader gets.
${unitsAnswer(o)}

describe('the ${o.name} remote rendered on the server', () => {
  it('renders its first page in Vietnamese, with the units in it', async () => {
    const { html } = await renderRemoteOnServer(remote, { url: ${quote(o.routeBase)}, language: 'vi', fetch: gateway });
    expect(html).toContain(${quote(`>${asHtmlText(o.nav.vi)}</h1>`)});
    expect(html).toContain('<li>Thanh tra Sở</li>');
  });

  it('renders it in English when the reader chose English', async () => {
    const { html } = await renderRemoteOnServer(remote, { url: ${quote(o.routeBase)}, language: 'en', fetch: gateway });
    expect(html).toContain(${quote(`>${asHtmlText(o.nav.en)}</h1>`)});
    expect(html).toContain('<li>Department Inspectorate</li>');
  });
});
`;

const browserTest = (o: RemoteOptions) => `import { describeRemoteFirstPage } from './support';

// Written by \`nx g @egov/tools:remote ${o.name}\`: the ${o.nav.en} remote mounted in the composed portal.
// The first-page checks are shared by every generated remote; add this remote's own below.
await describeRemoteFirstPage({
  name: ${quote(o.name)},
  id: ${quote(o.id)},
  routeBase: ${quote(o.routeBase)},
  labels: { vi: ${quote(o.nav.vi)}, en: ${quote(o.nav.en)} },
});
`;

/** The files of the remote's own folder, `apps/<name>`. */
export function remoteFiles(o: RemoteOptions): GeneratedFile[] {
  const at = (path: string, content: string) => ({ path: `${o.projectRoot}/${path}`, content });
  return [
    at('rspack.config.mjs', rspackConfig(o)),
    at('tsconfig.json', tsconfig()),
    at('vitest.config.mts', vitestConfig(o)),
    at('src/remote.server.spec.tsx', serverTest(o)),
    at('src/index.html', indexHtml(o)),
    at('src/main.ts', main()),
    at('src/bootstrap.tsx', bootstrap()),
    at('src/remote.tsx', remote(o)),
    at('src/app.tsx', app(o)),
    at('src/messages.ts', messages(o)),
    at('src/pages/home-page.tsx', homePage(o)),
    at('src/remote.spec.tsx', unitTest(o)),
  ];
}

/** The remote's browser test, in the portal's browser-test project. */
export function browserTestFile(o: RemoteOptions, e2eRoot: string): GeneratedFile {
  return { path: `${e2eRoot}/src/${o.name}.spec.ts`, content: browserTest(o) };
}
