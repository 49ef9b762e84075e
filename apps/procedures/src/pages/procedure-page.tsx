import { useQuery } from '@apollo/client/react';
import { PROCEDURE_QUERY, type ProcedureChannelFields, type ProcedureDetailFields } from '@egov/client-operations/procedures';
import { Alert, DataTable, Link } from '@egov/ui';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { sortChannels } from '../view/procedure-terms';
import { LoadFailed, Loading, useAlertLabels, useProceduresI18n } from './common';

/** The national public service portal, where citizens apply online. */
export const NATIONAL_PORTAL_URL = 'https://dichvucong.gov.vn';

function ProcedureDetails({ procedure }: { procedure: ProcedureDetailFields }) {
  const { t, href, format, language } = useProceduresI18n();
  const alertLabels = useAlertLabels();
  const fee = (entry: ProcedureChannelFields) =>
    entry.feeVnd === null ? t('feeUnknown') : entry.feeVnd === 0 ? t('feeFree') : format.money(entry.feeVnd);
  const agency = language === 'en' ? procedure.performingAgency.nameEn : procedure.performingAgency.nameVi;

  return (
    <>
      <h1>{language === 'en' ? procedure.nameEn : procedure.nameVi}</h1>
      {procedure.isSample && (
        <Alert variant="warning" title={t('procedureSampleTitle')} labels={alertLabels}>
          <p>{t('procedureSampleBody', { code: procedure.code })}</p>
        </Alert>
      )}
      {language === 'en' && <p className={styles.muted}>{t('vietnameseOnly')}</p>}

      <section className={styles.section} aria-labelledby="procedure-general">
        <h2 id="procedure-general">{t('generalInfo')}</h2>
        <dl className={styles.details}>
          <dt>{t('procedureCode')}</dt>
          <dd>
            {procedure.code}
            {procedure.isSample && <span className={styles.badge}>{t('sampleBadge')}</span>}
          </dd>
          <dt>{t('procedureName')}</dt>
          <dd lang="vi">{procedure.nameVi}</dd>
          <dt>{t('fieldLabel')}</dt>
          <dd>{t(`field_${procedure.field}`)}</dd>
          <dt>{t('performingAgency')}</dt>
          <dd>{agency}</dd>
          <dt>{t('decidingAuthority')}</dt>
          <dd lang="vi">{procedure.decidingAuthorityVi}</dd>
          <dt>{t('levelLabel')}</dt>
          <dd>{t(`level_${procedure.serviceLevel}`)}</dd>
          <dt>{t('result')}</dt>
          <dd lang="vi">{procedure.resultVi}</dd>
          {procedure.sourceQuote && (
            <>
              <dt>{t('sourceQuote')}</dt>
              <dd>
                <blockquote className={styles.quote} lang="vi">
                  “{procedure.sourceQuote}”
                </blockquote>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section className={styles.section} aria-labelledby="procedure-channels">
        <h2 id="procedure-channels">{t('channelsTitle')}</h2>
        <DataTable
          caption={t('channelsCaption')}
          rows={sortChannels(procedure.channels)}
          rowKey={(row) => row.channel}
          columns={[
            { key: 'channel', header: t('colChannel'), rowHeader: true, cell: (row) => t(`channel_${row.channel}`) },
            { key: 'days', header: t('colTimeLimit'), cell: (row) => t('days', { count: row.timeLimitWorkingDays }) },
            { key: 'fee', header: t('colFee'), cell: fee },
            { key: 'note', header: t('colFeeNote'), cell: (row) => (row.feeNote ? <span lang="vi">{row.feeNote}</span> : '—') },
          ]}
        />
      </section>

      <section className={styles.section} aria-labelledby="procedure-documents">
        <h2 id="procedure-documents">{t('documentsTitle')}</h2>
        <DataTable
          caption={t('documentsCaption')}
          rows={procedure.requiredDocuments}
          rowKey={(row, index) => `${index}-${row.nameVi}`}
          emptyText={t('noDocuments')}
          columns={[
            { key: 'name', header: t('colDocument'), rowHeader: true, cell: (row) => <span lang="vi">{row.nameVi}</span> },
            { key: 'copies', header: t('colCopies'), numeric: true, cell: (row) => t('copies', { count: row.copies }) },
            { key: 'note', header: t('colNote'), cell: (row) => (row.note ? <span lang="vi">{row.note}</span> : '—') },
          ]}
        />
      </section>

      <section className={styles.section} aria-labelledby="procedure-steps">
        <h2 id="procedure-steps">{t('stepsTitle')}</h2>
        <ol lang="vi">
          {procedure.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      </section>

      <section className={styles.section} aria-labelledby="procedure-legal">
        <h2 id="procedure-legal">{t('legalTitle')}</h2>
        <ul lang="vi">
          {procedure.legalBasis.map((basis) => (
            <li key={basis.reference}>
              {basis.title} {basis.reference}
              {basis.issuedOn && <span lang={language}> ({t('issuedOn', { date: format.date(basis.issuedOn) })})</span>}
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="procedure-apply">
        <h2 id="procedure-apply">{t('applyTitle')}</h2>
        {!procedure.nationalPortalUrl && <p>{t('applyNotPublished')}</p>}
        <p>
          <Link href={procedure.nationalPortalUrl ?? NATIONAL_PORTAL_URL} external>
            {t('applyOnPortal')}
          </Link>
        </p>
        <p>
          <Link href={href(paths.lookup())}>{t('lookupLink')}</Link>
        </p>
      </section>
    </>
  );
}

/** A procedure with the national portal's fields, and where to apply. */
export function ProcedurePage({ code }: { code: string }) {
  const { t, href } = useProceduresI18n();
  const alertLabels = useAlertLabels();
  const { data, loading, error, refetch } = useQuery(PROCEDURE_QUERY, { variables: { code } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadFailed onRetry={() => void refetch()} />;
  if (!data?.procedure) {
    return (
      <>
        <h1>{t('notFoundTitle')}</h1>
        <Alert variant="warning" labels={alertLabels}>
          <p>{t('procedureNotFound', { code })}</p>
        </Alert>
        <p>
          <Link href={href(paths.catalogue)}>{t('backToCatalogue')}</Link>
        </p>
      </>
    );
  }
  return <ProcedureDetails procedure={data.procedure} />;
}
