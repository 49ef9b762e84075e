import { useI18n, withLanguage } from '@egov/i18n';
import { Link } from '@egov/ui';
import * as styles from '../inspections.module.css';
import { useInspections } from '../remote-context';
import { pageHref, type StaffPage } from '../routes';
import { ConclusionPage } from './conclusion-page';
import { DecisionFormPage } from './decision-form-page';
import { EnforcementPage } from './enforcement-page';
import { InspectionFormPage } from './inspection-form-page';
import * as formStyles from './staff.module.css';
import { staffMessages } from './staff-messages';

/** The inspector's pages: one chunk, loaded only once an inspector opens one of them. */
export default function StaffArea({ page }: { page: StaffPage }) {
  switch (page) {
    case 'record-inspection':
      return <InspectionFormPage />;
    case 'conclude':
      return <ConclusionPage />;
    case 'record-decision':
      return <DecisionFormPage />;
    case 'enforcement':
      return <EnforcementPage />;
    case 'staff-home':
      return <StaffHome />;
  }
}

function StaffHome() {
  const { t, language } = useI18n(staffMessages);
  const { basePath } = useInspections();
  const href = (page: StaffPage) => withLanguage(pageHref(basePath, page), language);
  return (
    <div className={styles.page}>
      <h1>{t('homeTitle')}</h1>
      <p className={styles.lead}>{t('homeIntro')}</p>
      <ul className={formStyles.links}>
        <li>
          <Link href={href('record-inspection')}>{t('recordInspectionLink')}</Link>
        </li>
        <li>
          <Link href={href('conclude')}>{t('concludeLink')}</Link>
        </li>
        <li>
          <Link href={href('record-decision')}>{t('recordDecisionLink')}</Link>
        </li>
        <li>
          <Link href={href('enforcement')}>{t('enforcementLink')}</Link>
        </li>
      </ul>
      <p>
        <Link href={withLanguage(basePath, language)}>{t('viewRegister')}</Link>
      </p>
    </div>
  );
}
