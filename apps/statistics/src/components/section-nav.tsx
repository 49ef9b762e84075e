import { withLanguage, useI18n } from '@egov/i18n';
import { statisticsMessages } from '../messages';
import { hrefOf, type StatisticsPage } from '../routes';
import * as styles from './statistics.module.css';

/** The remote's own pages, the current one marked; the statistician's form only for those who may use it. */
export function SectionNav({ current, period, canEdit }: { current: StatisticsPage; period: string | null; canEdit: boolean }) {
  const { t, language } = useI18n(statisticsMessages);
  const query = { ky: period };
  const items: Array<[Exclude<StatisticsPage, 'not-found'>, string, Record<string, string | null>]> = [
    ['dashboard', t('navDashboard'), query],
    ['charts', t('navCharts'), query],
    ['districts', t('navDistricts'), query],
    ['awards', t('navAwards'), {}],
  ];
  if (canEdit) items.push(['editor', t('navEditor'), query]);
  return (
    <nav aria-label={t('sectionNav')} className={styles.nav}>
      <ul className={styles.navList}>
        {items.map(([page, label, itemQuery]) => (
          <li key={page}>
            <a href={withLanguage(hrefOf(page, itemQuery), language)} aria-current={page === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
