import { useI18n } from '@egov/i18n';

/** A path that is neither home nor a remote's. */
export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
    </>
  );
}
