import { useI18n } from '@egov/i18n';
import { Alert } from '@egov/ui';
import { useAlertLabels } from '../platform/alert-labels';
import * as styles from './shell.module.css';

/** Props of {@link StartupNotices}. */
export interface StartupNoticesProps {
  /** `/remotes.json` could not be read or was not valid: the sections may be missing. */
  manifestUnavailable: boolean;
  /** `/graphql` did not answer: figures and news may be missing. */
  apiUnavailable: boolean;
}

/**
 * What the shell says when it started without its manifest or its API: the page still works,
 * the reader is told what may be missing. A status, not an alert: it is news, not an emergency.
 */
export function StartupNotices({ manifestUnavailable, apiUnavailable }: StartupNoticesProps) {
  const { t } = useI18n();
  const labels = useAlertLabels();
  if (!manifestUnavailable && !apiUnavailable) return null;
  return (
    <div className={styles.notices} data-startup-notices="">
      {manifestUnavailable && (
        <Alert variant="warning" labels={labels}>
          <p>{t('manifestUnavailable')}</p>
        </Alert>
      )}
      {apiUnavailable && (
        <Alert variant="warning" labels={labels}>
          <p>{t('apiUnavailable')}</p>
        </Alert>
      )}
    </div>
  );
}
