import { getOrCreateClient } from '@egov/client';
import { I18nProvider, browserLanguageStorage, languages, resolveLanguage, useI18n, withLanguage, type Language } from '@egov/i18n';
import { RouterProvider, createHistoryRouter, followInternalLinks, useLocation } from '@egov/routing';
import { Button, PageLayout } from '@egov/ui';
import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import type { RemoteDefinition, RemoteServices } from '../contract/remote-contract';
import { RemoteView } from '../contract/remote-view';
import { createPortalEventBus } from '../events/portal-events';
import { createPortalSession, type PortalSession } from '../session/portal-session';
import { sessionMessages } from '../session/session-messages';
import { SignInForm } from '../session/sign-in-form';
import { useSignedInUser } from '../session/use-signed-in-user';

const SIGN_IN_PATH = '/dang-nhap';

/**
 * Runs a remote on its own (`npx nx serve <project>`), standing in for the shell: its own Apollo
 * Client, event bus, router, session, language and page frame, so a team develops its remote
 * without the portal. Inside the portal the remote's bootstrap never runs.
 */
export function runStandalone(remote: RemoteDefinition, container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'))) {
  const client = getOrCreateClient();
  const events = createPortalEventBus();
  const router = createHistoryRouter();
  const session = createPortalSession(client, events);
  const storage = browserLanguageStorage();
  if (router.location().pathname === '/') router.navigate(`${remote.routeBase}${router.location().search}`, { replace: true });
  session.refresh().catch(() => events.emit('user.signedOut', undefined));

  const announceLanguage = (language: Language) => {
    router.navigate(withLanguage(router.location().href, language), { replace: true });
    events.emit('language.changed', { language });
  };
  const isInternal = (pathname: string) => pathname === SIGN_IN_PATH || pathname === remote.routeBase || pathname.startsWith(`${remote.routeBase}/`);

  function Standalone() {
    const { language, setLanguage, t } = useI18n();
    const location = useLocation();
    const services = useMemo<RemoteServices>(() => ({ client, events, language, router, basePath: remote.routeBase }), [language]);
    const other = languages.find((candidate) => candidate !== language) as Language;
    const otherName = other === 'vi' ? t('languageNameVi') : t('languageNameEn');
    useEffect(() => events.emit('language.changed', { language }), [language]);
    const header = (
      <>
        <p>{remote.nav[language]}</p>
        <SessionControls session={session} />
        <Button variant="secondary" lang={other} onClick={() => setLanguage(other)}>
          {t('switchToLanguage', { language: otherName })}
        </Button>
      </>
    );
    return (
      <div onClick={followInternalLinks(router, isInternal)}>
        <PageLayout header={header} skipLinkText={t('skipToContent')}>
          {location.pathname === SIGN_IN_PATH ? (
            <SignInForm session={session} onSignedIn={() => router.navigate(withLanguage(remote.routeBase, language))} />
          ) : (
            <RemoteView remote={remote} services={services} />
          )}
        </PageLayout>
      </div>
    );
  }

  function SessionControls({ session }: { session: PortalSession }) {
    const { t, language } = useI18n(sessionMessages);
    const user = useSignedInUser(events);
    if (user === undefined) return null;
    if (!user) return <a href={withLanguage(SIGN_IN_PATH, language)}>{t('signIn')}</a>;
    return (
      <p>
        {t('signedInAs', { name: user.displayName })}{' '}
        <Button variant="secondary" onClick={() => void session.signOut()}>
          {t('signOut')}
        </Button>
      </p>
    );
  }

  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router}>
        <I18nProvider
          initialLanguage={resolveLanguage({ url: location.href, stored: storage.read() })}
          storage={storage}
          onLanguageChange={announceLanguage}
        >
          <Standalone />
        </I18nProvider>
      </RouterProvider>
    </StrictMode>,
  );
}
