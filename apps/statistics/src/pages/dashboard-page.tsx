import { useQuery } from '@apollo/client/react';
import { STATISTICS_DASHBOARD_QUERY, type KpiFieldCode, type StatisticsDashboardQuery } from '@egov/client-operations/statistics';
import { LanguageField, useI18n, withLanguage } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Alert, Button, FormField, Select } from '@egov/ui';
import { useId, type FormEvent } from 'react';
import { Downloads } from '../components/downloads';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { PeriodSelect } from '../components/filter-selects';
import { statisticsMessages } from '../messages';
import { hrefOf, params, periodParam } from '../routes';
import { dashboardExport, fieldSummary, visibleFields, type DashboardField, type DashboardIndicator } from '../view/dashboard-view';
import { fieldFromSlug, fieldSlugs } from '../view/fields';
import { derivedArithmetic, derivedFigure, figureWithUnit, formatFigure } from '../view/figures';

type Dashboard = NonNullable<StatisticsDashboardQuery['statisticsDashboard']>;

/** The figures of one period (`?ky=2020-H1`, the latest by default), by field, with the consistency checks and downloads. */
export function DashboardPage({ canEdit }: { canEdit: boolean }) {
  const { t, language } = useI18n(statisticsMessages);
  const router = useRouter();
  const period = periodParam(useSearchParam(params.period));
  const fieldSlug = useSearchParam(params.field);
  const field = fieldFromSlug(fieldSlug);
  const { data, error, loading, refetch } = useQuery(STATISTICS_DASHBOARD_QUERY, {
    variables: { period, areaCode: '20' },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) {
    const unknown = period !== null && error.message.includes(period);
    return (
      <>
        <h1>{t('title')}</h1>
        {unknown ? (
          <Alert variant="warning" title={t('unknownPeriod', { code: period })} labels={{ warning: t('alertWarning') }}>
            <p>
              <a href={withLanguage(hrefOf('dashboard'), language)}>{t('backToDashboard')}</a>
            </p>
          </Alert>
        ) : (
          <LoadError onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  if (!data) {
    // What the page is shows at once; the figures follow.
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('dashboardIntro')}</p>
        {loading && <Loading />}
      </>
    );
  }
  const dashboard = data.statisticsDashboard;
  if (!dashboard) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('noPeriod')}</p>
      </>
    );
  }
  const periodLabel = language === 'vi' ? dashboard.period.labelVi : dashboard.period.labelEn;
  const shown = visibleFields(dashboard.fields, field);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    router.navigate(withLanguage(hrefOf('dashboard', { [params.period]: String(form.get('ky') ?? ''), [params.field]: String(form.get('linh-vuc') ?? '') }), language));
  }

  const headers = {
    period: t('colPeriod'),
    field: t('colField'),
    code: t('colCode'),
    indicator: t('colIndicator'),
    value: t('colValue'),
    unit: t('colUnit'),
    target: t('colTarget'),
    targetMet: t('colTargetMet'),
    numerator: t('colNumerator'),
    denominator: t('colDenominator'),
    status: t('colStatus'),
    factId: t('colFactId'),
    sourceQuote: t('colSource'),
  };

  return (
    <>
      <h1>{t('dashboardTitle', { period: periodLabel })}</h1>
      <p>{t('dashboardIntro')}</p>
      <form method="get" action={hrefOf('dashboard')} className={styles.filters} onSubmit={choose} aria-label={t('filters')}>
        <LanguageField />
        <PeriodSelect id="statistics-period" periods={data.reportingPeriods} value={dashboard.period.code} />
        <FormField id="statistics-field" label={t('fieldLabel')}>
          {(control) => (
            <Select {...control} name="linh-vuc" defaultValue={field ? fieldSlugs[field] : ''} key={field ?? 'all'}>
              <option value="">{t('allFields')}</option>
              {dashboard.fields.map((each) => (
                <option key={each.field.code} value={fieldSlugs[each.field.code]}>
                  {language === 'vi' ? each.field.labelVi : each.field.labelEn}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t('show')}</Button>
      </form>
      <Downloads
        table={dashboardExport(shown, dashboard.period.code, headers, language)}
        nameParts={['thong-ke', dashboard.period.code, field ? `linh-vuc-${fieldSlugs[field]}` : 'tat-ca-linh-vuc', language]}
        context={{ period: dashboard.period.code, field: field ? fieldSlugs[field] : null, language }}
      />
      {shown.map((each) => (
        <FieldSection key={each.field.code} field={each} periodCode={dashboard.period.code} canEdit={canEdit} />
      ))}
      <ConsistencyPanel consistency={dashboard.consistency} />
    </>
  );
}

function FieldSection({ field, periodCode, canEdit }: { field: DashboardField; periodCode: string; canEdit: boolean }) {
  const { t, language } = useI18n(statisticsMessages);
  const headingId = useId();
  const summary = fieldSummary(field);
  return (
    <section className={styles.field} aria-labelledby={headingId} id={`linh-vuc-${fieldSlugs[field.field.code as KpiFieldCode]}`}>
      <h2 id={headingId}>{language === 'vi' ? field.field.labelVi : field.field.labelEn}</h2>
      {field.indicators.length === 0 ? (
        <p>{t('noIndicators')}</p>
      ) : (
        <>
          <p className={styles.fieldSummary}>
            {t('fieldSummary', { withFigure: summary.withFigure, indicators: summary.indicators })}
            {summary.withTarget > 0 && ` · ${t('fieldTargets', { met: summary.met, withTarget: summary.withTarget })}`}
          </p>
          <ul className={styles.cards}>
            {field.indicators.map((each) => (
              <li key={each.indicator.code}>
                <IndicatorCard item={each} periodCode={periodCode} canEdit={canEdit} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function IndicatorCard({ item, periodCode, canEdit }: { item: DashboardIndicator; periodCode: string; canEdit: boolean }) {
  const { t, language, format } = useI18n(statisticsMessages);
  const { indicator, observation } = item;
  const name = language === 'vi' ? indicator.nameVi : indicator.nameEn;
  const derived = observation ? derivedFigure(indicator, observation) : null;
  return (
    <article className={styles.card} aria-label={name}>
      <h3>{name}</h3>
      {observation ? (
        <>
          <p className={styles.value}>{figureWithUnit(format, observation.value, indicator)}</p>
          {observation.targetValue !== null && (
            <p>
              {t('target', { target: formatFigure(format, observation.targetValue, indicator.measure) })}
              {observation.targetMet !== null && (
                <>
                  {' · '}
                  <span className={observation.targetMet ? styles.met : styles.notMet}>{observation.targetMet ? t('targetMet') : t('targetNotMet')}</span>
                </>
              )}
            </p>
          )}
          {derived && (
            <p>
              {derived.kind === 'ratio' && (
                <>
                  {t('derivedRatio', { sum: derivedArithmetic(derived, format) })} ({t('reportedAs', { reported: format.percent(derived.reported) })})
                </>
              )}
              {derived.kind === 'density' && t('derivedDensity', { sum: derivedArithmetic(derived, format) })}
              {derived.kind === 'points' && t('derivedPoints', { sum: derivedArithmetic(derived, format) })}
            </p>
          )}
          {(language === 'vi' ? observation.noteVi : observation.noteEn) && <p className={styles.muted}>{language === 'vi' ? observation.noteVi : observation.noteEn}</p>}
          <p className={styles.muted}>
            {observation.status === 'FINAL' ? t('final') : t('provisional')}
            {observation.ownerUnit && ` · ${t('owner', { unit: language === 'vi' ? observation.ownerUnit.nameVi : observation.ownerUnit.nameEn })}`}
          </p>
          <details>
            <summary>{t('showSource')}</summary>
            <blockquote lang="vi">“{observation.sourceQuote}”</blockquote>
            {observation.factId && <p className={styles.muted}>{t('sourceFact', { factId: observation.factId })}</p>}
            {indicator.legalBasis && <p className={styles.muted}>{t('legalBasis', { basis: indicator.legalBasis })}</p>}
          </details>
        </>
      ) : (
        <p className={styles.noFigure}>{t('noFigure')}</p>
      )}
      {canEdit && (
        <a className={styles.editLink} href={withLanguage(hrefOf('editor', { [params.indicator]: indicator.code, [params.period]: periodCode, [params.area]: '20' }), language)}>
          {t('editFigure', { indicator: name })}
        </a>
      )}
    </article>
  );
}

function ConsistencyPanel({ consistency }: { consistency: Dashboard['consistency'] }) {
  const { t, language, format } = useI18n(statisticsMessages);
  const headingId = useId();
  const { ratios, population } = consistency;
  const nameOf = (indicator: { nameVi: string; nameEn: string }) => (language === 'vi' ? indicator.nameVi : indicator.nameEn);
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consistencyTitle')}</h2>
      <p>{t('consistencyIntro')}</p>
      {ratios.length === 0 && population.estimates.length === 0 && <p>{t('noConsistency')}</p>}
      {ratios.length > 0 && (
        <ul>
          {ratios.map((ratio) => (
            <li key={ratio.indicator.code}>
              {t('ratioCheck', {
                indicator: nameOf(ratio.indicator),
                reported: format.percent(ratio.reported),
                numerator: format.integer(ratio.numerator),
                denominator: format.integer(ratio.denominator),
                derived: format.percent(ratio.derived),
                difference: format.decimal(Math.abs(ratio.difference)),
              })}{' '}
              {ratio.explainedByRounding ? t('ratioRounded') : t('ratioNotRounded')}
            </li>
          ))}
        </ul>
      )}
      {population.estimates.length > 0 && (
        <>
          <h3>{t('populationTitle')}</h3>
          <ul>
            {population.estimates.map((estimate) => (
              <li key={estimate.indicator.code}>
                {t('populationLead', { indicator: nameOf(estimate.indicator), base: nameOf(estimate.baseIndicator) })}{' '}
                <span className={styles.arithmetic}>{language === 'vi' ? estimate.arithmeticVi : estimate.arithmeticEn}</span> {t('people')}
              </li>
            ))}
          </ul>
          {population.spread !== null && population.min !== null && population.max !== null && population.relativeSpread !== null && (
            <p>
              {t('populationSpread', {
                spread: format.integer(population.spread),
                share: format.percent(population.relativeSpread * 100),
                min: format.integer(population.min),
                max: format.integer(population.max),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
