import { useMutation } from '@apollo/client/react';
import { INSPECTION_RECORD_MUTATION, type InspectionRowFields, type SubjectKindCode } from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { Alert, Button, Link, Select, TextArea, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { fieldCodes, statusCodes } from '../register-filters';
import { useInspections } from '../remote-context';
import { pageHref } from '../routes';
import { Field, RepeatedRows, StaffFormPage, useFormProblems } from './form-kit';
import { forgetRegister } from './forget-register';
import { emptyInspectionForm, inspectionIdOf, inspectionIds, inspectionInput, inspectionProblems, serverProblems, type InspectionForm } from './forms';
import * as formStyles from './staff.module.css';
import { staffMessages } from './staff-messages';

const subjectKinds: readonly SubjectKindCode[] = ['ORGANISATION', 'INDIVIDUAL'];

/** Records an inspection or check; when recorded as concluded, with its conclusion. */
export function InspectionFormPage() {
  const { t, language } = useI18n(staffMessages);
  const labels = useI18n(inspectionsMessages).t;
  const { basePath } = useInspections();
  const [form, setForm] = useState<InspectionForm>(emptyInspectionForm);
  const [saved, setSaved] = useState<InspectionRowFields | null>(null);
  const problems = useFormProblems();
  const [record, { loading }] = useMutation(INSPECTION_RECORD_MUTATION, { update: forgetRegister });

  const set = <K extends keyof InspectionForm>(key: K, value: InspectionForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = inspectionProblems(form);
    problems.report(found);
    if (found.length) return;
    try {
      const { data } = await record({ variables: { input: inspectionInput(form) } });
      const payload = data?.inspectionRecord;
      if (payload?.userErrors.length) return problems.report(serverProblems(payload.userErrors, inspectionIdOf, inspectionIds.decisionNumber));
      if (payload?.inspection) setSaved(payload.inspection);
    } catch {
      problems.report([{ fieldId: inspectionIds.decisionNumber, key: 'errNetwork' }]);
    }
  }

  if (saved) {
    return (
      <div className={styles.page}>
        <h1>{t('recordInspectionTitle')}</h1>
        <Alert variant="success" title={t('inspectionSaved', { number: saved.decisionNumber })}>
          <ul className={styles.plainList}>
            {saved.status !== 'CONCLUDED' && (
              <li>
                <Link href={withLanguage(pageHref(basePath, 'conclude', { cuoc: saved.id }), language)}>{t('nextConclude')}</Link>
              </li>
            )}
            {saved.status !== 'PLANNED' && (
              <li>
                <Link href={withLanguage(pageHref(basePath, 'record-decision', { cuoc: saved.id }), language)}>{t('nextDecide')}</Link>
              </li>
            )}
            <li>
              <Link href={withLanguage(basePath, language)}>{t('viewRegister')}</Link>
            </li>
          </ul>
        </Alert>
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setForm(emptyInspectionForm());
              setSaved(null);
              problems.report([]);
            }}
          >
            {t('recordAnother')}
          </Button>
        </p>
      </div>
    );
  }

  const ids = inspectionIds;
  return (
    <StaffFormPage title={t('recordInspectionTitle')}>
      {problems.summary}
      <form className={formStyles.form} onSubmit={submit} noValidate>
        <Field id={ids.decisionNumber} label={t('decisionNumber')} hint={t('decisionNumberHint')} error={problems.errorOf(ids.decisionNumber)}>
          {(control) => <TextInput {...control} value={form.decisionNumber} onChange={(e) => set('decisionNumber', e.target.value)} autoComplete="off" />}
        </Field>
        <div className={formStyles.row}>
          <Field id={ids.activity} label={t('activity')} error={problems.errorOf(ids.activity)}>
            {(control) => (
              <Select {...control} value={form.activity} onChange={(e) => set('activity', e.target.value as InspectionForm['activity'])}>
                <option value="">{t('choose')}</option>
                <option value="INSPECTION">{labels('activity_INSPECTION')}</option>
                <option value="CHECK">{labels('activity_CHECK')}</option>
              </Select>
            )}
          </Field>
          <Field id={ids.kind} label={t('kind')} error={problems.errorOf(ids.kind)}>
            {(control) => (
              <Select {...control} value={form.kind} onChange={(e) => set('kind', e.target.value as InspectionForm['kind'])}>
                <option value="">{t('choose')}</option>
                <option value="PLANNED">{labels('kind_PLANNED')}</option>
                <option value="AD_HOC">{labels('kind_AD_HOC')}</option>
              </Select>
            )}
          </Field>
          <Field id={ids.field} label={t('field')} error={problems.errorOf(ids.field)}>
            {(control) => (
              <Select {...control} value={form.field} onChange={(e) => set('field', e.target.value as InspectionForm['field'])}>
                <option value="">{t('choose')}</option>
                {fieldCodes.map((code) => (
                  <option key={code} value={code}>
                    {labels(`field_${code}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <fieldset className={formStyles.fieldset}>
          <legend>{t('subjectsLegend')}</legend>
          <RepeatedRows
            items={form.subjects}
            onChange={(subjects) => set('subjects', subjects)}
            blank={() => ({ name: '', kind: 'ORGANISATION' as const })}
            addLabel={t('addSubject')}
            removeLabel={(n) => t('removeSubject', { n })}
          >
            {(subject, index, update) => (
              <>
                <Field id={ids.subjectName(index)} label={t('subjectName', { n: index + 1 })} error={problems.errorOf(ids.subjectName(index))}>
                  {(control) => <TextInput {...control} value={subject.name} onChange={(e) => update({ name: e.target.value })} />}
                </Field>
                <Field id={ids.subjectKind(index)} label={t('subjectKind', { n: index + 1 })} error={problems.errorOf(ids.subjectKind(index))}>
                  {(control) => (
                    <Select {...control} value={subject.kind} onChange={(e) => update({ kind: e.target.value as SubjectKindCode })}>
                      {subjectKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {labels(`subject_${kind}`)}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
              </>
            )}
          </RepeatedRows>
        </fieldset>

        <div className={formStyles.row}>
          <Field id={ids.startedOn} label={t('startedOn')} error={problems.errorOf(ids.startedOn)}>
            {(control) => <TextInput {...control} type="date" value={form.startedOn} onChange={(e) => set('startedOn', e.target.value)} />}
          </Field>
          <Field id={ids.endedOn} label={`${t('endedOn')} ${t('optional')}`} hint={t('endedOnHint')} error={problems.errorOf(ids.endedOn)}>
            {(control) => <TextInput {...control} type="date" value={form.endedOn} onChange={(e) => set('endedOn', e.target.value)} />}
          </Field>
          <Field id={ids.status} label={t('status')} error={problems.errorOf(ids.status)}>
            {(control) => (
              <Select {...control} value={form.status} onChange={(e) => set('status', e.target.value as InspectionForm['status'])}>
                {statusCodes.map((code) => (
                  <option key={code} value={code}>
                    {labels(`status_${code}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        {form.status === 'CONCLUDED' && (
          <>
            <Field id={ids.conclusionVi} label={t('conclusionVi')} error={problems.errorOf(ids.conclusionVi)}>
              {(control) => <TextArea {...control} value={form.conclusionVi} onChange={(e) => set('conclusionVi', e.target.value)} lang="vi" />}
            </Field>
            <Field id={ids.concludedOn} label={t('concludedOn')} error={problems.errorOf(ids.concludedOn)}>
              {(control) => <TextInput {...control} type="date" value={form.concludedOn} onChange={(e) => set('concludedOn', e.target.value)} />}
            </Field>
          </>
        )}
        <p className={styles.muted}>{t('leadUnit')}</p>
        <div>
          <Button type="submit" loading={loading} loadingText={t('saving')}>
            {t('save')}
          </Button>
        </div>
      </form>
    </StaffFormPage>
  );
}
