import { useI18n } from '@egov/i18n';
import { Alert, Button, Skeleton } from '@egov/ui';
import { statisticsMessages } from '../messages';

/** What a page shows while its figures load. */
export function Loading() {
  const { t } = useI18n(statisticsMessages);
  return (
    <div role="status" aria-live="polite">
      <p>{t('loading')}</p>
      <Skeleton lines={4} />
    </div>
  );
}

/** What a page shows when its figures could not be loaded, with a way to try again. */
export function LoadError({ onRetry, message }: { onRetry?: () => void; message?: string }) {
  const { t } = useI18n(statisticsMessages);
  return (
    <Alert variant="error" title={t('loadError')} labels={{ error: t('alertError') }}>
      {message && <p>{message}</p>}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
