import { useMutation, useQuery } from '@apollo/client/react';
import {
  DOSSIER_RECEIVE_MUTATION,
  DOSSIERS_QUERY,
  PROCEDURES_QUERY,
  type ChannelValue,
  type DossierFields,
  type DossierStateValue,
} from '@egov/client-operations/procedures';
import { useLocation, useRouter } from '@egov/routing';
import { Alert, Button, DataTable, FormField, Link, Select, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { LoadFailed, Loading, useAlertLabels } from '../pages/common';
import { TimelinessText } from '../pages/lookup-page';
import * as styles from '../procedures.module.css';
import { paths } from '../routes';
import { sortChannels } from '../view/procedure-terms';
import type { FieldSpecs } from './form-errors';
import { emptyReceiveForm, validateReceiveForm, type ReceiveFormValues } from './forms';
import { useFormOutcome, useOfficerI18n } from './use-officer';

const allStates: DossierStateValue[] = [
  'NEW',
  'RECEIVED',
  'NOT_ACCEPTED',
  'PROCESSING',
  'SUPPLEMENT_REQUESTED',
  'FINANCIAL_OBLIGATION',
  'WITHDRAWAL_REQUESTED',
  'STOPPED',
  'PROCESSED',
  'RETURNED',
];

const specs = {
  procedureCode: { id: 'receive-procedure', message: 'errProcedure' },
  channel: { id: 'receive-channel', message: 'errChannel' },
  'applicant.fullName': { id: 'receive-name', message: 'errFullName' },
  'applicant.idNumber': { id: 'receive-id', message: 'errIdNumber' },
  'applicant.phone': { id: 'receive-phone', message: 'errPhone' },
  'applicant.email': { id: 'receive-email', message: 'errEmail' },
  'applicant.address': { id: 'receive-address', message: 'errAddress' },
} satisfies FieldSpecs;

function ReceiveForm() {
  const { o, t, format, href, language } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const procedures = useQuery(PROCEDURES_QUERY, { variables: { first: 100 } });
  const [receive, { loading }] = useMutation(DOSSIER_RECEIVE_MUTATION, { refetchQueries: ['Dossiers'] });
  const [values, setValues] = useState<ReceiveFormValues>(emptyReceiveForm);
  const outcome = useFormOutcome(specs, 'receive-procedure');
  const [done, setDone] = useState<DossierFields | null>(null);

  const chosen = procedures.data?.procedures.nodes.find((procedure) => procedure.code === values.procedureCode);
  const channels = chosen ? sortChannels(chosen.channels).map((entry) => entry.channel) : (['IN_PERSON', 'ONLINE', 'POSTAL'] as ChannelValue[]);
  const set = (field: keyof ReceiveFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!outcome.begin(validateReceiveForm(values))) return;
    try {
      const { data } = await receive({
        variables: {
          input: {
            procedureCode: values.procedureCode,
            channel: values.channel as ChannelValue,
            applicant: {
              fullName: values.fullName.trim(),
              idNumber: values.idNumber.trim(),
              phone: values.phone.replace(/[\s.]/g, ''),
              email: values.email.trim() || null,
              address: values.address.trim(),
            },
          },
        },
      });
      const payload = data?.dossierReceive;
      if (payload?.userErrors.length) outcome.refuse(payload.userErrors);
      else if (payload?.dossier) {
        setDone(payload.dossier);
        setValues(emptyReceiveForm);
      }
    } catch {
      outcome.fail();
    }
  };

  const { field } = outcome;
  return (
    <section aria-labelledby="receive-heading">
      <h2 id="receive-heading">{o('receiveTitle')}</h2>
      <p>{o('receiveIntro')}</p>
      {done && (
        <Alert variant="success" labels={alertLabels}>
          <p>{o('received', { code: done.code, date: format.date(done.dueOn) })}</p>
          <p>
            <Link href={href(paths.officerDossier(done.code))}>{o('openDossier', { code: done.code })}</Link>
          </p>
        </Alert>
      )}
      {outcome.failed && (
        <Alert variant="error" labels={alertLabels}>
          <p>{o('failed')}</p>
        </Alert>
      )}
      {outcome.summary}
      <form onSubmit={submit} noValidate>
        <FormField label={o('procedure')} {...field('procedureCode')}>
          {(control) => (
            <Select {...control} value={values.procedureCode} onChange={set('procedureCode')}>
              <option value="">{o('choose')}</option>
              {procedures.data?.procedures.nodes.map((procedure) => (
                <option key={procedure.code} value={procedure.code}>
                  {procedure.code} — {language === 'en' ? procedure.nameEn : procedure.nameVi}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label={o('channel')} {...field('channel')}>
          {(control) => (
            <Select {...control} value={values.channel} onChange={set('channel')}>
              <option value="">{o('choose')}</option>
              {channels.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`channel_${channel}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <fieldset className={styles.filters}>
          <legend>{o('applicantTitle')}</legend>
          <FormField label={o('fullName')} {...field('applicant.fullName')}>
            {(control) => <TextInput {...control} autoComplete="off" value={values.fullName} onChange={set('fullName')} />}
          </FormField>
          <FormField label={o('idNumber')} hint={o('idNumberHint')} {...field('applicant.idNumber')}>
            {(control) => <TextInput {...control} inputMode="numeric" autoComplete="off" value={values.idNumber} onChange={set('idNumber')} />}
          </FormField>
          <FormField label={o('phone')} hint={o('phoneHint')} {...field('applicant.phone')}>
            {(control) => <TextInput {...control} type="tel" autoComplete="off" value={values.phone} onChange={set('phone')} />}
          </FormField>
          <FormField label={o('email')} {...field('applicant.email')}>
            {(control) => <TextInput {...control} type="email" autoComplete="off" value={values.email} onChange={set('email')} />}
          </FormField>
          <FormField label={o('address')} {...field('applicant.address')}>
            {(control) => <TextInput {...control} autoComplete="off" value={values.address} onChange={set('address')} />}
          </FormField>
        </fieldset>
        <div className={styles.actions}>
          <Button type="submit" loading={loading}>
            {o('receiveSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function DossierList() {
  const { o, t, format, href, language } = useOfficerI18n();
  const location = useLocation();
  const router = useRouter();
  const stateParam = new URLSearchParams(location.search).get('trang-thai');
  const state = allStates.find((value) => value.toLowerCase() === stateParam) ?? null;
  const { data, loading, error, refetch } = useQuery(DOSSIERS_QUERY, { variables: { filter: { state }, first: 100 }, fetchPolicy: 'cache-and-network' });

  return (
    <section aria-labelledby="dossier-list-heading">
      <h2 id="dossier-list-heading">{o('listTitle')}</h2>
      <FormField id="dossier-state-filter" label={o('stateFilter')}>
        {(control) => (
          <Select
            {...control}
            value={state ?? ''}
            onChange={(event) => router.navigate(href(`${paths.officerDossiers}${event.target.value ? `?trang-thai=${event.target.value.toLowerCase()}` : ''}`), { replace: true })}
          >
            <option value="">{o('allStates')}</option>
            {allStates.map((value) => (
              <option key={value} value={value}>
                {o(`state_${value}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {loading && !data && <Loading />}
      {error && !data && <LoadFailed onRetry={() => void refetch()} />}
      {data && (
        <DataTable
          caption={o('dossiersCaption')}
          rows={data.dossiers.nodes}
          rowKey={(row) => row.code}
          emptyText={o('noDossiers')}
          locale={language}
          columns={[
            { key: 'code', header: o('colCode'), rowHeader: true, cell: (row) => <Link href={href(paths.officerDossier(row.code))}>{row.code}</Link> },
            { key: 'procedure', header: o('colProcedure'), cell: (row) => row.procedure?.code ?? '—' },
            { key: 'channel', header: o('colChannel'), cell: (row) => t(`channel_${row.channel}`) },
            { key: 'received', header: o('colReceived'), cell: (row) => format.dateTime(row.receivedAt) },
            { key: 'due', header: o('colDue'), cell: (row) => format.date(row.dueOn) },
            { key: 'state', header: o('colState'), cell: (row) => (language === 'en' ? row.stateLabelEn : row.stateLabelVi) },
            { key: 'timeliness', header: o('colTimeliness'), cell: (row) => <TimelinessText dossier={row} /> },
          ]}
        />
      )}
    </section>
  );
}

/** The one-stop desk: receive a dossier through any channel, and the dossiers received. */
export function DossiersPage() {
  const { o } = useOfficerI18n();
  return (
    <>
      <h1>{o('dossiersTitle')}</h1>
      <ReceiveForm />
      <DossierList />
    </>
  );
}
