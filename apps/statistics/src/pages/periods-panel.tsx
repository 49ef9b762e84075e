import { useMutation } from '@apollo/client/react';
import {
  REPORTING_PERIOD_OPEN_MUTATION,
  REPORTING_PERIOD_PUBLISH_MUTATION,
  type EditorPeriodFields,
  type UserErrorFields,
} from '@egov/client-operations/statistics';
import { useI18n } from '@egov/i18n';
import { Alert, Button, DataTable, FormField, Select, TextInput, useFormErrors } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../components/statistics.module.css';
import { periodCodeOf, periodParts, type PeriodFormProblem, type PeriodPart } from '../view/period-form';
import { editorMessages } from './editor-messages';

interface PeriodsPanelProps {
  /** Every period the statistician sees, earliest first (the editor's query). */
  periods: readonly EditorPeriodFields[];
  /** Reads the periods again after one was opened or published. */
  onChanged: () => Promise<unknown>;
  /** A period was opened: the form moves to it, ready for its figures. */
  onOpened: (code: string) => void;
}

const partMessage = {
  YEAR: 'partYear',
  H1: 'partH1',
  H2: 'partH2',
  Q1: 'partQ1',
  Q2: 'partQ2',
  Q3: 'partQ3',
  Q4: 'partQ4',
} as const satisfies Record<PeriodPart, string>;

const YEAR_ID = 'period-year';

/**
 * The statistician's reporting periods: which are published (the public sees those, and the
 * latest of them is what the public pages show), publishing one, and opening a new one.
 */
export function PeriodsPanel({ periods, onChanged, onOpened }: PeriodsPanelProps) {
  const { t, language, format } = useI18n(editorMessages);
  const [year, setYear] = useState(() => String(new Date().getFullYear()));
  const [part, setPart] = useState<PeriodPart>('H1');
  // The open form's one problem, the year's, shows beside it only: the page's summary is the figure form's.
  const openErrors = useFormErrors((problem: { fieldId: string; key: PeriodFormProblem }) => t(problem.key), t('errorSummary'));
  const [outcome, setOutcome] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);
  const [open, openState] = useMutation(REPORTING_PERIOD_OPEN_MUTATION);
  const [publish, publishState] = useMutation(REPORTING_PERIOD_PUBLISH_MUTATION);
  const [publishing, setPublishing] = useState<string | null>(null);

  const labelOf = (period: { labelVi: string; labelEn: string }) => (language === 'vi' ? period.labelVi : period.labelEn);
  const chosen = periodCodeOf(year, part);

  function refusal(error: UserErrorFields | undefined): string {
    if (error?.code === 'FORBIDDEN') return t('periodForbidden');
    if (error?.code === 'DUPLICATE') return t('periodAlreadyOpen');
    if (error?.code === 'INVALID_TRANSITION') return t('periodAlreadyPublished');
    return t('serverRefused', { message: error?.message ?? '' });
  }

  async function submitOpen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    if ('problem' in chosen) return openErrors.report([{ fieldId: YEAR_ID, key: chosen.problem }]);
    openErrors.report([]);
    try {
      const result = await open({ variables: { input: { code: chosen.code } } });
      const payload = result.data?.reportingPeriodOpen;
      if (!payload) throw new Error('no payload');
      if (!payload.reportingPeriod) {
        setOutcome({ variant: 'error', text: refusal(payload.userErrors[0]) });
        return;
      }
      setOutcome({ variant: 'success', text: t('periodOpened', { period: labelOf(payload.reportingPeriod) }) });
      await onChanged();
      onOpened(payload.reportingPeriod.code);
    } catch {
      setOutcome({ variant: 'error', text: t('periodFailed') });
    }
  }

  async function publishPeriod(period: EditorPeriodFields) {
    setOutcome(null);
    setPublishing(period.code);
    try {
      const result = await publish({ variables: { input: { code: period.code } } });
      const payload = result.data?.reportingPeriodPublish;
      if (!payload) throw new Error('no payload');
      if (!payload.reportingPeriod) setOutcome({ variant: 'error', text: refusal(payload.userErrors[0]) });
      else {
        setOutcome({ variant: 'success', text: t('periodPublished', { period: labelOf(payload.reportingPeriod) }) });
        await onChanged();
      }
    } catch {
      setOutcome({ variant: 'error', text: t('periodFailed') });
    } finally {
      setPublishing(null);
    }
  }

  return (
    <section className={styles.chartBlock} aria-labelledby="statistics-periods">
      <h2 id="statistics-periods">{t('periodsTitle')}</h2>
      <p>{t('periodsIntro')}</p>
      {outcome && <Alert variant={outcome.variant} title={outcome.text} labels={{ success: t('success'), error: t('errorLabel') }} />}
      <DataTable
        caption={t('periodsCaption')}
        rows={[...periods].reverse()}
        rowKey={(period) => period.code}
        emptyText={t('periodsEmpty')}
        locale={language}
        columns={[
          { key: 'period', header: t('colPeriod'), rowHeader: true, cell: (period) => labelOf(period) },
          { key: 'code', header: t('colCode'), cell: (period) => period.code },
          {
            key: 'state',
            header: t('colState'),
            cell: (period) => (period.published && period.publishedAt ? t('publishedOn', { when: format.dateTime(period.publishedAt) }) : t('notPublished')),
          },
          {
            key: 'publish',
            header: t('colPublish'),
            cell: (period) =>
              period.published ? (
                t('none')
              ) : (
                <Button
                  variant="secondary"
                  aria-label={t('publishNamed', { period: labelOf(period) })}
                  loading={publishState.loading && publishing === period.code}
                  loadingText={t('publishing')}
                  onClick={() => void publishPeriod(period)}
                >
                  {t('publish')}
                </Button>
              ),
          },
        ]}
      />
      <form onSubmit={(event) => void submitOpen(event)} noValidate aria-labelledby="statistics-open-period">
        <h3 id="statistics-open-period">{t('openTitle')}</h3>
        <FormField id={YEAR_ID} label={t('year')} hint={t('yearHint')} error={openErrors.errorOf(YEAR_ID)}>
          {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={year} onChange={(event) => setYear(event.target.value)} />}
        </FormField>
        <FormField id="period-part" label={t('periodPart')}>
          {(control) => (
            <Select {...control} value={part} onChange={(event) => setPart((periodParts.find((each) => each === event.target.value) ?? 'H1') as PeriodPart)}>
              {periodParts.map((each) => (
                <option key={each} value={each}>
                  {t(partMessage[each])}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {'code' in chosen && <p className={styles.muted}>{t('openCode', { code: chosen.code })}</p>}
        <Button type="submit" loading={openState.loading} loadingText={t('opening')}>
          {t('openPeriod')}
        </Button>
      </form>
    </section>
  );
}
