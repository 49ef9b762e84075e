import { useQuery } from '@apollo/client/react';
import { AWARDS_REGISTER_QUERY, REPORTING_PERIODS_QUERY, type AwardFields, type AwardKindCode, type AwardLevelCode } from '@egov/client-operations/statistics';
import { LanguageField, useI18n, withLanguage } from '@egov/i18n';
import { useRouter, useSearchParam } from '@egov/routing';
import { Button, DataTable, FormField, Select } from '@egov/ui';
import type { FormEvent } from 'react';
import { Downloads } from '../components/downloads';
import { LoadError, Loading } from '../components/query-state';
import * as styles from '../components/statistics.module.css';
import { statisticsMessages } from '../messages';
import { hrefOf, params, periodParam } from '../routes';
import { awardsExport, recipientOf } from '../view/dashboard-view';
import { awardKindSlugs, awardLevelSlugs, codeFromSlug } from '../view/fields';

/** The awards register (F40–F42 in the first data set), filtered by form, level and period, the filters in the URL. */
export function AwardsPage() {
  const { t, language, format } = useI18n(statisticsMessages);
  const router = useRouter();
  const kind = codeFromSlug(awardKindSlugs, useSearchParam(params.awardKind));
  const level = codeFromSlug(awardLevelSlugs, useSearchParam(params.awardLevel));
  const period = periodParam(useSearchParam(params.period));
  const { data, error, loading, refetch } = useQuery(AWARDS_REGISTER_QUERY, {
    variables: { filter: { kind, level, period } },
    fetchPolicy: 'cache-and-network',
  });

  const periods = useQuery(REPORTING_PERIODS_QUERY).data?.reportingPeriods ?? [];
  const years = [...new Set(periods.map((each) => each.code.slice(0, 4)))].filter((year) => !periods.some((each) => each.code === year));
  const levelLabel = (award: Pick<AwardFields, 'level'>) => t(`level${award.level}`);
  const groupText = (collectives: number, individuals: number) => t('groupRecipients', { collectives, individuals });

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    router.navigate(
      withLanguage(
        hrefOf('awards', { [params.awardKind]: String(form.get('hinh-thuc') ?? ''), [params.awardLevel]: String(form.get('cap') ?? ''), [params.period]: String(form.get('ky') ?? '').trim() }),
        language,
      ),
    );
  }

  const awards = data?.awards.nodes ?? [];
  const headers = {
    factId: t('colFactId'),
    kind: t('colAwardKind'),
    conferredBy: t('colConferredBy'),
    level: t('colLevel'),
    recipient: t('colRecipient'),
    reason: t('colReason'),
    period: t('colPeriod'),
    conferredOn: t('colConferredOn'),
  };

  return (
    <>
      <h1>{t('awardsTitle')}</h1>
      <p>{t('awardsIntro')}</p>
      <form method="get" action={hrefOf('awards')} className={styles.filters} onSubmit={choose} aria-label={t('filters')}>
        <LanguageField />
        <FormField id="statistics-award-kind" label={t('awardKind')}>
          {(control) => (
            <Select {...control} name="hinh-thuc" defaultValue={kind ? awardKindSlugs[kind] : ''} key={kind ?? 'all'}>
              <option value="">{t('allKinds')}</option>
              {(Object.keys(awardKindSlugs) as AwardKindCode[]).map((code) => (
                <option key={code} value={awardKindSlugs[code]}>
                  {t(`kind${code}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="statistics-award-level" label={t('awardLevel')}>
          {(control) => (
            <Select {...control} name="cap" defaultValue={level ? awardLevelSlugs[level] : ''} key={level ?? 'all'}>
              <option value="">{t('allLevels')}</option>
              {(Object.keys(awardLevelSlugs) as AwardLevelCode[]).map((code) => (
                <option key={code} value={awardLevelSlugs[code]}>
                  {t(`level${code}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="statistics-award-period" label={t('periodLabel')}>
          {(control) => (
            <Select {...control} name="ky" defaultValue={period ?? ''} key={period ?? 'all'}>
              <option value="">{t('allPeriods')}</option>
              {[...periods].reverse().map((each) => (
                <option key={each.code} value={each.code}>
                  {language === 'vi' ? each.labelVi : each.labelEn}
                </option>
              ))}
              {years.map((year) => (
                <option key={year} value={year}>
                  {t('year', { year })}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t('show')}</Button>
      </form>
      {error && !data ? (
        <LoadError onRetry={() => void refetch()} />
      ) : !data ? (
        loading && <Loading />
      ) : (
        <>
          {data.awards.totalCount > awards.length && <p>{t('awardsFirst', { shown: awards.length, total: data.awards.totalCount })}</p>}
          <p role="status">{t('awardsTotals', { awards: data.awards.totals.awards, collectives: data.awards.totals.collectives, individuals: data.awards.totals.individuals })}</p>
          <Downloads
            table={awardsExport(awards, language, headers, levelLabel, groupText)}
            nameParts={['khen-thuong', period ?? 'tat-ca-ky', kind ? awardKindSlugs[kind] : null, level ? `cap-${awardLevelSlugs[level]}` : null, language]}
            context={{ period, kind: kind ? awardKindSlugs[kind] : null, level: level ? awardLevelSlugs[level] : null, language }}
          />
          <DataTable
            caption={t('awardsTable')}
            rows={awards}
            rowKey={(award) => award.id}
            emptyText={t('awardsNone')}
            locale={language}
            columns={[
              { key: 'kind', header: t('colAwardKind'), cell: (award) => (<>{language === 'vi' ? award.kindLabelVi : award.kindLabelEn}<br /><span className={styles.muted}>{language === 'vi' ? award.conferredByLabelVi : award.conferredByLabelEn}</span></>) },
              { key: 'level', header: t('colLevel'), cell: levelLabel },
              { key: 'recipient', header: t('colRecipient'), rowHeader: true, cell: (award) => recipientOf(award, language, groupText) },
              { key: 'reason', header: t('colReason'), cell: (award) => (language === 'vi' ? award.reasonVi : (award.reasonEn ?? award.reasonVi)) },
              { key: 'period', header: t('colPeriod'), cell: (award) => award.period },
              { key: 'conferredOn', header: t('colConferredOn'), cell: (award) => format.date(award.conferredOn) },
            ]}
          />
        </>
      )}
    </>
  );
}
