import { useMutation, useQuery } from '@apollo/client/react';
import { DOSSIER_QUERY, DOSSIER_TRANSITION_MUTATION, type ChannelValue, type DossierFields, type DossierStateValue } from '@egov/client-operations/procedures';
import { Alert, Button, DataTable, FormField, Link, Select, TextArea, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { LoadFailed, Loading, useAlertLabels } from '../pages/common';
import { TimelinessText } from '../pages/lookup-page';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { todayInVietnam } from '../view/dossier-view';
import type { FieldSpecs } from './form-errors';
import { emptyTransitionForm, validateTransitionForm, type TransitionFormValues } from './forms';
import { useFormOutcome, useOfficerI18n } from './use-officer';

const specs = {
  to: { id: 'move-to', message: 'errTo' },
  'supplement.reason': { id: 'move-reason', message: 'errReason' },
  'supplement.deadline': { id: 'move-deadline', message: 'errDeadline' },
  returnChannel: { id: 'move-return', message: 'errReturnChannel' },
} satisfies FieldSpecs;
const returnChannels: ChannelValue[] = ['IN_PERSON', 'ONLINE', 'POSTAL'];

function MoveForm({ dossier, onConflict }: { dossier: DossierFields; onConflict: () => void }) {
  const { o } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const [transition, { loading }] = useMutation(DOSSIER_TRANSITION_MUTATION);
  const [values, setValues] = useState<TransitionFormValues>(emptyTransitionForm);
  const outcome = useFormOutcome(specs, 'move-to');
  const [moved, setMoved] = useState<DossierStateValue | null>(null);
  const set = (field: keyof TransitionFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMoved(null);
    if (!outcome.begin(validateTransitionForm(values, dossier.allowedNext, todayInVietnam()))) return;
    const to = values.to as DossierStateValue;
    try {
      const { data } = await transition({
        variables: {
          input: {
            code: dossier.code,
            version: dossier.version,
            to,
            note: values.note.trim() || null,
            ...(to === 'SUPPLEMENT_REQUESTED' ? { supplement: { reason: values.reason.trim(), deadline: values.deadline } } : {}),
            ...(to === 'RETURNED' ? { returnChannel: values.returnChannel as ChannelValue } : {}),
          },
        },
      });
      const payload = data?.dossierTransition;
      if (payload?.userErrors.length) {
        outcome.refuse(payload.userErrors);
        // A stale version: read the dossier again, keep what the officer typed.
        if (payload.userErrors.some((error) => error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION')) onConflict();
      } else if (payload?.dossier) {
        setMoved(to);
        setValues(emptyTransitionForm);
      }
    } catch {
      outcome.fail();
    }
  };

  const { field } = outcome;
  return (
    <section aria-labelledby="move-heading">
      <h2 id="move-heading">{o('moveTitle')}</h2>
      {moved && (
        <Alert variant="success" labels={alertLabels}>
          <p>{o('moved', { state: o(`state_${moved}`) })}</p>
        </Alert>
      )}
      {outcome.failed && (
        <Alert variant="error" labels={alertLabels}>
          <p>{o('failed')}</p>
        </Alert>
      )}
      {dossier.allowedNext.length === 0 ? (
        <p>{o('finalState')}</p>
      ) : (
        <>
          {outcome.summary}
          <form onSubmit={submit} noValidate>
            <FormField label={o('nextState')} {...field('to')}>
              {(control) => (
                <Select {...control} value={values.to} onChange={set('to')}>
                  <option value="">{o('choose')}</option>
                  {dossier.allowedNext.map((state) => (
                    <option key={state} value={state}>
                      {o(`state_${state}`)}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            {values.to === 'SUPPLEMENT_REQUESTED' && (
              <>
                <FormField label={o('reason')} {...field('supplement.reason')}>
                  {(control) => <TextArea {...control} rows={3} value={values.reason} onChange={set('reason')} />}
                </FormField>
                <FormField label={o('deadline')} {...field('supplement.deadline')}>
                  {(control) => <TextInput {...control} type="date" value={values.deadline} onChange={set('deadline')} />}
                </FormField>
              </>
            )}
            {values.to === 'RETURNED' && (
              <FormField label={o('returnChannel')} {...field('returnChannel')}>
                {(control) => (
                  <Select {...control} value={values.returnChannel} onChange={set('returnChannel')}>
                    <option value="">{o('choose')}</option>
                    {returnChannels.map((channel) => (
                      <option key={channel} value={channel}>
                        {o(`returnBy_${channel}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            )}
            <FormField id="move-note" label={o('note')}>
              {(control) => <TextArea {...control} rows={2} value={values.note} onChange={set('note')} />}
            </FormField>
            <div className={styles.actions}>
              <Button type="submit" loading={loading}>
                {o('moveSubmit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function DossierDetails({ dossier, onConflict }: { dossier: DossierFields; onConflict: () => void }) {
  const { o, t, format, href, language } = useOfficerI18n();
  return (
    <>
      <h1>{o('dossierTitle', { code: dossier.code })}</h1>
      <dl className={styles.details}>
        <dt>{o('procedure')}</dt>
        <dd>{dossier.procedure ? `${dossier.procedure.code} — ${language === 'en' ? dossier.procedure.nameEn : dossier.procedure.nameVi}` : '—'}</dd>
        <dt>{o('channel')}</dt>
        <dd>{t(`channel_${dossier.channel}`)}</dd>
        {dossier.returnChannel && (
          <>
            <dt>{o('returnChannel')}</dt>
            <dd>{t(`channel_${dossier.returnChannel}`)}</dd>
          </>
        )}
        <dt>{t('dossierReceivedAt')}</dt>
        <dd>{format.dateTime(dossier.receivedAt)}</dd>
        <dt>{t('dossierDueOn')}</dt>
        <dd>{format.date(dossier.dueOn)}</dd>
        <dt>{t('dossierState')}</dt>
        <dd>
          <strong>{language === 'en' ? dossier.stateLabelEn : dossier.stateLabelVi}</strong>
        </dd>
        {dossier.supplement && (
          <>
            <dt>{o('supplementRequest')}</dt>
            <dd>
              {dossier.supplement.reason} ({t('supplementDeadline')}: {format.date(dossier.supplement.deadline)})
            </dd>
          </>
        )}
        <dt>{t('timeliness')}</dt>
        <dd>
          <TimelinessText dossier={dossier} />
        </dd>
      </dl>
      <p>
        <Link href={href(paths.lookup(dossier.code))}>{o('publicLookup')}</Link>
      </p>
      <section aria-labelledby="applicant-heading">
        <h2 id="applicant-heading">{o('applicantData')}</h2>
        <dl className={styles.details}>
          <dt>{o('fullName')}</dt>
          <dd>{dossier.applicant.fullName}</dd>
          <dt>{o('idNumber')}</dt>
          <dd>{dossier.applicant.idNumber}</dd>
          <dt>{o('phone')}</dt>
          <dd>{dossier.applicant.phone}</dd>
          {dossier.applicant.email && (
            <>
              <dt>{o('email')}</dt>
              <dd>{dossier.applicant.email}</dd>
            </>
          )}
          <dt>{o('address')}</dt>
          <dd>{dossier.applicant.address}</dd>
        </dl>
      </section>
      <MoveForm dossier={dossier} onConflict={onConflict} />
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{o('historyTitle')}</h2>
        <DataTable
          caption={o('historyCaption')}
          rows={dossier.history}
          rowKey={(row, index) => `${index}-${row.at}`}
          emptyText={o('noHistory')}
          columns={[
            { key: 'at', header: o('colAt'), rowHeader: true, cell: (row) => format.dateTime(row.at) },
            { key: 'move', header: o('colMove'), cell: (row) => `${o(`state_${row.from}`)} → ${o(`state_${row.to}`)}` },
            { key: 'actor', header: o('colActor'), cell: (row) => row.actor },
            {
              key: 'note',
              header: o('colNote'),
              cell: (row) => [row.note, row.supplement ? `${row.supplement.reason} (${format.date(row.supplement.deadline)})` : null].filter(Boolean).join(' · ') || '—',
            },
          ]}
        />
      </section>
      <p>
        <Link href={href(paths.officerDossiers)}>{o('backToDossiers')}</Link>
      </p>
    </>
  );
}

/** One dossier for a licensing officer: the applicant, the history, and the moves allowed from here. */
export function DossierPage({ code }: { code: string }) {
  const { o, href } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const { data, loading, error, refetch } = useQuery(DOSSIER_QUERY, { variables: { code }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadFailed onRetry={() => void refetch()} />;
  if (!data?.dossier) {
    return (
      <>
        <h1>{o('dossierTitle', { code })}</h1>
        <Alert variant="warning" labels={alertLabels}>
          <p>{o('notFound', { code })}</p>
        </Alert>
        <p>
          <Link href={href(paths.officerDossiers)}>{o('backToDossiers')}</Link>
        </p>
      </>
    );
  }
  return <DossierDetails dossier={data.dossier} onConflict={() => void refetch()} />;
}
