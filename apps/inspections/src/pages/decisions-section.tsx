import type { RegisterPageInfo, SanctionDecisionRowFields } from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { DataTable, Link, type DataTableColumn } from '@egov/ui';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { decisionsCsv } from '../register-csv';
import { useInspections } from '../remote-context';
import { pageHref } from '../routes';
import { CsvButton } from './csv-button';
import { RegisterPager } from './register-pager';

interface DecisionsSectionProps {
  connection: { totalCount: number; pageInfo: RegisterPageInfo; nodes: SanctionDecisionRowFields[] };
  fileSuffix: string;
}

/** The gateway's open dataset of every sanction decision (it takes no filters). */
export const OPEN_DATA_DECISIONS_CSV = '/open-data/sanction-decisions.csv';

/** The register's sanction decisions, newest first: the fine in figures and in words, each violation with its provision. */
export function DecisionsSection({ connection, fileSuffix }: DecisionsSectionProps) {
  const { t, format, language } = useI18n(inspectionsMessages);
  const { basePath, isInspector } = useInspections();
  const rows = connection.nodes;
  const label = (key: string) => t(key as never);

  const columns: DataTableColumn<SanctionDecisionRowFields>[] = [
    { key: 'number', header: t('colNumber'), cell: (row) => row.number, rowHeader: true },
    { key: 'issuedOn', header: t('colIssuedOn'), cell: (row) => format.date(row.issuedOn) },
    {
      key: 'violator',
      header: t('colViolator'),
      cell: (row) => (
        <>
          {row.violatorName ?? t('individualHidden')}
          <span className={styles.words}>
            {t(`subject_${row.violatorKind}`)}
            {row.field && ` · ${t(`field_${row.field}`)}`}
          </span>
        </>
      ),
    },
    {
      key: 'violations',
      header: t('colViolations'),
      cell: (row) => (
        <ul className={`${styles.plainList} ${styles.cellText}`}>
          {row.violations.map((violation, index) => (
            <li key={index} lang="vi">
              {violation.descriptionVi} <span className={styles.words}>({violation.legalArticle})</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'fine',
      header: t('colFine'),
      numeric: true,
      cell: (row) => (
        <>
          <span className={styles.money}>{format.money(row.fineVnd)}</span>
          <span className={styles.words} lang="vi">
            {t('fineWords', { words: row.fineInWords })}
          </span>
        </>
      ),
    },
    {
      key: 'measures',
      header: t('colExtraMeasures'),
      cell: (row) =>
        row.extraMeasures.length ? (
          <ul className={styles.plainList}>
            {row.extraMeasures.map((measure, index) => (
              <li key={index} lang="vi">
                {measure}
              </li>
            ))}
          </ul>
        ) : (
          t('noExtraMeasures')
        ),
    },
    {
      key: 'basis',
      header: t('colBasis'),
      cell: (row) =>
        row.inspection ? t('followsInspection', { number: row.inspection.decisionNumber }) : t('standalone', { reason: row.standaloneReason ?? '' }),
    },
    { key: 'enforcement', header: t('colEnforcement'), cell: (row) => t(`enforcement_${row.enforcementStatus}`) },
  ];
  if (isInspector) {
    columns.push({
      key: 'actions',
      header: t('colActions'),
      cell: (row) =>
        row.enforcementStatus === 'PENDING' || row.enforcementStatus === 'APPEALED' ? (
          <Link href={withLanguage(pageHref(basePath, 'enforcement', { qd: row.id }), language)}>{t('actionEnforce', { number: row.number })}</Link>
        ) : null,
    });
  }

  return (
    <section className={styles.section} aria-labelledby="tt-decisions-heading">
      <h2 id="tt-decisions-heading">{t('decisionsTitle')}</h2>
      {connection.totalCount > rows.length && <p className={styles.muted}>{t('shownOf', { shown: rows.length, total: connection.totalCount })}</p>}
      <DataTable
        caption={t('decisionsCaption', { count: format.integer(rows.length) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText={t('emptyDecisions')}
        locale={language}
      />
      <RegisterPager table="decisions" pageInfo={connection.pageInfo} label={t('pagerDecisions')} />
      <div className={styles.actions}>
        {rows.length > 0 && <CsvButton table={() => decisionsCsv(rows, language, label)} fileName={`quyet-dinh-xu-phat-${fileSuffix}.csv`} />}
        <Link href={OPEN_DATA_DECISIONS_CSV} download>
          {t('openDataLink')}
        </Link>
      </div>
    </section>
  );
}
