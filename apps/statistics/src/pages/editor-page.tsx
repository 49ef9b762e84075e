import { useMutation, useQuery } from '@apollo/client/react';
import {
  OBSERVATION_EDITOR_QUERY,
  OBSERVATION_HISTORY_QUERY,
  OBSERVATION_UPSERT_MUTATION,
  RECORDED_OBSERVATION_QUERY,
  type EditableObservationFields,
  type IndicatorFields,
} from '@egov/client-operations/statistics';
import { useI18n, withLanguage, type Language } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Alert, Button, DataTable, FormField, Select, TextArea, TextInput, useFormErrors } from '@egov/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { hrefOf, params, periodParam } from '../routes';
import { figureWithUnit, formatFigure, unitAfterFigure } from '../view/figures';
import { checkedProblems, figureFieldIds as fieldIds, isConflict, refusalKey, refusalProblems, saveFailed, type FigureProblem } from '../view/figure-problems';
import { checkObservationForm, type ObservationFormField, type ObservationFormValues } from '../view/observation-form';
import { editorMessages } from './editor-messages';
import { PeriodsPanel } from './periods-panel';

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
  const indicator: IndicatorFields | null = options.data?.indicators.nodes.find((each) => each.code === values.indicatorCode) ?? null;
  const wording = (problem: FigureProblem) => {
    if ('key' in problem) return t(problem.key);
    const message = refusalKey(problem.refusal, problem.field, indicator?.measure ?? null);
    return message === 'serverRefused' ? t(message, { message: problem.refusal.message }) : t(message);
  };
  const form = useFormErrors(wording, t('errorSummary'));
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
  const nameOf = (each: { nameVi: string; nameEn: string }) => (language === 'vi' ? each.nameVi : each.nameEn);
  const periodName = (each: { labelVi: string; labelEn: string }) => (language === 'vi' ? each.labelVi : each.labelEn);
  const unit = indicator ? unitAfterFigure(indicator, language) || (indicator.measure === 'PERCENT' ? '%' : language === 'vi' ? indicator.unitVi : indicator.unitEn) : '';

  function select(name: 'indicatorCode' | 'period' | 'areaCode', value: string) {
    const next = { ...key, [name]: value };
    setSaved(null);
    setHistoryFailed(false);
    form.report([]);
    router.navigate(withLanguage(hrefOf('editor', { [params.indicator]: next.indicatorCode, [params.period]: next.period, [params.area]: next.areaCode }), language), { replace: true });
  }

  const set = (name: keyof ObservationFormValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    setHistoryFailed(false);
    const checked = checkObservationForm(values, {
      measure: indicator?.measure ?? null,
      periodCodes: reportingPeriods.map((each) => each.code),
      language,
      version: recorded?.version ?? null,
    });
    if (!checked.input) return form.report(checkedProblems(checked.problems));
    form.report([]);
    let payload;
    try {
      payload = (await upsert({ variables: { input: checked.input } })).data?.observationUpsert;
      if (!payload) throw new Error('no payload');
    } catch {
      return form.report([saveFailed]);
    }
    if (payload.userErrors.length > 0) return form.report(refusalProblems(payload.userErrors));
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
    form.report([]);
  }

  // Not the kit's errorOf: the whole form's problem is listed against the value but not shown beside it.
  const problemOf = (field: ObservationFormField) => {
    const problem = form.problems.find((each) => each.field === field);
    return problem && wording(problem);
  };
  const conflicted = form.problems.some((problem) => problem.field === null && 'refusal' in problem && isConflict(problem.refusal));
  const isPercent = indicator?.measure === 'PERCENT';
  const entries = history.data?.observationHistory ?? [];

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {form.summary}
      {saved && (
        <Alert variant="success" title={t('saved', { value: saved })} labels={{ success: t('success') }}>
          <p>
            <a href={withLanguage(hrefOf('dashboard', { [params.period]: key.period }), language)}>{t('viewDashboard')}</a>
          </p>
        </Alert>
      )}
      {historyFailed && <Alert variant="warning" title={t('historyFailed')} labels={{ warning: t('warningLabel') }} />}
      {conflicted && (
        <p>
          <Button variant="secondary" onClick={() => void reloadLatest()}>
            {t('reload')}
          </Button>
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormField id={fieldIds.indicatorCode} label={t('indicator')} error={problemOf('indicatorCode')}>
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
        <FormField id={fieldIds.period} label={t('period')} error={problemOf('period')}>
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
        <FormField id={fieldIds.areaCode} label={t('area')} error={problemOf('areaCode')}>
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
        <FormField id={fieldIds.value} label={t('value', { unit: unit || '—' })} hint={t('valueHint')} error={problemOf('value')}>
          {(control) => <TextInput {...control} inputMode="decimal" autoComplete="off" value={values.value} onChange={set('value')} />}
        </FormField>
        {isPercent && (
          <>
            <FormField id={fieldIds.numerator} label={t('numerator')} hint={t('ratioHint')} error={problemOf('numerator')}>
              {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={values.numerator} onChange={set('numerator')} />}
            </FormField>
            <FormField id={fieldIds.denominator} label={t('denominator')} error={problemOf('denominator')}>
              {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={values.denominator} onChange={set('denominator')} />}
            </FormField>
          </>
        )}
        <FormField id={fieldIds.target} label={t('target')} error={problemOf('target')}>
          {(control) => <TextInput {...control} inputMode="decimal" autoComplete="off" value={values.target} onChange={set('target')} />}
        </FormField>
        <FormField id={fieldIds.status} label={t('status')} error={problemOf('status')}>
          {(control) => (
            <Select {...control} value={values.status} onChange={(event) => setValues((current) => ({ ...current, status: event.target.value === 'FINAL' ? 'FINAL' : 'PROVISIONAL' }))}>
              <option value="PROVISIONAL">{t('provisional')}</option>
              <option value="FINAL">{t('final')}</option>
            </Select>
          )}
        </FormField>
        <FormField id={fieldIds.sourceQuote} label={t('sourceQuote')} hint={t('sourceQuoteHint')} error={problemOf('sourceQuote')}>
          {(control) => <TextArea {...control} rows={3} value={values.sourceQuote} onChange={set('sourceQuote')} />}
        </FormField>
        <FormField id={fieldIds.noteVi} label={t('note')} error={problemOf('noteVi')}>
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
