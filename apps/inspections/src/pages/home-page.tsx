import { useI18n } from '@egov/i18n';
import { Alert } from '@egov/ui';
import { inspectionsMessages } from '../messages';

/**
 * The remote's first page, at its route base. It is content only: the shell (or, run alone, the
 * bootstrap) gives the page frame and its `main` landmark.
 */
export function InspectionsHomePage() {
  const { t } = useI18n(inspectionsMessages);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Alert variant="info" title={t('noticeTitle')} labels={{ info: t('alertInfo') }}>
        <p>{t('noticeBody')}</p>
      </Alert>
    </>
  );
}
