import { useI18n, withLanguage } from '@egov/i18n';
import { Alert, Button, Progress } from '@egov/ui';
import { proceduresMessages } from '../messages';

/** The texts of the public pages, the language, the formatters, and a link maker that keeps `?lang=`. */
export function useProceduresI18n() {
  const i18n = useI18n(proceduresMessages);
  const href = (path: string) => withLanguage(path, i18n.language);
  return { ...i18n, href };
}

/** The labels @egov/ui's alerts read before their message, in the page's language. */
export function useAlertLabels() {
  const { t } = useI18n(proceduresMessages);
  return { info: t('alertInfo'), success: t('alertSuccess'), warning: t('alertWarning'), error: t('alertError') };
}

export function Loading() {
  const { t } = useI18n(proceduresMessages);
  return <Progress label={t('loading')} />;
}

/** A request that failed: what happened, and a way to try again. */
export function LoadFailed({ onRetry }: { onRetry?: () => void }) {
  const { t } = useI18n(proceduresMessages);
  const labels = useAlertLabels();
  return (
    <Alert variant="error" labels={labels}>
      <p>{t('loadFailed')}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
