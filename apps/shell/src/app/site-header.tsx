import { useI18n, withLanguage } from '@egov/i18n';
import type { PortalEventBus, PortalSession } from '@egov/federation';
import { LanguageSwitch } from './language-switch';
import { SessionControls } from './session-controls';
import * as styles from './shell.module.css';

/** The header: the department's name (a link home), the staff sign-in and the language switch. */
export function SiteHeader({ session, events }: { session: PortalSession; events: PortalEventBus }) {
  const { t, language } = useI18n();
  return (
    <div className={styles.brand}>
      <a href={withLanguage('/', language)} className={styles.brandLink}>
        <span className={styles.brandName}>{t('portalTitle')}</span>
        <span className={styles.brandSubtitle}>{t('portalSubtitle')}</span>
      </a>
      <div className={styles.session}>
        <SessionControls session={session} events={events} />
        <LanguageSwitch />
      </div>
    </div>
  );
}
