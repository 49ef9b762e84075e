import { useI18n } from '@egov/i18n';
import { Button, ScriptOnly } from '@egov/ui';
import { useState } from 'react';
import { inspectionsMessages } from '../messages';
import { downloadCsv, type CsvTable } from '../register-csv';

/**
 * Downloads the rows shown as CSV, made in the browser: csv-stringify is loaded on the first
 * click only, so a reader who never downloads never loads it.
 */
export function CsvButton({ table, fileName }: { table: () => CsvTable; fileName: string }) {
  const { t } = useI18n(inspectionsMessages);
  const [busy, setBusy] = useState(false);
  // Made in the browser: without the script there is nothing to click (the open data link stays).
  return (
    <ScriptOnly>
      <Button
        type="button"
        variant="secondary"
        loading={busy}
        loadingText={t('downloadingCsv')}
        onClick={() => {
          setBusy(true);
          void downloadCsv(table(), fileName).finally(() => setBusy(false));
        }}
      >
        {t('downloadCsv')}
      </Button>
    </ScriptOnly>
  );
}
