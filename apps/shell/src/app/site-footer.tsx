import { useI18n } from '@egov/i18n';
import { BackToTop, Link } from '@egov/ui';
import { footerLinks } from '../platform/footer-links';
import { shellMessages } from '../platform/shell-messages';
import * as styles from './shell.module.css';

/** Props of {@link SiteFooter}. */
export interface SiteFooterProps {
  /** The year of the copyright line (the current one by default). */
  year?: number;
}

/** The footer: the source portal's links, the copyright and the back-to-top control. */
export function SiteFooter({ year = new Date().getFullYear() }: SiteFooterProps) {
  const { t } = useI18n();
  const shell = useI18n(shellMessages);
  return (
    <div className={styles.footerGrid}>
      <section aria-labelledby="footer-links-heading">
        <h2 id="footer-links-heading" className={styles.footerHeading}>
          {t('footerLinks')}
        </h2>
        <ul className={styles.footerList}>
          {footerLinks.map((link) => (
            <li key={link.key}>
              <Link href={link.href} newTabText={shell.t('opensNewTab')}>
                {t(link.key)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <p className={styles.copyright}>{t('footerCopyright', { year: String(year) })}</p>
      <p>
        <BackToTop>{t('backToTop')}</BackToTop>
      </p>
    </div>
  );
}
