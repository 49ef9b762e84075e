import { useQuery } from '@apollo/client/react';
import {
  PROCEDURE_SEARCH_QUERY,
  PROCEDURES_QUERY,
  type ChannelValue,
  type ProcedureFieldValue,
  type ProcedureSummaryFields,
  type ServiceLevelValue,
} from '@egov/client-operations/procedures';
import { LanguageField } from '@egov/i18n';
import { useLocation, useRouter } from '@egov/routing';
import { Alert, Button, DataTable, FormField, Link, Pagination, Select, TextInput, type DataTableColumn } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { summariseTerms, type TermsSummary } from '../view/procedure-terms';
import { afterCursorForPage, catalogueSearch, channelSlugs, fieldSlugs, fromSlug, levelSlugs, pageCountOf, readCatalogueState, type CatalogueState } from '../view/url-state';
import { LoadFailed, Loading, useAlertLabels, useProceduresI18n } from './common';

export const CATALOGUE_PAGE_SIZE = 20;

const fields = Object.keys(fieldSlugs) as ProcedureFieldValue[];
const levels: ServiceLevelValue[] = ['FULL_PROCESS', 'PARTIAL_PROCESS'];
const channelValues: ChannelValue[] = ['IN_PERSON', 'ONLINE', 'POSTAL'];

/** The time limit and fee of a catalogue row, in words of the page's language. */
export function useTermsText() {
  const { t, format } = useProceduresI18n();
  return {
    days: (summary: TermsSummary) =>
      summary.minDays === summary.maxDays ? t('days', { count: summary.minDays }) : t('daysRange', { min: summary.minDays, max: summary.maxDays }),
    fee: (summary: TermsSummary) => {
      switch (summary.fee.kind) {
        case 'free':
          return t('feeFree');
        case 'unknown':
          return t('feeUnknown');
        case 'amount':
          return format.money(summary.fee.amountVnd);
        case 'varies':
          return t('feeRange', { min: format.money(summary.fee.minVnd), max: format.money(summary.fee.maxVnd) });
      }
    },
  };
}

function Filters({ state }: { state: CatalogueState }) {
  const { t, href } = useProceduresI18n();
  const router = useRouter();
  const [draft, setDraft] = useState(state);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    router.navigate(href(`${paths.catalogue}${catalogueSearch({ ...draft, page: 1 })}`));
  };

  return (
    // Its fields are the address's parameters: without JavaScript it is a plain GET form.
    <form method="get" action={paths.catalogue} onSubmit={submit} role="search" aria-label={t('filtersTitle')}>
      <LanguageField />
      <fieldset className={styles.filters}>
        <legend>{t('filtersTitle')}</legend>
        <FormField id="procedure-search" label={t('searchLabel')} hint={t('searchHint')}>
          {(control) => (
            <TextInput {...control} type="search" name="q" value={draft.query} maxLength={200} onChange={(event) => setDraft({ ...draft, query: event.target.value })} />
          )}
        </FormField>
        <FormField id="procedure-field" label={t('fieldLabel')}>
          {(control) => (
            <Select {...control} name="linh-vuc" value={draft.field ? fieldSlugs[draft.field] : ''} onChange={(event) => setDraft({ ...draft, field: fromSlug(fieldSlugs, event.target.value) })}>
              <option value="">{t('any')}</option>
              {fields.map((field) => (
                <option key={field} value={fieldSlugs[field]}>
                  {t(`field_${field}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="procedure-level" label={t('levelLabel')}>
          {(control) => (
            <Select {...control} name="muc-do" value={draft.level ? levelSlugs[draft.level] : ''} onChange={(event) => setDraft({ ...draft, level: fromSlug(levelSlugs, event.target.value) })}>
              <option value="">{t('any')}</option>
              {levels.map((level) => (
                <option key={level} value={levelSlugs[level]}>
                  {t(`level_${level}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="procedure-channel" label={t('channelLabel')}>
          {(control) => (
            <Select {...control} name="kenh" value={draft.channel ? channelSlugs[draft.channel] : ''} onChange={(event) => setDraft({ ...draft, channel: fromSlug(channelSlugs, event.target.value) })}>
              <option value="">{t('any')}</option>
              {channelValues.map((channel) => (
                <option key={channel} value={channelSlugs[channel]}>
                  {t(`channel_${channel}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <div className={styles.actions}>
          <Button type="submit">{t('apply')}</Button>
          <Link href={href(paths.catalogue)}>{t('clearFilters')}</Link>
        </div>
      </fieldset>
    </form>
  );
}

/** The catalogue of procedures: filters and search in the URL, one row per procedure. */
export function CataloguePage() {
  const { t, href, language } = useProceduresI18n();
  const alertLabels = useAlertLabels();
  const termsText = useTermsText();
  const location = useLocation();
  const state = readCatalogueState(location.search);
  const filter = { field: state.field, serviceLevel: state.level, channel: state.channel };
  const paging = { first: CATALOGUE_PAGE_SIZE, after: afterCursorForPage(state.page, CATALOGUE_PAGE_SIZE) };
  const searching = state.query !== '';
  const list = useQuery(PROCEDURES_QUERY, { variables: { filter, ...paging }, skip: searching });
  const search = useQuery(PROCEDURE_SEARCH_QUERY, { variables: { query: state.query, filter, ...paging }, skip: !searching });
  const active = searching ? search : list;
  const connection = searching ? search.data?.procedureSearch : list.data?.procedures;

  const columns: DataTableColumn<ProcedureSummaryFields>[] = [
    { key: 'code', header: t('colCode'), cell: (row) => row.code },
    {
      key: 'name',
      header: t('colName'),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={href(paths.procedure(row.code))}>{language === 'en' ? row.nameEn : row.nameVi}</Link>
          {row.isSample && <span className={styles.badge}>{t('sampleBadge')}</span>}
        </>
      ),
    },
    { key: 'days', header: t('colTimeLimit'), cell: (row) => { const summary = summariseTerms(row.channels); return summary ? termsText.days(summary) : '—'; } },
    { key: 'fee', header: t('colFee'), cell: (row) => { const summary = summariseTerms(row.channels); return summary ? termsText.fee(summary) : '—'; } },
  ];

  const total = connection?.totalCount ?? 0;
  const pageCount = pageCountOf(total, CATALOGUE_PAGE_SIZE);
  const anySample = connection?.nodes.some((row) => row.isSample) ?? false;

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('catalogueIntro')}</p>
      <Filters key={location.search} state={state} />
      {active.loading && !connection && <Loading />}
      {active.error && !connection && <LoadFailed onRetry={() => void active.refetch()} />}
      {connection && (
        <>
          {anySample && (
            <Alert variant="warning" labels={alertLabels}>
              <p>{t('sampleNotice')}</p>
            </Alert>
          )}
          <p role="status">{t('resultCount', { count: total })}</p>
          <DataTable
            caption={t('catalogueCaption')}
            columns={columns}
            rows={connection.nodes}
            rowKey={(row) => row.code}
            emptyText={t('noProcedures')}
            locale={language}
          />
          {pageCount > 1 && (
            <Pagination
              page={state.page}
              pageCount={pageCount}
              hrefForPage={(page) => href(`${paths.catalogue}${catalogueSearch({ ...state, page })}`)}
              labels={{ navigation: t('pagination'), previous: t('previous'), next: t('next'), page: (page) => t('pageLabel', { page }) }}
            />
          )}
          <p>
            <Link href={href(paths.lookup())}>{t('lookupLink')}</Link>
          </p>
        </>
      )}
    </>
  );
}
