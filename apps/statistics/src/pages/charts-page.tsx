import { useQuery } from '@apollo/client/react';
import { INDICATOR_SERIES_QUERY, STATISTICS_DASHBOARD_QUERY, type IndicatorFields } from '@egov/client-operations/statistics';
import { LanguageField, useI18n, withLanguage } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Button, DataTable } from '@egov/ui';
import { useId, type FormEvent } from 'react';
import { BarChart } from '../components/bar-chart';
import { ColumnChart } from '../components/column-chart';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { IndicatorSelect } from '../components/filter-selects';
import { statisticsMessages } from '../messages';
import { hrefOf, params, periodParam } from '../routes';
import { fieldPercentBars, seriesPoints, type SeriesPoint } from '../view/chart-data';
import { formatFigure, unitAfterFigure } from '../view/figures';

/** The indicator a chart shows first: the first with a target (the level-4 online services), else the first with a figure. */
function defaultIndicator(indicators: ReadonlyArray<{ indicator: IndicatorFields; observation: { targetValue: number | null } | null }>): string | null {
  return (indicators.find((each) => each.observation?.targetValue !== null && each.observation !== null) ?? indicators.find((each) => each.observation) ?? indicators[0])?.indicator.code ?? null;
}

/** Charts: one indicator across periods (`?chi-tieu=`), and the percentage indicators of every field side by side; each with its table. */
export default function ChartsPage() {
  const { t, language, format } = useI18n(statisticsMessages);
  const router = useRouter();
  const period = periodParam(useSearchParam(params.period));
  const chosen = useSearchParam(params.indicator);
  const dashboardQuery = useQuery(STATISTICS_DASHBOARD_QUERY, { variables: { period, areaCode: '20' }, fetchPolicy: 'cache-and-network' });
  const dashboard = dashboardQuery.data?.statisticsDashboard ?? null;
  const all = dashboard?.fields.flatMap((field) => field.indicators) ?? [];
  const code = all.some((each) => each.indicator.code === chosen) ? chosen : defaultIndicator(all);
  const seriesQuery = useQuery(INDICATOR_SERIES_QUERY, { variables: { code: code ?? '', areaCode: '20' }, skip: !code, fetchPolicy: 'cache-and-network' });
  const seriesId = useId();
  const fieldsId = useId();

  if (dashboardQuery.error && !dashboardQuery.data) return (<><h1>{t('chartsTitle')}</h1><LoadError onRetry={() => void dashboardQuery.refetch()} /></>);
  if (!dashboard) return (<><h1>{t('chartsTitle')}</h1>{dashboardQuery.loading ? <Loading /> : <p>{t('noPeriod')}</p>}</>);

  const periodLabel = language === 'vi' ? dashboard.period.labelVi : dashboard.period.labelEn;
  const nameOf = (indicator: Pick<IndicatorFields, 'nameVi' | 'nameEn'>) => (language === 'vi' ? indicator.nameVi : indicator.nameEn);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    router.navigate(withLanguage(hrefOf('charts', { [params.period]: period, [params.indicator]: String(form.get('chi-tieu') ?? '') }), language));
  }

  const series = seriesQuery.data?.indicator ?? null;
  const points: SeriesPoint[] = series ? seriesPoints(seriesQuery.data?.reportingPeriods ?? [], series.observations.nodes, (each) => (language === 'vi' ? each.labelVi : each.labelEn)) : [];
  const unit = series ? (language === 'vi' ? series.unitVi : series.unitEn) : '';
  const percentGroups = fieldPercentBars(dashboard.fields, (item) => nameOf(item.indicator));
  const percentRows = percentGroups.flatMap((group) => group.bars.map((bar) => ({ ...bar, field: language === 'vi' ? group.field.labelVi : group.field.labelEn })));

  return (
    <>
      <h1>{t('chartsTitle')}</h1>
      <p>{t('chartsIntro')}</p>
      <form method="get" action={hrefOf('charts')} className={styles.filters} onSubmit={choose} aria-label={t('filters')}>
        <LanguageField />
        {period && <input type="hidden" name={params.period} value={period} />}
        <IndicatorSelect id="statistics-chart-indicator" fields={dashboard.fields} value={code} />
        <Button type="submit">{t('show')}</Button>
      </form>

      <section className={styles.chartBlock} aria-labelledby={seriesId}>
        {seriesQuery.error && !seriesQuery.data ? (
          <LoadError onRetry={() => void seriesQuery.refetch()} />
        ) : !series ? (
          <Loading />
        ) : (
          <>
            <h2 id={seriesId}>{t('seriesTitle', { indicator: nameOf(series) })}</h2>
            {points.filter((point) => point.value !== null).length <= 1 && <p className={styles.muted}>{t('onePeriod')}</p>}
            <ColumnChart
              title={t('seriesTitle', { indicator: nameOf(series) })}
              description={t('seriesDescription', { unit })}
              points={points}
              measure={series.measure}
              formatValue={(value) => formatFigure(format, value, series.measure)}
              noDataText={t('noFigure')}
              targetText={t('targetLine')}
            />
            <DataTable
              caption={t('seriesTable', { indicator: nameOf(series) })}
              rows={points}
              rowKey={(point) => point.key}
              locale={language}
              columns={[
                { key: 'period', header: t('colPeriod'), rowHeader: true, cell: (point) => point.label },
                { key: 'value', header: `${t('colValue')}${unitAfterFigure(series, language) ? ` (${unitAfterFigure(series, language)})` : ''}`, numeric: true, cell: (point) => (point.value === null ? t('noFigure') : formatFigure(format, point.value, series.measure)) },
                { key: 'target', header: t('colTarget'), numeric: true, cell: (point) => (point.target === null ? '—' : formatFigure(format, point.target, series.measure)) },
              ]}
            />
          </>
        )}
      </section>

      <section className={styles.chartBlock} aria-labelledby={fieldsId}>
        <h2 id={fieldsId}>{t('fieldsTitle', { period: periodLabel })}</h2>
        {percentGroups.map((group) => (
          <div key={group.field.code}>
            <h3>{language === 'vi' ? group.field.labelVi : group.field.labelEn}</h3>
            <BarChart
              title={`${language === 'vi' ? group.field.labelVi : group.field.labelEn}: ${t('fieldsTitle', { period: periodLabel })}`}
              description={t('fieldsDescription')}
              bars={group.bars}
              measure="PERCENT"
              formatValue={(value) => format.percent(value)}
              noDataText={t('noFigure')}
            />
          </div>
        ))}
        <DataTable
          caption={t('fieldsTable', { period: periodLabel })}
          rows={percentRows}
          rowKey={(row) => row.key}
          locale={language}
          columns={[
            { key: 'field', header: t('colField'), cell: (row) => row.field },
            { key: 'indicator', header: t('colIndicator'), rowHeader: true, cell: (row) => row.label },
            { key: 'value', header: t('colValue'), numeric: true, cell: (row) => (row.value === null ? t('noFigure') : format.percent(row.value)) },
          ]}
        />
      </section>
    </>
  );
}
