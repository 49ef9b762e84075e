import { useMutation, useQuery } from '@apollo/client/react';
import {
  SANCTION_DECISION_CHOICES_QUERY,
  SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION,
  SANCTION_DECISION_NODE_QUERY,
  type EnforcementStatusCode,
  type SanctionDecisionChoice,
  type SanctionDecisionRowFields,
} from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { useSearchParam } from '@egov/routing';
import { Alert, Button, Link, Select, Skeleton } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { useInspections } from '../remote-context';
import { Field, StaffFormPage, useFormProblems } from './form-kit';
import { forgetRegister } from './forget-register';
import { nextEnforcementStatuses, serverProblems } from './forms';
import * as formStyles from './staff.module.css';
import { staffMessages } from './staff-messages';

const ids = { decision: 'tt-decision', status: 'tt-enforcement' } as const;

/** Moves a fine on (paid, enforced, appealed, back to pending after an appeal); `?qd=<id>` chooses the decision. */
export function EnforcementPage() {
  const { t, language, format } = useI18n(staffMessages);
  const labels = useI18n(inspectionsMessages).t;
  const { basePath } = useInspections();
  const chosen = useSearchParam('qd') ?? '';
  const [decisionId, setDecisionId] = useState(chosen);
  const [status, setStatus] = useState<EnforcementStatusCode | ''>('');
  const [saved, setSaved] = useState<SanctionDecisionRowFields | null>(null);
  const problems = useFormProblems();
  const register = useQuery(SANCTION_DECISION_CHOICES_QUERY, { fetchPolicy: 'network-only' });
  // A decision named in the address but older than the latest 50 is read on its own.
  const listed = [...(register.data?.pending.nodes ?? []), ...(register.data?.appealed.nodes ?? [])].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
  const named = useQuery(SANCTION_DECISION_NODE_QUERY, {
    variables: { id: chosen },
    skip: !chosen || !register.data || listed.some((decision) => decision.id === chosen),
    fetchPolicy: 'network-only',
  });
  const [update, { loading }] = useMutation(SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION, { update: forgetRegister });

  const namedDecision = named.data?.node && 'number' in named.data.node ? (named.data.node as SanctionDecisionChoice) : null;
  const open = [...listed, ...(namedDecision ? [namedDecision] : [])].filter((decision) => nextEnforcementStatuses[decision.enforcementStatus].length > 0);
  const decision = open.find((candidate) => candidate.id === decisionId) ?? null;
  const next = decision ? nextEnforcementStatuses[decision.enforcementStatus] : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) return problems.report([{ fieldId: ids.decision, key: 'errDecisionRequired' }]);
    if (!status || !next.includes(status)) return problems.report([{ fieldId: ids.status, key: 'errEnforcementRequired' }]);
    problems.report([]);
    try {
      const { data } = await update({ variables: { input: { id: decision.id, version: decision.version, enforcementStatus: status } } });
      const payload = data?.sanctionDecisionEnforcementUpdate;
      if (payload?.userErrors.length) {
        problems.report(serverProblems(payload.userErrors, (path) => (path[0] === 'enforcementStatus' ? ids.status : ids.decision), ids.decision));
        if (payload.userErrors.some((error) => error.code === 'CONFLICT')) {
          void register.refetch();
          if (namedDecision) void named.refetch();
        }
        return;
      }
      if (payload?.sanctionDecision) setSaved(payload.sanctionDecision);
    } catch {
      problems.report([{ fieldId: ids.decision, key: 'errNetwork' }]);
    }
  }

  if (saved) {
    return (
      <div className={styles.page}>
        <h1>{t('enforcementTitle')}</h1>
        <Alert variant="success" title={t('enforcementSaved', { number: saved.number, status: labels(`enforcement_${saved.enforcementStatus}`) })}>
          <p>
            <Link href={withLanguage(basePath, language)}>{t('viewRegister')}</Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <StaffFormPage title={t('enforcementTitle')}>
      {register.error && <Alert variant="error">{t('loadError')}</Alert>}
      {!register.data && !register.error ? (
        <Skeleton lines={4} />
      ) : (
        <>
          {problems.summary}
          <form className={formStyles.form} onSubmit={submit} noValidate>
            <Field id={ids.decision} label={t('decisionChoice')} error={problems.errorOf(ids.decision)}>
              {(control) => (
                <Select
                  {...control}
                  value={decisionId}
                  onChange={(e) => {
                    setDecisionId(e.target.value);
                    setStatus('');
                  }}
                >
                  <option value="">{t('choose')}</option>
                  {open.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.number} · {format.date(candidate.issuedOn)} · {format.money(candidate.fineVnd)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            {decision && <p>{t('currentStatus', { status: labels(`enforcement_${decision.enforcementStatus}`) })}</p>}
            <Field id={ids.status} label={t('enforcementStatus')} error={problems.errorOf(ids.status)}>
              {(control) => (
                <Select {...control} value={status} onChange={(e) => setStatus(e.target.value as EnforcementStatusCode | '')}>
                  <option value="">{t('choose')}</option>
                  {next.map((code) => (
                    <option key={code} value={code}>
                      {labels(`enforcement_${code}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div>
              <Button type="submit" loading={loading} loadingText={t('saving')}>
                {t('save')}
              </Button>
            </div>
          </form>
        </>
      )}
    </StaffFormPage>
  );
}
