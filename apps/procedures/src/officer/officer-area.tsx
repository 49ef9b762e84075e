import type { Route } from '../routes';
import { DossierPage } from './dossier-page';
import { DossiersPage } from './dossiers-page';
import { LicencesAdminPage } from './licences-admin-page';

/** The licensing officers' pages: a chunk of their own, loaded only when an officer opens one. */
export default function OfficerArea({ route }: { route: Route }) {
  if (route.kind === 'officer-dossier') return <DossierPage code={route.code} />;
  if (route.kind === 'officer-licences') return <LicencesAdminPage />;
  return <DossiersPage />;
}
