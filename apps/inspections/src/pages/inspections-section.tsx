import type { RegisterPageInfo, InspectionRowFields } from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { DataTable, Link, type DataTableColumn } from '@egov/ui';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { inspectionsCsv } from '../register-csv';
import { useInspections } from '../remote-context';
import { pageHref } from '../routes';
import { CsvButton } from './csv-button';
import { RegisterPager } from './register-pager';

interface InspectionsSectionProps {
  connection: { totalCount: number; pageInfo: RegisterPageInfo; nodes: InspectionRowFields[] };
  /** Names the CSV file after the period shown. */
  fileSuffix: string;
}

/** The register's inspections and checks, newest first, with a CSV of exactly the rows shown. */
export function InspectionsSection({ connection, fileSuffix }: InspectionsSectionProps) {
  const { t, format, language } = useI18n(inspectionsMessages);
  const { basePath, isInspector } = useInspections();
  const rows = connection.nodes;
  const label = (key: string) => t(key as never);

  const columns: DataTableColumn<InspectionRowFields>[] = [
    { key: 'number', header: t('colDecisionNumber'), cell: (row) => row.decisionNumber, rowHeader: true },
    {
      key: 'kind',
      header: t('colKind'),
      cell: (row) => (
        <>
          {t(`activity_${row.activity}`)}
          <span className={styles.words}>{t(`kind_${row.kind}`)}</span>
        </>
      ),
    },
    { key: 'field', header: t('colField'), cell: (row) => t(`field_${row.field}`) },
    {
      key: 'subjects',
      header: t('colSubjects'),
      cell: (row) => (
        <ul className={`${styles.plainList} ${styles.cellText}`}>
          {row.subjects.map((subject, index) => (
            <li key={index}>{subject.name ?? t('individualHidden')}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'dates',
      header: t('colDates'),
      cell: (row) => (
        <span className={styles.money}>
          {row.endedOn ? t('dateRange', { start: format.date(row.startedOn), end: format.date(row.endedOn) }) : t('dateFrom', { start: format.date(row.startedOn) })}
        </span>
      ),
    },
    { key: 'status', header: t('colStatus'), cell: (row) => t(`status_${row.status}`) },
    {
      key: 'conclusion',
      header: t('colConclusion'),
      cell: (row) =>
        row.conclusionVi ? (
          <div className={styles.cellText}>
            <span lang="vi">{row.conclusionVi}</span>
            {row.concludedOn && <span className={styles.words}>{t('concludedOn', { date: format.date(row.concludedOn) })}</span>}
          </div>
        ) : (
          <span className={styles.muted}>{t('noConclusion')}</span>
        ),
    },
  ];
  if (isInspector) {
    columns.push({
      key: 'actions',
      header: t('colActions'),
      cell: (row) => (
        <ul className={styles.plainList}>
          {row.status !== 'CONCLUDED' && (
            <li>
              <Link href={withLanguage(pageHref(basePath, 'conclude', { cuoc: row.id }), language)}>{t('actionConclude', { number: row.decisionNumber })}</Link>
            </li>
          )}
          {row.status !== 'PLANNED' && (
            <li>
              <Link href={withLanguage(pageHref(basePath, 'record-decision', { cuoc: row.id }), language)}>{t('actionDecide', { number: row.decisionNumber })}</Link>
            </li>
          )}
        </ul>
      ),
    });
  }

  return (
    <section className={styles.section} aria-labelledby="tt-inspections-heading">
      <h2 id="tt-inspections-heading">{t('inspectionsTitle')}</h2>
      {connection.totalCount > rows.length && <p className={styles.muted}>{t('shownOf', { shown: rows.length, total: connection.totalCount })}</p>}
      <DataTable
        caption={t('inspectionsCaption', { count: format.integer(rows.length) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText={t('emptyInspections')}
        locale={language}
      />
      <RegisterPager table="inspections" pageInfo={connection.pageInfo} label={t('pagerInspections')} />
      {rows.length > 0 && (
        <div className={styles.actions}>
          <CsvButton table={() => inspectionsCsv(rows, language, label)} fileName={`thanh-tra-kiem-tra-${fileSuffix}.csv`} />
        </div>
      )}
    </section>
  );
}
