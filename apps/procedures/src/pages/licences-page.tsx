import { useQuery } from '@apollo/client/react';
import { LICENCES_QUERY, type LicenceFields, type LicenceStatusValue, type LicenceTypeValue } from '@egov/client-operations/procedures';
import { LanguageField } from '@egov/i18n';
import { useLocation, useRouter } from '@egov/routing';
import { Button, DataTable, FormField, Link, OpenDataLinks, Pagination, Select, TextInput, type DataTableColumn } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { afterCursorForPage, fromSlug, licenceSearch, licenceStatusSlugs, licenceTypeSlugs, pageCountOf, readLicenceState, type LicenceRegisterState } from '../view/url-state';
import { LoadFailed, Loading, useProceduresI18n } from './common';

export const LICENCE_PAGE_SIZE = 20;

/** The gateway's open dataset of the whole register (apps/gateway/src/routes/licences-dataset.ts). */
export const OPEN_DATA_LICENCES = '/open-data/licences';
const types = Object.keys(licenceTypeSlugs) as LicenceTypeValue[];
const statuses = Object.keys(licenceStatusSlugs) as LicenceStatusValue[];

/** The register's columns, shared with the officers' page. */
export function useLicenceColumns(): DataTableColumn<LicenceFields>[] {
  const { t, format } = useProceduresI18n();
  return [
    { key: 'number', header: t('colNumber'), rowHeader: true, cell: (row) => row.number },
    { key: 'type', header: t('colType'), cell: (row) => t(`licenceType_${row.type}`) },
    { key: 'holder', header: t('colHolder'), cell: (row) => <span lang="vi">{row.holderName}</span> },
    { key: 'subject', header: t('colSubject'), cell: (row) => <span lang="vi">{row.subjectVi}</span> },
    { key: 'issuedOn', header: t('colIssuedOn'), cell: (row) => format.date(row.issuedOn) },
    {
      key: 'validity',
      header: t('colValidity'),
      cell: (row) =>
        row.validUntil
          ? t('validRange', { from: format.date(row.validFrom), until: format.date(row.validUntil) })
          : t('validOpenEnded', { from: format.date(row.validFrom) }),
    },
    {
      key: 'status',
      header: t('colStatus'),
      cell: (row) => (
        <>
          <span className={row.status === 'VALID' ? styles.onTime : row.status === 'REVOKED' ? styles.late : undefined}>{t(`status_${row.status}`)}</span>
          {row.revokedOn && (
            <>
              <br />
              <span className={styles.muted}>{t('revokedOn', { date: format.date(row.revokedOn) })}</span>
            </>
          )}
          {row.isSample && <span className={styles.badge}>{t('sampleBadge')}</span>}
        </>
      ),
    },
  ];
}

function RegisterFilters({ state }: { state: LicenceRegisterState }) {
  const { t, href } = useProceduresI18n();
  const router = useRouter();
  const [draft, setDraft] = useState(state);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    router.navigate(href(`${paths.licences}${licenceSearch({ ...draft, page: 1 })}`));
  };
  return (
    // Its fields are the address's parameters: without JavaScript it is a plain GET form.
    <form method="get" action={paths.licences} onSubmit={submit} role="search" aria-label={t('filtersTitle')}>
      <LanguageField />
      <fieldset className={styles.filters}>
        <legend>{t('filtersTitle')}</legend>
        <FormField id="licence-search" label={t('licenceSearchLabel')}>
          {(control) => <TextInput {...control} type="search" name="q" value={draft.query} maxLength={200} onChange={(event) => setDraft({ ...draft, query: event.target.value })} />}
        </FormField>
        <FormField id="licence-type" label={t('licenceTypeLabel')}>
          {(control) => (
            <Select {...control} name="loai" value={draft.type ? licenceTypeSlugs[draft.type] : ''} onChange={(event) => setDraft({ ...draft, type: fromSlug(licenceTypeSlugs, event.target.value) })}>
              <option value="">{t('any')}</option>
              {types.map((type) => (
                <option key={type} value={licenceTypeSlugs[type]}>
                  {t(`licenceType_${type}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="licence-status" label={t('licenceStatusLabel')}>
          {(control) => (
            <Select {...control} name="tinh-trang" value={draft.status ? licenceStatusSlugs[draft.status] : ''} onChange={(event) => setDraft({ ...draft, status: fromSlug(licenceStatusSlugs, event.target.value) })}>
              <option value="">{t('any')}</option>
              {statuses.map((status) => (
                <option key={status} value={licenceStatusSlugs[status]}>
                  {t(`status_${status}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <div className={styles.actions}>
          <Button type="submit">{t('apply')}</Button>
          <Link href={href(paths.licences)}>{t('clearFilters')}</Link>
        </div>
      </fieldset>
    </form>
  );
}

/** The public register of licences: by holder, number, kind and status. */
export function LicencesPage() {
  const { t, href, language } = useProceduresI18n();
  const location = useLocation();
  const state = readLicenceState(location.search);
  const columns = useLicenceColumns();
  const { data, loading, error, refetch } = useQuery(LICENCES_QUERY, {
    variables: {
      filter: { type: state.type, status: state.status, holder: state.query || null },
      first: LICENCE_PAGE_SIZE,
      after: afterCursorForPage(state.page, LICENCE_PAGE_SIZE),
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.licences;
  const pageCount = pageCountOf(connection?.totalCount ?? 0, LICENCE_PAGE_SIZE);

  return (
    <>
      <h1>{t('navLicences')}</h1>
      <p>{t('licencesIntro')}</p>
      <RegisterFilters key={location.search} state={state} />
      {loading && !connection && <Loading />}
      {error && !connection && <LoadFailed onRetry={() => void refetch()} />}
      {connection && (
        <>
          <p role="status">{t('licenceCount', { count: connection.totalCount })}</p>
          <DataTable caption={t('licencesCaption')} columns={columns} rows={connection.nodes} rowKey={(row) => row.id} emptyText={t('noLicences')} locale={language} />
          {pageCount > 1 && (
            <Pagination
              page={state.page}
              pageCount={pageCount}
              hrefForPage={(page) => href(`${paths.licences}${licenceSearch({ ...state, page })}`)}
              labels={{ navigation: t('pagination'), previous: t('previous'), next: t('next'), page: (page) => t('pageLabel', { page }) }}
            />
          )}
        </>
      )}
      <OpenDataLinks label={t('licencesOpenData')} dataset={OPEN_DATA_LICENCES} />
    </>
  );
}
