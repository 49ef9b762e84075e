import { useI18n } from '@egov/i18n';
import { Button, OpenDataLinks, saveFile, ScriptOnly } from '@egov/ui';
import { useId, useState } from 'react';
import { statisticsMessages } from '../messages';
import { toCsv } from '../view/csv';
import { downloadFileName, toJson, type ExportTable } from '../view/export-table';
import * as styles from './statistics.module.css';

/** The gateway's open dataset of every indicator of every period (apps/gateway/src/routes/indicators-dataset.ts). */
export const OPEN_DATA_INDICATORS = '/open-data/indicators';

/**
 * CSV and JSON downloads of exactly the rows on screen, named after the page, its period and
 * filters. The CSV writer (csv-stringify) is loaded on the first click, not with the page.
 */
export function Downloads({ table, nameParts, context }: { table: ExportTable; nameParts: ReadonlyArray<string | null>; context: Readonly<Record<string, string | null>> }) {
  const { t } = useI18n(statisticsMessages);
  const headingId = useId();
  const [busy, setBusy] = useState(false);

  async function downloadCsv() {
    setBusy(true);
    try {
      saveFile(downloadFileName(nameParts, 'csv'), await toCsv(table), 'text/csv;charset=utf-8');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.downloads} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('downloads')}</h2>
      {/* Made in the browser from the rows shown; without the script, the open data below. */}
      <ScriptOnly>
        <Button variant="secondary" onClick={() => void downloadCsv()} loading={busy}>
          {t('downloadCsv')}
        </Button>
        <Button variant="secondary" onClick={() => saveFile(downloadFileName(nameParts, 'json'), toJson(table, context), 'application/json')}>
          {t('downloadJson')}
        </Button>
        <p>{t('downloadHint', { count: table.rows.length })}</p>
      </ScriptOnly>
      <OpenDataLinks label={t('openDataAll')} dataset={OPEN_DATA_INDICATORS} />
    </section>
  );
}
