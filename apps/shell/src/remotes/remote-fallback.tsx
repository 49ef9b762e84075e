import { useI18n } from '@egov/i18n';
import { Alert, Button } from '@egov/ui';
import { useAlertLabels } from '../platform/alert-labels';

/** Why a remote's area shows no remote. */
export type RemoteProblem = 'unavailable' | 'timed-out' | 'refused' | 'crashed';

/** Props of {@link RemoteFallback}. */
export interface RemoteFallbackProps {
  /** The section's name in the active language (its nav label). */
  section: string;
  problem: RemoteProblem;
  /** Loads the remote again; left out when a retry cannot help (a remote refused by the contract). */
  onRetry?: () => void;
}

/**
 * What the reader sees in a remote's area when the remote is down, slow, throwing or refused:
 * what failed, that the rest of the portal works, and a retry button.
 */
export function RemoteFallback({ section, problem, onRetry }: RemoteFallbackProps) {
  const { t } = useI18n();
  const labels = useAlertLabels();
  const title = problem === 'timed-out' ? t('remoteTimedOut', { section }) : t('remoteFailed', { section });
  return (
    <div data-remote-fallback="">
      <Alert variant="error" title={title} labels={labels}>
        <p>{t('remoteFailedHint')}</p>
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </Alert>
    </div>
  );
}
