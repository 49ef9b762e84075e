import { useMutation, useQuery } from '@apollo/client/react';
import {
  OBSERVATION_EDITOR_QUERY,
  OBSERVATION_HISTORY_QUERY,
  OBSERVATION_UPSERT_MUTATION,
  RECORDED_OBSERVATION_QUERY,
  type EditableObservationFields,
  type IndicatorFields,
  type UserErrorFields,
} from '@egov/client-operations/statistics';
import { useI18n, withLanguage, type Language } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Alert, Button, DataTable, ErrorSummary, FormField, Select, TextArea, TextInput, type FieldError } from '@egov/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { hrefOf, params, periodParam } from '../routes';
import { figureWithUnit, formatFigure, unitAfterFigure } from '../view/figures';
import { checkObservationForm, fieldOfUserError, type FormProblem, type ObservationFormField, type ObservationFormValues } from '../view/observation-form';
import { editorMessages } from './editor-messages';
import { PeriodsPanel } from './periods-panel';

const fieldIds: Readonly<Record<ObservationFormField, string>> = {
  indicatorCode: 'observation-indicator',
  period: 'observation-period',
  areaCode: 'observation-area',
  value: 'observation-value',
  numerator: 'observation-numerator',
  denominator: 'observation-denominator',
  target: 'observation-target',
  status: 'observation-status',
  sourceQuote: 'observation-source',
  noteVi: 'observation-note',
};

/** A number as the form shows it for editing: no grouping, the language's decimal sign (32,4 · 10641). */
function editable(value: number | null, language: Language): string {
  if (value === null) return '';
  return language === 'vi' ? String(value).replace('.', ',') : String(value);
}

function valuesFrom(key: { indicatorCode: string; period: string; areaCode: string }, recorded: EditableObservationFields | null, language: Language): ObservationFormValues {
  return {
    ...key,
    value: editable(recorded?.value ?? null, language),
    numerator: editable(recorded?.numerator ?? null, language),
    denominator: editable(recorded?.denominator ?? null, language),
    target: editable(recorded?.targetValue ?? null, language),
    status: recorded?.status ?? 'PROVISIONAL',
    sourceQuote: recorded?.sourceQuote ?? '',
    noteVi: recorded?.noteVi ?? '',
  };
}

/**
 * The statistician's form (lazy-loaded: a citizen never downloads it): record or correct the
 * figure of an indicator for a period and area (`?chi-tieu=&ky=&dia-ban=`), checked here and
 * again by the server, and the figure's history of changes below.
 */
export default function EditorPage() {
  const { t, language, format } = useI18n(editorMessages);
  const router = useRouter();
  const key = {
    indicatorCode: useSearchParam(params.indicator) ?? '',
    period: periodParam(useSearchParam(params.period)) ?? '',
    areaCode: useSearchParam(params.area) ?? '20',
  };
  const keyText = `${key.indicatorCode}|${key.period}|${key.areaCode}`;
  const options = useQuery(OBSERVATION_EDITOR_QUERY, { fetchPolicy: 'cache-and-network' });
  const ready = Boolean(key.indicatorCode && key.period && key.areaCode);
  const recordedQuery = useQuery(RECORDED_OBSERVATION_QUERY, {
    variables: { code: key.indicatorCode, period: key.period, areaCode: key.areaCode },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const recorded = recordedQuery.data?.indicator?.observation ?? null;
  const history = useQuery(OBSERVATION_HISTORY_QUERY, { variables: { id: recorded?.id ?? '' }, skip: !recorded, fetchPolicy: 'network-only' });
  const [upsert, upsertState] = useMutation(OBSERVATION_UPSERT_MUTATION);

  const [values, setValues] = useState<ObservationFormValues>(() => valuesFrom(key, null, language));
  const [problems, setProblems] = useState<Partial<Record<ObservationFormField, string>>>({});
  const [formProblem, setFormProblem] = useState<{ text: string; conflict: boolean } | null>(null);
  const [submits, setSubmits] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const [historyFailed, setHistoryFailed] = useState(false);

  // The recorded figure (or none) fills the form for each indicator, period and area, and again
  // when its version changes (saved, or reloaded after a conflict); a refusal changes nothing typed.
  const recordedFor = recordedQuery.data && !recordedQuery.loading ? `${keyText}|${recorded?.version ?? 0}` : null;
  useEffect(() => {
    if (!ready) setValues((current) => ({ ...current, ...key }));
    else if (recordedFor) setValues(valuesFrom(key, recorded, language));
  }, [recordedFor, ready, keyText]);

  if (options.error && !options.data) return (<><h1>{t('title')}</h1><LoadError onRetry={() => void options.refetch()} /></>);
  if (!options.data) return (<><h1>{t('title')}</h1><Loading /></>);

  const { reportingPeriods, province, districts, indicators } = options.data;
  const indicator: IndicatorFields | null = indicators.nodes.find((each) => each.code === values.indicatorCode) ?? null;
  const nameOf = (each: { nameVi: string; nameEn: string }) => (language === 'vi' ? each.nameVi : each.nameEn);
  const periodName = (each: { labelVi: string; labelEn: string }) => (language === 'vi' ? each.labelVi : each.labelEn);
  const unit = indicator ? unitAfterFigure(indicator, language) || (indicator.measure === 'PERCENT' ? '%' : language === 'vi' ? indicator.unitVi : indicator.unitEn) : '';

  function select(name: 'indicatorCode' | 'period' | 'areaCode', value: string) {
    const next = { ...key, [name]: value };
    setSaved(null);
    setHistoryFailed(false);
    setProblems({});
    setFormProblem(null);
    router.navigate(withLanguage(hrefOf('editor', { [params.indicator]: next.indicatorCode, [params.period]: next.period, [params.area]: next.areaCode }), language), { replace: true });
  }

  const set = (name: keyof ObservationFormValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  function serverMessage(error: UserErrorFields): string {
    const field = fieldOfUserError(error);
    if (error.code === 'FORBIDDEN') return t('forbidden');
    if (error.code === 'CONFLICT') return t('conflict');
    if (error.code === 'DUPLICATE') return t('duplicate');
    if (error.code === 'UNKNOWN_REFERENCE' && field === 'period') return t('unknownPeriod');
    if (error.code === 'VALIDATION' && field === 'areaCode') return t('areaOutsidePeriod');
    if (error.code === 'VALIDATION' && field === 'value' && indicator?.measure === 'PERCENT') return t('percentRange');
    if (error.code === 'VALIDATION' && field === 'value' && (indicator?.measure === 'COUNT' || indicator?.measure === 'AMOUNT_VND')) return t('wholeNotNegative');
    return t('serverRefused', { message: error.message });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmits((count) => count + 1);
    setSaved(null);
    setHistoryFailed(false);
    setFormProblem(null);
    const checked = checkObservationForm(values, {
      measure: indicator?.measure ?? null,
      periodCodes: reportingPeriods.map((each) => each.code),
      language,
      version: recorded?.version ?? null,
    });
    if (!checked.input) {
      setProblems(Object.fromEntries(Object.entries(checked.problems).map(([field, problem]) => [field, t(problem as FormProblem)])));
      return;
    }
    setProblems({});
    let payload;
    try {
      payload = (await upsert({ variables: { input: checked.input } })).data?.observationUpsert;
      if (!payload) throw new Error('no payload');
    } catch {
      setFormProblem({ text: t('saveFailed'), conflict: false });
      return;
    }
    if (payload.userErrors.length > 0) {
      const byField: Partial<Record<ObservationFormField, string>> = {};
      let general: { text: string; conflict: boolean } | null = null;
      for (const error of payload.userErrors) {
        const field = fieldOfUserError(error);
        if (field) byField[field] = serverMessage(error);
        else general = { text: serverMessage(error), conflict: error.code === 'CONFLICT' || error.code === 'DUPLICATE' };
        if (error.code === 'CONFLICT' || error.code === 'DUPLICATE') general = { text: serverMessage(error), conflict: true };
      }
      setProblems(Object.fromEntries(Object.entries(byField).filter(([field]) => field !== 'status' || !general)));
      setFormProblem(general);
      return;
    }
    if (payload.observation && indicator) {
      setSaved(figureWithUnit(format, payload.observation.value, indicator));
      // The figure is saved whatever the reads after it answer. A first figure had no history to
      // ask for: once the recorded figure is read again, its id starts the history query (asking
      // it now would send an empty id).
      try {
        await recordedQuery.refetch();
        if (recorded) await history.refetch();
      } catch {
        setHistoryFailed(true);
      }
    }
  }

  async function reloadLatest() {
    const fresh = await recordedQuery.refetch();
    setValues(valuesFrom(key, fresh.data?.indicator?.observation ?? null, language));
    setFormProblem(null);
    setProblems({});
  }

  const errors: FieldError[] = [
    ...(formProblem ? [{ fieldId: fieldIds.value, message: formProblem.text }] : []),
    ...(Object.entries(problems) as Array<[ObservationFormField, string]>).map(([field, message]) => ({ fieldId: fieldIds[field], message })),
  ];
  const isPercent = indicator?.measure === 'PERCENT';
  const entries = history.data?.observationHistory ?? [];

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ErrorSummary errors={errors} title={t('errorSummary')} focusKey={submits} />
      {saved && (
        <Alert variant="success" title={t('saved', { value: saved })} labels={{ success: t('success') }}>
          <p>
            <a href={withLanguage(hrefOf('dashboard', { [params.period]: key.period }), language)}>{t('viewDashboard')}</a>
          </p>
        </Alert>
      )}
      {historyFailed && <Alert variant="warning" title={t('historyFailed')} labels={{ warning: t('warningLabel') }} />}
      {formProblem?.conflict && (
        <p>
          <Button variant="secondary" onClick={() => void reloadLatest()}>
            {t('reload')}
          </Button>
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField id={fieldIds.indicatorCode} label={t('indicator')} error={problems.indicatorCode}>
          {(control) => (
            <Select {...control} value={values.indicatorCode} onChange={(event) => select('indicatorCode', event.target.value)}>
              <option value="">{t('chooseIndicatorOption')}</option>
              {indicators.nodes.map((each) => (
                <option key={each.code} value={each.code}>
                  {nameOf(each)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id={fieldIds.period} label={t('period')} error={problems.period}>
          {(control) => (
            <Select {...control} value={values.period} onChange={(event) => select('period', event.target.value)}>
              <option value="">{t('choosePeriodOption')}</option>
              {[...reportingPeriods].reverse().map((each) => (
                <option key={each.code} value={each.code}>
                  {each.published ? periodName(each) : t('periodUnpublished', { period: periodName(each) })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id={fieldIds.areaCode} label={t('area')} error={problems.areaCode}>
          {(control) => (
            <Select {...control} value={values.areaCode} onChange={(event) => select('areaCode', event.target.value)}>
              <option value="">{t('chooseAreaOption')}</option>
              {province && <option value={province.code}>{nameOf(province)}</option>}
              {districts.map((each) => (
                <option key={each.code} value={each.code}>
                  {nameOf(each)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {ready && recordedQuery.data && (
          <p className={styles.muted} role="status">
            {recorded ? t('correcting', { version: String(recorded.version) }) : t('newFigure')}
          </p>
        )}
        <FormField id={fieldIds.value} label={t('value', { unit: unit || '—' })} hint={t('valueHint')} error={problems.value}>
          {(control) => <TextInput {...control} inputMode="decimal" autoComplete="off" value={values.value} onChange={set('value')} />}
        </FormField>
        {isPercent && (
          <>
            <FormField id={fieldIds.numerator} label={t('numerator')} hint={t('ratioHint')} error={problems.numerator}>
              {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={values.numerator} onChange={set('numerator')} />}
            </FormField>
            <FormField id={fieldIds.denominator} label={t('denominator')} error={problems.denominator}>
              {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={values.denominator} onChange={set('denominator')} />}
            </FormField>
          </>
        )}
        <FormField id={fieldIds.target} label={t('target')} error={problems.target}>
          {(control) => <TextInput {...control} inputMode="decimal" autoComplete="off" value={values.target} onChange={set('target')} />}
        </FormField>
        <FormField id={fieldIds.status} label={t('status')} error={problems.status}>
          {(control) => (
            <Select {...control} value={values.status} onChange={(event) => setValues((current) => ({ ...current, status: event.target.value === 'FINAL' ? 'FINAL' : 'PROVISIONAL' }))}>
              <option value="PROVISIONAL">{t('provisional')}</option>
              <option value="FINAL">{t('final')}</option>
            </Select>
          )}
        </FormField>
        <FormField id={fieldIds.sourceQuote} label={t('sourceQuote')} hint={t('sourceQuoteHint')} error={problems.sourceQuote}>
          {(control) => <TextArea {...control} rows={3} value={values.sourceQuote} onChange={set('sourceQuote')} />}
        </FormField>
        <FormField id={fieldIds.noteVi} label={t('note')} error={problems.noteVi}>
          {(control) => <TextArea {...control} rows={2} value={values.noteVi} onChange={set('noteVi')} />}
        </FormField>
        <Button type="submit" loading={upsertState.loading} loadingText={t('saving')}>
          {t('save')}
        </Button>
      </form>
      {recorded && indicator && (
        <section className={styles.chartBlock}>
          <h2>{t('history')}</h2>
          <DataTable
            caption={t('historyCaption', { indicator: nameOf(indicator) })}
            rows={entries}
            rowKey={(_, index) => index}
            emptyText={t('historyEmpty')}
            locale={language}
            columns={[
              { key: 'when', header: t('colWhen'), rowHeader: true, cell: (entry) => format.dateTime(entry.occurredAt) },
              { key: 'who', header: t('colWho'), cell: (entry) => entry.actor },
              { key: 'action', header: t('colAction'), cell: (entry) => (entry.action === 'observation.create' ? t('actionCreate') : entry.action === 'observation.correct' ? t('actionCorrect') : entry.action) },
              { key: 'before', header: t('colBefore'), numeric: true, cell: (entry) => (entry.previous ? formatFigure(format, entry.previous.value, indicator.measure) : t('none')) },
              { key: 'after', header: t('colAfter'), numeric: true, cell: (entry) => (entry.current ? formatFigure(format, entry.current.value, indicator.measure) : t('none')) },
              { key: 'version', header: t('colVersion'), numeric: true, cell: (entry) => String(entry.current?.version ?? '') },
            ]}
          />
        </section>
      )}
      <PeriodsPanel periods={reportingPeriods} onChanged={() => options.refetch()} onOpened={(code) => select('period', code)} />
    </>
  );
}
