import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { getOrCreateClient } from '@egov/client';
import { createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, browserLanguageStorage, languages, resolveLanguage, useI18n, withLanguage, type Language } from '@egov/i18n';
import { Button, PageLayout } from '@egov/ui';
import remote from './remote';

// Run on its own (`npx nx serve <project>`), the remote stands in for the shell: its own Apollo
// Client, event bus, language and page frame. Inside the portal this file never runs.
const client = getOrCreateClient();
const events = createPortalEventBus();
const storage = browserLanguageStorage();

function Standalone() {
  const { language, setLanguage, t } = useI18n();
  const services = useMemo<RemoteServices>(() => ({ client, events, language, basePath: remote.routeBase }), [language]);
  const other = languages.find((candidate) => candidate !== language) as Language;
  const otherName = other === 'vi' ? t('languageNameVi') : t('languageNameEn');
  const header = (
    <>
      <p>{remote.nav[language]}</p>
      <Button variant="secondary" lang={other} onClick={() => setLanguage(other)}>
        {t('switchToLanguage', { language: otherName })}
      </Button>
    </>
  );
  return (
    <PageLayout header={header} skipLinkText={t('skipToContent')}>
      <RemoteView remote={remote} services={services} />
    </PageLayout>
  );
}

function announceLanguage(language: Language) {
  history.replaceState(history.state, '', withLanguage(location.href, language));
  events.emit('language.changed', { language });
}

const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(
  <StrictMode>
    <I18nProvider
      initialLanguage={resolveLanguage({ url: location.href, stored: storage.read(), browserLanguages: navigator.languages })}
      storage={storage}
      onLanguageChange={announceLanguage}
    >
      <Standalone />
    </I18nProvider>
  </StrictMode>,
);
