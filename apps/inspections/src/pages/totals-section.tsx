import type { InspectionReportedObservation, InspectionReportedTotalsInput, InspectionTotalsFields } from '@egov/client-operations/inspections';
import { useI18n } from '@egov/i18n';
import { Alert, DataTable, type DataTableColumn } from '@egov/ui';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { FALSE_INFORMATION_INDICATOR, sourceQuotes, totalsFigures, totalsLines, type TotalsFigure } from '../reported-totals';

interface TotalsSectionProps {
  periodLabel: string;
  periodCode: string;
  totals: InspectionTotalsFields;
  reported: InspectionReportedTotalsInput;
  observations: readonly InspectionReportedObservation[];
}

interface Line {
  key: string;
  label: string;
  reported: string;
  register: string;
  difference: string;
  differs: boolean;
}

/** The reported totals of a period beside the register's, saying where they differ and why. */
export function TotalsSection({ periodLabel, periodCode, totals, reported, observations }: TotalsSectionProps) {
  const { t, format, language } = useI18n(inspectionsMessages);
  const amount = (figure: TotalsFigure, value: number) => (figure === 'finesVnd' ? format.money(value) : format.integer(value));
  const signed = (figure: TotalsFigure, value: number) => (value > 0 ? `+${amount(figure, value)}` : amount(figure, value));

  const lines: Line[] = totalsLines(totals, reported).map((line) => ({
    key: line.figure,
    label: t(`figure_${line.figure}`),
    reported: line.reported === null ? t('notReported') : amount(line.figure, line.reported),
    register: amount(line.figure, line.register),
    difference: line.difference === null ? '—' : line.difference === 0 ? t('agrees') : signed(line.figure, line.difference),
    differs: line.difference !== null && line.difference !== 0,
  }));
  const falseInformation = observations.find((o) => o.period.code === periodCode && o.indicator.code === FALSE_INFORMATION_INDICATOR);
  if (falseInformation) {
    lines.push({
      key: 'falseInformation',
      label: t('figure_falseInformation'),
      reported: format.integer(falseInformation.value),
      register: t('notInRegister'),
      difference: '—',
      differs: false,
    });
  }

  const differences = lines.filter((line) => line.differs).length;
  const hasReport = Object.keys(reported).length > 0;
  const fullReport = totalsFigures.every((figure) => figure in reported);
  const quotes = sourceQuotes(observations, periodCode);

  const columns: DataTableColumn<Line>[] = [
    { key: 'figure', header: t('totalsFigureHeader'), cell: (line) => line.label, rowHeader: true },
    { key: 'reported', header: t('totalsReportedHeader'), cell: (line) => <span className={styles.money}>{line.reported}</span>, numeric: true },
    { key: 'register', header: t('totalsRegisterHeader'), cell: (line) => <span className={styles.money}>{line.register}</span>, numeric: true },
    {
      key: 'difference',
      header: t('totalsDifferenceHeader'),
      cell: (line) => <span className={line.differs ? `${styles.money} ${styles.differs}` : styles.money}>{line.difference}</span>,
      numeric: true,
    },
  ];

  return (
    <section className={styles.section} aria-labelledby="tt-totals-heading" data-testid="inspection-totals">
      <h2 id="tt-totals-heading">{t('totalsTitle', { period: periodLabel })}</h2>
      {fullReport && (
        <p className={styles.lead}>
          {t('totalsReportedSummary', {
            inspections: format.integer(reported.inspections ?? 0),
            inspectedSubjects: format.integer(reported.inspectedSubjects ?? 0),
            checks: format.integer(reported.checks ?? 0),
            checkedSubjects: format.integer(reported.checkedSubjects ?? 0),
            decisions: format.integer(reported.decisions ?? 0),
            fines: format.money(reported.finesVnd ?? 0),
          })}
          {falseInformation && <> {t('totalsFalseInformation', { count: format.integer(falseInformation.value) })}</>}
        </p>
      )}
      {!hasReport ? (
        <Alert variant="info">{t('totalsNoReport')}</Alert>
      ) : differences > 0 ? (
        <Alert variant="warning" title={t('totalsDifferTitle')}>
          <p>{t('totalsDifferBody', { count: format.integer(differences) })}</p>
        </Alert>
      ) : (
        <Alert variant="success" title={t('totalsAgreeTitle')}>
          <p>{t('totalsAgreeBody')}</p>
        </Alert>
      )}
      <DataTable caption={t('totalsCaption', { period: periodLabel })} columns={columns} rows={lines} rowKey={(line) => line.key} locale={language} />
      <p className={styles.muted}>
        {t('figure_finesVnd')} ({t('totalsRegisterHeader').toLowerCase()}): {totals.finesInWords}
      </p>
      <p className={styles.muted}>{t('totalsCounting')}</p>
      {quotes.length > 0 && (
        <>
          <h3>{t('sourceTitle')}</h3>
          <p className={styles.muted}>{t('sourceIntro')}</p>
          <ul className={styles.plainList}>
            {quotes.map((quote) => (
              <li key={quote.quote}>
                <blockquote className={styles.quote} lang="vi">
                  “{quote.quote}”
                </blockquote>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
