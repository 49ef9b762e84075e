import './global.css';
import { createPortalClient } from '@egov/client';
import { createPortalEventBus } from '@egov/federation';
import { browserLanguageStorage, resolveLanguage, withLanguage } from '@egov/i18n';
import { createRoot } from 'react-dom/client';
import { ShellApp } from './app/shell-app';
import { createApiStatusTracker } from './platform/api-status';
import { createShellRemoteLoader } from './remotes/remote-runtime';
import { createHistoryRouter } from '@egov/routing';

const storage = browserLanguageStorage();
const router = createHistoryRouter();
// The language is always written in the address (`?lang=vi` too), so a copied link opens as it was seen.
const language = resolveLanguage({ url: window.location.href, stored: storage.read() });
router.navigate(withLanguage(router.location().href, language), { replace: true });

const apiStatus = createApiStatusTracker();
const client = createPortalClient({ fetch: apiStatus.fetch });
const events = createPortalEventBus();
events.emit('language.changed', { language });

const container = document.getElementById('root');
if (!container) throw new Error('The shell needs <div id="root"> in index.html');
createRoot(container).render(
  <ShellApp
    router={router}
    loader={createShellRemoteLoader()}
    client={client}
    events={events}
    apiStatus={apiStatus}
    storage={storage}
    fetchManifest={(url, init) => fetch(url, init)}
  />,
);
