import { useI18n } from '@egov/i18n';
import type { AlertLabels } from '@egov/ui';
import { shellMessages } from './shell-messages';

/** The spoken prefixes of @egov/ui's alerts ("Lỗi:", "Error:") in the active language. */
export function useAlertLabels(): AlertLabels {
  const { t } = useI18n(shellMessages);
  return { info: t('alertInfo'), success: t('alertSuccess'), warning: t('alertWarning'), error: t('alertError') };
}
