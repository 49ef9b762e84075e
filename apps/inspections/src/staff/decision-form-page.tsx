import { useMutation } from '@apollo/client/react';
import {
  SANCTION_DECISION_RECORD_MUTATION,
  type SanctionDecisionRowFields,
  type SubjectKindCode,
} from '@egov/client-operations/inspections';
import { useI18n, withLanguage } from '@egov/i18n';
import { fineInWords } from '@egov/inspections-model';
import { useSearchParam } from '@egov/routing';
import { Alert, Button, Link, Select, Skeleton, TextArea, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import * as styles from '../inspections.module.css';
import { inspectionsMessages } from '../messages';
import { fieldCodes } from '../register-filters';
import { useInspections } from '../remote-context';
import { Field, RepeatedRows, StaffFormPage, useFormProblems } from './form-kit';
import { forgetRegister } from './forget-register';
import { useInspectionChoices } from './inspection-choices';
import { decisionIdOf, decisionIds, decisionInput, decisionProblems, emptyDecisionForm, parseFine, serverProblems, type DecisionForm } from './forms';
import * as formStyles from './staff.module.css';
import { staffMessages } from './staff-messages';

const subjectKinds: readonly SubjectKindCode[] = ['ORGANISATION', 'INDIVIDUAL'];

/** Records a sanction decision, after an inspection (`?cuoc=<id>` chooses it) or standing alone with its reason. */
export function DecisionFormPage() {
  const { t, language, format } = useI18n(staffMessages);
  const labels = useI18n(inspectionsMessages).t;
  const { basePath } = useInspections();
  const chosen = useSearchParam('cuoc') ?? '';
  const choices = useInspectionChoices(chosen);
  const [form, setForm] = useState<DecisionForm>(() => emptyDecisionForm(chosen));
  const [saved, setSaved] = useState<SanctionDecisionRowFields | null>(null);
  const problems = useFormProblems();
  const [record, { loading }] = useMutation(SANCTION_DECISION_RECORD_MUTATION, { update: forgetRegister });

  const carriedOut = choices.inspections.filter((inspection) => inspection.status !== 'PLANNED');
  const inspection = carriedOut.find((candidate) => candidate.id === form.inspectionId) ?? null;
  const set = <K extends keyof DecisionForm>(key: K, value: DecisionForm[K]) => setForm((current) => ({ ...current, [key]: value }));
  const fine = parseFine(form.fine);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = decisionProblems(form, inspection?.startedOn ?? null).map((problem) =>
      problem.key === 'errIssuedBeforeInspection' && inspection ? { ...problem, values: { date: format.date(inspection.startedOn) } } : problem,
    );
    problems.report(found);
    if (found.length) return;
    try {
      const { data } = await record({ variables: { input: decisionInput(form) } });
      const payload = data?.sanctionDecisionRecord;
      if (payload?.userErrors.length) return problems.report(serverProblems(payload.userErrors, decisionIdOf, decisionIds.number));
      if (payload?.sanctionDecision) setSaved(payload.sanctionDecision);
    } catch {
      problems.report([{ fieldId: decisionIds.number, key: 'errNetwork' }]);
    }
  }

  if (saved) {
    return (
      <div className={styles.page}>
        <h1>{t('recordDecisionTitle')}</h1>
        <Alert variant="success" title={t('decisionSaved', { number: saved.number })}>
          <p>
            {format.money(saved.fineVnd)} · {saved.fineInWords}
          </p>
          <ul className={styles.plainList}>
            <li>
              <Link href={withLanguage(basePath, language)}>{t('viewRegister')}</Link>
            </li>
          </ul>
        </Alert>
        <p>
          <Button
            variant="secondary"
            onClick={() => {
              setForm(emptyDecisionForm(form.inspectionId));
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

  const ids = decisionIds;
  return (
    <StaffFormPage title={t('recordDecisionTitle')}>
      {choices.error && <Alert variant="error">{t('loadError')}</Alert>}
      {!choices.loaded && !choices.error ? (
        <Skeleton lines={8} />
      ) : (
        <>
          {problems.summary}
          <form className={formStyles.form} onSubmit={submit} noValidate>
            <div className={formStyles.row}>
              <Field id={ids.number} label={t('number')} hint={t('numberHint')} error={problems.errorOf(ids.number)}>
                {(control) => <TextInput {...control} value={form.number} onChange={(e) => set('number', e.target.value)} autoComplete="off" />}
              </Field>
              <Field id={ids.issuedOn} label={t('issuedOn')} error={problems.errorOf(ids.issuedOn)}>
                {(control) => <TextInput {...control} type="date" value={form.issuedOn} onChange={(e) => set('issuedOn', e.target.value)} />}
              </Field>
            </div>
            <Field id={ids.inspectionId} label={t('inspectionId')} error={problems.errorOf(ids.inspectionId)}>
              {(control) => (
                <Select {...control} value={form.inspectionId} onChange={(e) => set('inspectionId', e.target.value)}>
                  <option value="">{t('noInspection')}</option>
                  {carriedOut.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {t('inspectionChoice', { number: candidate.decisionNumber, field: labels(`field_${candidate.field}`), date: format.date(candidate.startedOn) })}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={ids.standaloneReason} label={t('standaloneReason')} hint={t('standaloneReasonHint')} error={problems.errorOf(ids.standaloneReason)}>
              {(control) => <TextArea {...control} rows={2} value={form.standaloneReason} onChange={(e) => set('standaloneReason', e.target.value)} lang="vi" />}
            </Field>
            <Field id={ids.field} label={`${t('decisionField')} ${t('optional')}`} hint={t('decisionFieldHint')} error={problems.errorOf(ids.field)}>
              {(control) => (
                <Select {...control} value={form.field} onChange={(e) => set('field', e.target.value as DecisionForm['field'])}>
                  <option value="">{t('sameAsInspection')}</option>
                  {fieldCodes.map((code) => (
                    <option key={code} value={code}>
                      {labels(`field_${code}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <div className={formStyles.row}>
              <Field id={ids.violatorName} label={t('violatorName')} error={problems.errorOf(ids.violatorName)}>
                {(control) => <TextInput {...control} value={form.violatorName} onChange={(e) => set('violatorName', e.target.value)} />}
              </Field>
              <Field id={ids.violatorKind} label={t('violatorKind')} error={problems.errorOf(ids.violatorKind)}>
                {(control) => (
                  <Select {...control} value={form.violatorKind} onChange={(e) => set('violatorKind', e.target.value as SubjectKindCode)}>
                    {subjectKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {labels(`subject_${kind}`)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            </div>

            <fieldset className={formStyles.fieldset}>
              <legend>{t('violationsLegend')}</legend>
              <RepeatedRows
                items={form.violations}
                onChange={(violations) => set('violations', violations)}
                blank={() => ({ descriptionVi: '', legalArticle: '' })}
                addLabel={t('addViolation')}
                removeLabel={(n) => t('removeViolation', { n })}
              >
                {(violation, index, update) => (
                  <>
                    <Field id={ids.violationDescription(index)} label={t('violationDescription', { n: index + 1 })} error={problems.errorOf(ids.violationDescription(index))}>
                      {(control) => (
                        <TextArea {...control} rows={2} value={violation.descriptionVi} onChange={(e) => update({ descriptionVi: e.target.value })} lang="vi" />
                      )}
                    </Field>
                    <Field
                      id={ids.violationArticle(index)}
                      label={t('violationArticle', { n: index + 1 })}
                      hint={index === 0 ? t('violationArticleHint') : undefined}
                      error={problems.errorOf(ids.violationArticle(index))}
                    >
                      {(control) => <TextInput {...control} value={violation.legalArticle} onChange={(e) => update({ legalArticle: e.target.value })} lang="vi" />}
                    </Field>
                  </>
                )}
              </RepeatedRows>
            </fieldset>

            <Field id={ids.fine} label={t('fineVnd')} hint={t('fineHint')} error={problems.errorOf(ids.fine)}>
              {(control) => <TextInput {...control} inputMode="numeric" value={form.fine} onChange={(e) => set('fine', e.target.value)} autoComplete="off" />}
            </Field>
            <p className={formStyles.words} aria-live="polite" lang="vi">
              {fine.ok ? `${format.money(fine.value)} · ${t('fineInWords', { words: fineInWords(fine.value) })}` : ''}
            </p>
            <Field id={ids.extraMeasures} label={`${t('extraMeasures')} ${t('optional')}`} hint={t('extraMeasuresHint')} error={problems.errorOf(ids.extraMeasures)}>
              {(control) => <TextArea {...control} rows={3} value={form.extraMeasures} onChange={(e) => set('extraMeasures', e.target.value)} lang="vi" />}
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
