import { useMutation, useQuery } from '@apollo/client/react';
import { LICENCE_ISSUE_MUTATION, LICENCE_REVOKE_MUTATION, LICENCES_QUERY, type LicenceFields, type LicenceTypeValue } from '@egov/client-operations/procedures';
import { Alert, Button, DataTable, FormField, Select, TextArea, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { LoadFailed, Loading, useAlertLabels } from '../pages/common';
import { useLicenceColumns } from '../pages/licences-page';
import * as styles from '../procedures.module.css';
import { todayInVietnam } from '../view/dossier-view';
import { licenceTypeSlugs } from '../view/url-state';
import type { FieldSpecs } from './form-errors';
import { emptyLicenceForm, validateLicenceForm, validateRevokeForm, type LicenceFormValues } from './forms';
import { useFormOutcome, useOfficerI18n } from './use-officer';

const types = Object.keys(licenceTypeSlugs) as LicenceTypeValue[];
const issueSpecs = {
  type: { id: 'issue-type', message: 'errLicenceType' },
  number: { id: 'issue-number', message: 'errLicenceNumber' },
  holderName: { id: 'issue-holder', message: 'errHolder' },
  subjectVi: { id: 'issue-subject', message: 'errSubject' },
  issuedOn: { id: 'issue-issued', message: 'errIssuedOn' },
  validFrom: { id: 'issue-from', message: 'errValidFrom' },
  validUntil: { id: 'issue-until', message: 'errValidUntil' },
} satisfies FieldSpecs;
const revokeSpecs = {
  revokedOn: { id: 'revoke-on', message: 'errRevokedOn' },
  reason: { id: 'revoke-reason', message: 'errRevokeReason' },
} satisfies FieldSpecs;

function IssueForm() {
  const { o, t } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const [issue, { loading }] = useMutation(LICENCE_ISSUE_MUTATION, { refetchQueries: ['Licences'] });
  const [values, setValues] = useState<LicenceFormValues>(() => emptyLicenceForm(todayInVietnam()));
  const outcome = useFormOutcome(issueSpecs, 'issue-type');
  const [issued, setIssued] = useState<string | null>(null);
  const set = (field: keyof LicenceFormValues) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    if (!outcome.begin(validateLicenceForm(values))) return;
    try {
      const { data } = await issue({
        variables: {
          input: {
            type: values.type as LicenceTypeValue,
            number: values.number.trim(),
            holderName: values.holderName.trim(),
            holderAddress: values.holderAddress.trim() || null,
            subjectVi: values.subjectVi.trim(),
            issuedOn: values.issuedOn,
            validFrom: values.validFrom || null,
            validUntil: values.validUntil || null,
          },
        },
      });
      const payload = data?.licenceIssue;
      if (payload?.userErrors.length) outcome.refuse(payload.userErrors);
      else if (payload?.licence) {
        setIssued(payload.licence.number);
        setValues(emptyLicenceForm(todayInVietnam()));
      }
    } catch {
      outcome.fail();
    }
  };

  const { field } = outcome;
  return (
    <section aria-labelledby="issue-heading">
      <h2 id="issue-heading">{o('issueTitle')}</h2>
      {issued && (
        <Alert variant="success" labels={alertLabels}>
          <p>{o('issued', { number: issued })}</p>
        </Alert>
      )}
      {outcome.failed && (
        <Alert variant="error" labels={alertLabels}>
          <p>{o('failed')}</p>
        </Alert>
      )}
      {outcome.summary}
      <form onSubmit={submit} noValidate>
        <FormField label={o('licenceType')} {...field('type')}>
          {(control) => (
            <Select {...control} value={values.type} onChange={set('type')}>
              <option value="">{o('choose')}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {t(`licenceType_${type}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField label={o('licenceNumber')} hint={o('licenceNumberHint')} {...field('number')}>
          {(control) => <TextInput {...control} autoComplete="off" value={values.number} onChange={set('number')} />}
        </FormField>
        <FormField label={o('holderName')} {...field('holderName')}>
          {(control) => <TextInput {...control} autoComplete="off" value={values.holderName} onChange={set('holderName')} />}
        </FormField>
        <FormField id="issue-address" label={o('holderAddress')}>
          {(control) => <TextInput {...control} autoComplete="off" value={values.holderAddress} onChange={set('holderAddress')} />}
        </FormField>
        <FormField label={o('subject')} hint={o('subjectHint')} {...field('subjectVi')}>
          {(control) => <TextArea {...control} rows={2} value={values.subjectVi} onChange={set('subjectVi')} />}
        </FormField>
        <FormField label={o('issuedOn')} {...field('issuedOn')}>
          {(control) => <TextInput {...control} type="date" value={values.issuedOn} onChange={set('issuedOn')} />}
        </FormField>
        <FormField label={o('validFrom')} {...field('validFrom')}>
          {(control) => <TextInput {...control} type="date" value={values.validFrom} onChange={set('validFrom')} />}
        </FormField>
        <FormField label={o('validUntil')} {...field('validUntil')}>
          {(control) => <TextInput {...control} type="date" value={values.validUntil} onChange={set('validUntil')} />}
        </FormField>
        <div className={styles.actions}>
          <Button type="submit" loading={loading}>
            {o('issueSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function RevokeForm({ licence, onDone, onCancel }: { licence: LicenceFields; onDone: (number: string) => void; onCancel: () => void }) {
  const { o } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const [revoke, { loading }] = useMutation(LICENCE_REVOKE_MUTATION, { refetchQueries: ['Licences'] });
  const [values, setValues] = useState({ revokedOn: todayInVietnam(), reason: '' });
  const outcome = useFormOutcome(revokeSpecs, 'revoke-on');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!outcome.begin(validateRevokeForm(values, licence.issuedOn))) return;
    try {
      const { data } = await revoke({ variables: { input: { id: licence.id, version: licence.version, revokedOn: values.revokedOn, reason: values.reason.trim() } } });
      const payload = data?.licenceRevoke;
      if (payload?.userErrors.length) outcome.refuse(payload.userErrors);
      else if (payload?.licence) onDone(payload.licence.number);
    } catch {
      outcome.fail();
    }
  };

  const { field } = outcome;
  return (
    <section aria-labelledby="revoke-heading">
      <h2 id="revoke-heading">{o('revokeLicence', { number: licence.number })}</h2>
      {outcome.failed && (
        <Alert variant="error" labels={alertLabels}>
          <p>{o('failed')}</p>
        </Alert>
      )}
      {outcome.summary}
      <form onSubmit={submit} noValidate>
        <FormField label={o('revokedOn')} {...field('revokedOn')}>
          {(control) => <TextInput {...control} type="date" value={values.revokedOn} onChange={(event) => setValues({ ...values, revokedOn: event.target.value })} />}
        </FormField>
        <FormField label={o('revokeReason')} {...field('reason')}>
          {(control) => <TextArea {...control} rows={2} value={values.reason} onChange={(event) => setValues({ ...values, reason: event.target.value })} />}
        </FormField>
        <div className={styles.actions}>
          <Button type="submit" variant="danger" loading={loading}>
            {o('revokeSubmit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {o('cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** Issuing licences into the register and revoking them (licensing officers). */
export function LicencesAdminPage() {
  const { o, t, language } = useOfficerI18n();
  const alertLabels = useAlertLabels();
  const columns = useLicenceColumns();
  const { data, loading, error, refetch } = useQuery(LICENCES_QUERY, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const [revoking, setRevoking] = useState<LicenceFields | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  return (
    <>
      <h1>{o('licencesTitle')}</h1>
      <IssueForm />
      <section aria-labelledby="register-heading">
        <h2 id="register-heading">{o('registerTitle')}</h2>
        {revoked && (
          <Alert variant="success" labels={alertLabels}>
            <p>{o('revoked', { number: revoked })}</p>
          </Alert>
        )}
        {loading && !data && <Loading />}
        {error && !data && <LoadFailed onRetry={() => void refetch()} />}
        {data && (
          <DataTable
            caption={t('licencesCaption')}
            rows={data.licences.nodes}
            rowKey={(row) => row.id}
            emptyText={t('noLicences')}
            locale={language}
            columns={[
              ...columns,
              {
                key: 'actions',
                header: o('colActions'),
                cell: (row) =>
                  row.revokedOn ? null : (
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={o('revokeLicence', { number: row.number })}
                      onClick={() => {
                        setRevoked(null);
                        setRevoking(row);
                      }}
                    >
                      {o('revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </section>
      {revoking && (
        <RevokeForm
          key={revoking.id}
          licence={revoking}
          onCancel={() => setRevoking(null)}
          onDone={(number) => {
            setRevoking(null);
            setRevoked(number);
          }}
        />
      )}
    </>
  );
}
