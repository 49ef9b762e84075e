import { hasRole, sessionMessages, useSignedInUser, type PortalEventBus, type PortalSession } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import { useLocation } from '@egov/routing';
import { shellMessages } from '../platform/shell-messages';
import { OWN_ACCOUNT_PATH, SIGN_IN_PATH, signInHref, STAFF_ACCOUNTS_PATH } from '../routing/routes';
import * as styles from './shell.module.css';

/**
 * The header's staff corner: "Đăng nhập" for a citizen (back to this page after), the name and
 * "Đăng xuất" for a signed-in officer. Nothing until the gateway has said who is there.
 */
export function SessionControls({ session, events }: { session: PortalSession; events: PortalEventBus }) {
  const { t, language } = useI18n(sessionMessages);
  const location = useLocation();
  const links = useI18n(shellMessages).t;
  const user = useSignedInUser(events);
  if (user === undefined) return null;
  if (!user) {
    if (location.pathname === SIGN_IN_PATH) return null;
    return (
      <a className={styles.sessionLink} href={withLanguage(signInHref(location.pathname + location.search), language)}>
        {t('signIn')}
      </a>
    );
  }
  return (
    <div className={styles.session}>
      <span>{t('signedInAs', { name: user.displayName })}</span>
      <a className={styles.sessionLink} href={withLanguage(OWN_ACCOUNT_PATH, language)}>
        {links('myAccount')}
      </a>
      {hasRole(user, 'admin') && (
        <a className={styles.sessionLink} href={withLanguage(STAFF_ACCOUNTS_PATH, language)}>
          {links('staffAccounts')}
        </a>
      )}
      <button type="button" className={styles.languageButton} onClick={() => void session.signOut()}>
        {t('signOut')}
      </button>
    </div>
  );
}
