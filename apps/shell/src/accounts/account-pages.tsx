import { hasRole, useSignedInUser, type PortalEventBus, type PortalSession } from '@egov/federation';
import { useI18n } from '@egov/i18n';
import { Alert, Progress } from '@egov/ui';
import { useState } from 'react';
import { accountMessages } from './account-messages';
import { OwnAccountPage, PasswordChangedNotice } from './own-account-page';
import { PasswordResetPage } from './password-reset-page';
import { StaffAccountsPage } from './staff-accounts-page';

/** Which account page the shell shows. */
export type AccountPage = 'own-account' | 'staff-accounts' | 'password-reset';

/**
 * The account pages: one chunk, loaded only when one of them is opened, so a citizen's visit does
 * not download them. The gateway checks the role again on every call.
 */
export default function AccountPages({ page, session, events }: { page: AccountPage; session: PortalSession; events: PortalEventBus }) {
  const { t } = useI18n(accountMessages);
  const user = useSignedInUser(events);
  const [passwordChanged, setPasswordChanged] = useState(false);
  if (page === 'password-reset') return <PasswordResetPage />;
  if (page === 'own-account' && passwordChanged) return <PasswordChangedNotice />;
  if (user === undefined) return <Progress label={t('loading')} />;
  if (page === 'own-account') return user ? <OwnAccountPage session={session} onPasswordChanged={() => setPasswordChanged(true)} /> : <Alert variant="info">{t('signInFirst')}</Alert>;
  if (!user) return <Alert variant="info">{t('signInFirst')}</Alert>;
  return hasRole(user, 'admin') ? <StaffAccountsPage /> : <Alert variant="warning">{t('adminsOnly')}</Alert>;
}
