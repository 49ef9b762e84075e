import { useI18n, withLanguage } from '@egov/i18n';
import { LanguageSwitch } from './language-switch';
import * as styles from './shell.module.css';

/** The header: the department's name (a link home) and the language switch. */
export function SiteHeader() {
  const { t, language } = useI18n();
  return (
    <div className={styles.brand}>
      <a href={withLanguage('/', language)} className={styles.brandLink}>
        <span className={styles.brandName}>{t('portalTitle')}</span>
        <span className={styles.brandSubtitle}>{t('portalSubtitle')}</span>
      </a>
      <LanguageSwitch />
    </div>
  );
}
