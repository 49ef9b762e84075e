import { useQuery } from '@apollo/client/react';
import { DISTRICT_FIGURES_QUERY, STATISTICS_DASHBOARD_QUERY, type IndicatorFields } from '@egov/client-operations/statistics';
import { LanguageField, useI18n, withLanguage } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Button, DataTable } from '@egov/ui';
import { useId, type FormEvent } from 'react';
import { BarChart } from '../components/bar-chart';
import { Downloads } from '../components/downloads';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { IndicatorSelect, PeriodSelect } from '../components/filter-selects';
import { statisticsMessages } from '../messages';
import { hrefOf, params, periodParam } from '../routes';
import { districtExport, districtRows } from '../view/dashboard-view';
import { figureWithUnit, formatFigure, unitAfterFigure } from '../view/figures';

/** The district view: one indicator (`?chi-tieu=`) of a period in every district and city, as a table and a bar chart; "no data" where none is recorded. */
export default function DistrictsPage() {
  const { t, language, format } = useI18n(statisticsMessages);
  const router = useRouter();
  const period = periodParam(useSearchParam(params.period));
  const chosen = useSearchParam(params.indicator);
  const dashboardQuery = useQuery(STATISTICS_DASHBOARD_QUERY, { variables: { period, areaCode: '20' }, fetchPolicy: 'cache-first' });
  const dashboard = dashboardQuery.data?.statisticsDashboard ?? null;
  const indicators = dashboard?.fields.flatMap((field) => field.indicators.map((each) => each.indicator)) ?? [];
  const code = indicators.some((each) => each.code === chosen) ? chosen : (indicators.find((each) => each.code === 'POST_SERVICE_POINTS') ?? indicators[0])?.code ?? null;
  const figures = useQuery(DISTRICT_FIGURES_QUERY, {
    variables: { code: code ?? '', period: dashboard?.period.code ?? '', validOn: dashboard?.period.endsOn ?? '' },
    skip: !code || !dashboard,
    fetchPolicy: 'cache-and-network',
  });
  const chartId = useId();

  if (dashboardQuery.error && !dashboardQuery.data) return (<><h1>{t('districtsTitle')}</h1><LoadError onRetry={() => void dashboardQuery.refetch()} /></>);
  if (!dashboard) return (<><h1>{t('districtsTitle')}</h1>{dashboardQuery.loading ? <Loading /> : <p>{t('noPeriod')}</p>}</>);

  const periodLabel = language === 'vi' ? dashboard.period.labelVi : dashboard.period.labelEn;
  const nameOf = (indicator: Pick<IndicatorFields, 'nameVi' | 'nameEn'>) => (language === 'vi' ? indicator.nameVi : indicator.nameEn);

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    router.navigate(withLanguage(hrefOf('districts', { [params.period]: String(form.get('ky') ?? ''), [params.indicator]: String(form.get('chi-tieu') ?? '') }), language));
  }

  const indicator = figures.data?.indicator ?? null;
  const rows = indicator && figures.data ? districtRows(figures.data.districts, indicator.observations.nodes, language) : [];
  const province = indicator?.observations.nodes.find((node) => node.area.code === '20') ?? null;
  const unit = indicator ? unitAfterFigure(indicator, language) : '';

  return (
    <>
      <h1>{t('districtsTitle')}</h1>
      <p>{t('districtsIntro')}</p>
      <form method="get" action={hrefOf('districts')} className={styles.filters} onSubmit={choose} aria-label={t('filters')}>
        <LanguageField />
        <PeriodSelect id="statistics-district-period" periods={dashboardQuery.data?.reportingPeriods ?? []} value={dashboard.period.code} />
        <IndicatorSelect id="statistics-district-indicator" fields={dashboard.fields} value={code} />
        <Button type="submit">{t('show')}</Button>
      </form>
      {figures.error && !figures.data ? (
        <LoadError onRetry={() => void figures.refetch()} />
      ) : !indicator ? (
        <Loading />
      ) : (
        <section className={styles.chartBlock} aria-labelledby={chartId}>
          <h2 id={chartId}>{t('districtsChartTitle', { indicator: nameOf(indicator), period: periodLabel })}</h2>
          {province && <p>{t('provinceFigure', { value: figureWithUnit(format, province.value, indicator) })}</p>}
          <p>{t('districtsWithData', { count: rows.filter((row) => row.value !== null).length, total: rows.length })}</p>
          <Downloads
            table={districtExport(rows, { period: dashboard.period.code, indicatorCode: indicator.code }, { period: t('colPeriod'), indicator: t('colCode'), areaCode: t('colAreaCode'), area: t('colArea'), value: t('colValue') })}
            nameParts={['thong-ke-dia-ban', dashboard.period.code, indicator.code, language]}
            context={{ period: dashboard.period.code, indicator: indicator.code, language }}
          />
          <DataTable
            caption={t('districtsTable', { indicator: nameOf(indicator), period: periodLabel })}
            rows={rows}
            rowKey={(row) => row.code}
            locale={language}
            columns={[
              { key: 'area', header: t('colArea'), rowHeader: true, cell: (row) => row.name },
              {
                key: 'value',
                header: `${t('colValue')}${unit ? ` (${unit})` : ''}`,
                numeric: true,
                cell: (row) => (row.value === null ? <span className={styles.noFigure}>{t('noFigure')}</span> : formatFigure(format, row.value, indicator.measure)),
              },
            ]}
          />
          <BarChart
            title={t('districtsChartTitle', { indicator: nameOf(indicator), period: periodLabel })}
            description={t('districtsChartDescription')}
            bars={rows.map((row) => ({ key: row.code, label: row.name, value: row.value }))}
            measure={indicator.measure}
            formatValue={(value) => formatFigure(format, value, indicator.measure)}
            noDataText={t('noFigure')}
          />
        </section>
      )}
    </>
  );
}
