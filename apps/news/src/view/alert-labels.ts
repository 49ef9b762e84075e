import { useI18n } from '@egov/i18n';
import type { AlertLabels } from '@egov/ui';
import { newsMessages } from '../messages';

/** The spoken prefixes of alerts, in the reader's language. */
export function useAlertLabels(): AlertLabels {
  const { t } = useI18n(newsMessages);
  return { info: t('alertInfo'), success: t('alertSuccess'), warning: t('alertWarning'), error: t('alertError') };
}
