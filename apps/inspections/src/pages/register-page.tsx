import { useQuery } from '@apollo/client/react';
import { INSPECTION_PERIOD_REPORT_QUERY, INSPECTION_PERIODS_QUERY, INSPECTION_REGISTER_QUERY, type InspectionReportingPeriod } from '@egov/client-operations/inspections';
import { LanguageField, useI18n, withLanguage } from '@egov/i18n';
import { useLocation, useRouter } from '@egov/routing';
import { Alert, Button, FormField, Link, Select, Skeleton } from '@egov/ui';
import { useEffect, useMemo, type FormEvent } from 'react';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import {
  ALL_PERIODS,
  defaultPeriod,
  enforcementCodes,
  fieldCodes,
  filterParams,
  readFilters,
  registerVariables,
  statusCodes,
  toSlug,
  writeFilters,
  type RegisterFilters,
} from '../register-filters';
import { useInspections } from '../remote-context';
import { reportedTotals } from '../reported-totals';
import { pageHref } from '../routes';
import { DecisionsSection } from './decisions-section';
import { InspectionsSection } from './inspections-section';
import { TotalsSection } from './totals-section';

/** The public register: the period's reported totals beside the register's, then its inspections and decisions. */
export function RegisterPage() {
  const { t, language } = useI18n(inspectionsMessages);
  const { basePath, isInspector } = useInspections();
  const location = useLocation();
  const filters = useMemo(() => readFilters(location.search), [location.search]);

  const router = useRouter();
  const figures = useQuery(INSPECTION_PERIODS_QUERY);
  const periods = figures.data?.reportingPeriods ?? [];
  const fallbackCode = figures.data ? defaultPeriod(periods) : null;
  const periodCode = filters.period ?? fallbackCode;
  const knownPeriod = periodCode === ALL_PERIODS || periods.some((period) => period.code === periodCode);
  const shownCode = knownPeriod ? periodCode : fallbackCode;
  const period: InspectionReportingPeriod | null = periods.find((candidate) => candidate.code === shownCode) ?? null;

  // The period's report and its register's totals, asked beside the periods (not after them): for
  // the latest period when the address names none, as the gateway chooses it (defaultPeriod agrees).
  // Once the address names the period, the cache answers for it by code (@egov/client).
  const reportCode = filters.period === null ? null : figures.data ? shownCode : filters.period;
  const report = useQuery(INSPECTION_PERIOD_REPORT_QUERY, { variables: { period: reportCode }, skip: reportCode === ALL_PERIODS });
  const reportedPeriod = report.data?.reportingPeriod ?? null;
  const observations = useMemo(() => reportedPeriod?.observations.nodes ?? [], [reportedPeriod]);
  const reported = useMemo(() => (reportedPeriod ? reportedTotals(observations, reportedPeriod.code) : {}), [observations, reportedPeriod]);

  // The address always names the period shown, so a shared link keeps showing it when newer periods
  // come; written once the latest period's report is in the cache, which then answers for its code.
  useEffect(() => {
    if (figures.data && !report.loading && !filters.period && shownCode) {
      router.navigate(`${basePath}?${writeFilters({ ...filters, period: shownCode }, location.search)}`, { replace: true });
    }
  }, [figures.data, report.loading, filters, shownCode, router, basePath, location.search]);

  const register = useQuery(INSPECTION_REGISTER_QUERY, {
    variables: registerVariables(period, filters, location.search),
    skip: !figures.data,
    fetchPolicy: 'cache-and-network',
  });

  const periodLabel = (p: InspectionReportingPeriod) => (language === 'vi' ? p.labelVi : p.labelEn);
  const failed = [figures, report, register].filter((query) => query.error);
  const error = failed.length > 0;

  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      {isInspector && (
        <p>
          <Link href={withLanguage(pageHref(basePath, 'staff-home'), language)}>{t('staffLink')}</Link>
        </p>
      )}

      {error && (
        <Alert variant="error">
          <p>{t('loadError')}</p>
          <Button variant="secondary" onClick={() => failed.forEach((query) => void query.refetch())}>
            {t('retry')}
          </Button>
        </Alert>
      )}

      {figures.data && !knownPeriod && filters.period && (
        <Alert variant="warning">{t('unknownPeriod', { code: filters.period, label: period ? periodLabel(period) : t('periodAll') })}</Alert>
      )}

      {figures.data ? (
        <FiltersForm filters={{ ...filters, period: shownCode }} periods={periods} periodLabel={periodLabel} />
      ) : (
        !error && <Skeleton lines={3} />
      )}

      {!register.data && !error && figures.data && (
        <div aria-busy="true">
          <p>{t('loading')}</p>
          <Skeleton lines={6} />
        </div>
      )}

      {reportedPeriod && (
        <TotalsSection
          periodLabel={periodLabel(reportedPeriod)}
          periodCode={reportedPeriod.code}
          totals={reportedPeriod.inspectionTotals}
          reported={reported}
          observations={observations}
        />
      )}
      {register.data && (
        <>
          <InspectionsSection connection={register.data.inspections} fileSuffix={shownCode ?? ALL_PERIODS} />
          <DecisionsSection connection={register.data.sanctionDecisions} fileSuffix={shownCode ?? ALL_PERIODS} />
        </>
      )}
    </div>
  );
}

interface FiltersFormProps {
  filters: RegisterFilters;
  periods: readonly InspectionReportingPeriod[];
  periodLabel: (period: InspectionReportingPeriod) => string;
}

/** The filters, as a form whose values are the URL's: submitting it changes the address, nothing else. */
function FiltersForm({ filters, periods, periodLabel }: FiltersFormProps) {
  const { t, language } = useI18n(inspectionsMessages);
  const { basePath } = useInspections();
  const router = useRouter();
  const location = useLocation();
  const latestFirst = [...periods].sort((a, b) => b.endsOn.localeCompare(a.endsOn));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The form's fields are the address's parameters: read them as the address is read.
    const chosen = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') chosen.append(name, value);
    const query = writeFilters(readFilters(chosen.toString()), location.search);
    router.navigate(`${basePath}${query ? `?${query}` : ''}`);
  }

  // Clearing keeps the period: the totals stay those of the period shown.
  const clearHref = withLanguage(`${basePath}?${writeFilters({ period: filters.period, field: null, status: null, enforcement: null }, location.search)}`, language);
  return (
    // Keyed by the address, so going back or following a link shows the filters of the page shown.
    // Without JavaScript it is a plain GET form to the same address: the server renders the result.
    <form key={location.search} method="get" action={basePath} className={styles.filters} onSubmit={apply} aria-label={t('filtersTitle')}>
      <LanguageField />
      <FormField id="tt-filter-period" label={t('filterPeriod')}>
        {(control) => (
          <Select {...control} name={filterParams.period} defaultValue={filters.period ?? ''}>
            {latestFirst.map((period) => (
              <option key={period.code} value={period.code}>
                {periodLabel(period)}
              </option>
            ))}
            <option value={ALL_PERIODS}>{t('periodAll')}</option>
          </Select>
        )}
      </FormField>
      <FormField id="tt-filter-field" label={t('filterField')}>
        {(control) => (
          <Select {...control} name={filterParams.field} defaultValue={filters.field ? toSlug(filters.field) : ''}>
            <option value="">{t('filterAny')}</option>
            {fieldCodes.map((code) => (
              <option key={code} value={toSlug(code)}>
                {t(`field_${code}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="tt-filter-status" label={t('filterStatus')}>
        {(control) => (
          <Select {...control} name={filterParams.status} defaultValue={filters.status ? toSlug(filters.status) : ''}>
            <option value="">{t('filterAny')}</option>
            {statusCodes.map((code) => (
              <option key={code} value={toSlug(code)}>
                {t(`status_${code}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="tt-filter-enforcement" label={t('filterEnforcement')}>
        {(control) => (
          <Select {...control} name={filterParams.enforcement} defaultValue={filters.enforcement ? toSlug(filters.enforcement) : ''}>
            <option value="">{t('filterAny')}</option>
            {enforcementCodes.map((code) => (
              <option key={code} value={toSlug(code)}>
                {t(`enforcement_${code}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div className={styles.filterActions}>
        <Button type="submit">{t('filterApply')}</Button>
        <Link href={clearHref}>{t('filterClear')}</Link>
      </div>
    </form>
  );
}
