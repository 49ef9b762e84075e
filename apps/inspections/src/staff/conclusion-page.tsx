import { useMutation } from '@apollo/client/react';
import { INSPECTION_CONCLUDE_MUTATION, type InspectionRowFields } from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { useSearchParam } from '@egov/routing';
import { Alert, Button, Link, Select, Skeleton, TextArea, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { useInspections } from '../remote-context';
import { pageHref } from '../routes';
import { Field, StaffFormPage, useFormProblems } from './form-kit';
import { forgetRegister } from './forget-register';
import { useInspectionChoices } from './inspection-choices';
import { conclusionFormProblems, conclusionIdOf, conclusionIds, conclusionInput, serverProblems, type ConclusionForm } from './forms';
import * as formStyles from './staff.module.css';
import { staffMessages } from './staff-messages';

/** Records the conclusion of an inspection not yet concluded (`?cuoc=<id>` chooses it). */
export function ConclusionPage() {
  const { t, language, format } = useI18n(staffMessages);
  const labels = useI18n(inspectionsMessages).t;
  const { basePath } = useInspections();
  const chosen = useSearchParam('cuoc') ?? '';
  const choices = useInspectionChoices(chosen);
  const [form, setForm] = useState<ConclusionForm>({ inspectionId: chosen, conclusionVi: '', concludedOn: '', endedOn: '' });
  const [saved, setSaved] = useState<InspectionRowFields | null>(null);
  const problems = useFormProblems();
  const [conclude, { loading }] = useMutation(INSPECTION_CONCLUDE_MUTATION, { update: forgetRegister });

  const open = choices.inspections.filter((inspection) => inspection.status !== 'CONCLUDED');
  const inspection = open.find((candidate) => candidate.id === form.inspectionId) ?? null;
  const set = <K extends keyof ConclusionForm>(key: K, value: ConclusionForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = conclusionFormProblems(form, inspection);
    problems.report(found);
    if (found.length || !inspection) return;
    try {
      const { data } = await conclude({ variables: { input: conclusionInput(form, inspection.version) } });
      const payload = data?.inspectionConclude;
      if (payload?.userErrors.length) {
        problems.report(serverProblems(payload.userErrors, conclusionIdOf, conclusionIds.inspectionId));
        // A stale version: read the inspection again, so saving again uses the current one.
        if (payload.userErrors.some((error) => error.code === 'CONFLICT')) choices.refetch();
        return;
      }
      if (payload?.inspection) setSaved(payload.inspection);
    } catch {
      problems.report([{ fieldId: conclusionIds.inspectionId, key: 'errNetwork' }]);
    }
  }

  if (saved) {
    return (
      <div className={styles.page}>
        <h1>{t('concludeTitle')}</h1>
        <Alert variant="success" title={t('conclusionSaved', { number: saved.decisionNumber })}>
          <ul className={styles.plainList}>
            <li>
              <Link href={withLanguage(pageHref(basePath, 'record-decision', { cuoc: saved.id }), language)}>{t('nextDecide')}</Link>
            </li>
            <li>
              <Link href={withLanguage(basePath, language)}>{t('viewRegister')}</Link>
            </li>
          </ul>
        </Alert>
      </div>
    );
  }

  const ids = conclusionIds;
  return (
    <StaffFormPage title={t('concludeTitle')}>
      {choices.error && <Alert variant="error">{t('loadError')}</Alert>}
      {!choices.loaded && !choices.error ? (
        <Skeleton lines={5} />
      ) : (
        <>
          {problems.summary}
          <form className={formStyles.form} onSubmit={submit} noValidate>
            <Field id={ids.inspectionId} label={t('inspectionId')} error={problems.errorOf(ids.inspectionId)}>
              {(control) => (
                <Select {...control} value={form.inspectionId} onChange={(e) => set('inspectionId', e.target.value)}>
                  <option value="">{t('choose')}</option>
                  {open.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {t('inspectionChoice', { number: candidate.decisionNumber, field: labels(`field_${candidate.field}`), date: format.date(candidate.startedOn) })}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={ids.conclusionVi} label={t('conclusionVi')} error={problems.errorOf(ids.conclusionVi)}>
              {(control) => <TextArea {...control} value={form.conclusionVi} onChange={(e) => set('conclusionVi', e.target.value)} lang="vi" />}
            </Field>
            <div className={formStyles.row}>
              <Field id={ids.concludedOn} label={t('concludedOn')} error={problems.errorOf(ids.concludedOn)}>
                {(control) => <TextInput {...control} type="date" value={form.concludedOn} onChange={(e) => set('concludedOn', e.target.value)} />}
              </Field>
              <Field
                id={ids.endedOn}
                label={`${t('endedOn')} ${t('optional')}`}
                hint={inspection?.endedOn ? format.date(inspection.endedOn) : t('endedOnHint')}
                error={problems.errorOf(ids.endedOn)}
              >
                {(control) => <TextInput {...control} type="date" value={form.endedOn} onChange={(e) => set('endedOn', e.target.value)} />}
              </Field>
            </div>
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
