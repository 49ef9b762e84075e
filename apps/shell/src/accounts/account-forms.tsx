import type { UserErrorFields } from '@egov/client-operations/accounts';
import { useI18n, type Catalogue, type Translate } from '@egov/i18n';
import { ErrorSummary, FormField, type FieldControlProps, type FieldError } from '@egov/ui';
import { useState, type ReactNode } from 'react';
import { accountMessages } from './account-messages';

type AccountTranslate = Translate<typeof accountMessages extends Catalogue<infer P> ? P : never>;

/**
 * The gateway's userErrors as the reader's language says them, beside the form's fields:
 * `fieldIds` maps an input field (`email`) to its control's id; an error on no known field goes
 * beside `fallbackField`.
 */
export function translateUserErrors(t: AccountTranslate, errors: readonly UserErrorFields[], fieldIds: Record<string, string>, fallbackField: string): FieldError[] {
  return errors.map((error) => {
    const field = error.field.at(-1) ?? '';
    const fieldId = fieldIds[field] ?? fallbackField;
    if (field === 'currentPassword') return { fieldId, message: t('currentPasswordWrong') };
    if (field === 'code') return { fieldId, message: error.code === 'VALIDATION' && /16/.test(error.message) ? t('codeHint') : t('codeRefused') };
    if ((field === 'password' || field === 'newPassword') && error.code === 'VALIDATION') return { fieldId, message: t('passwordPolicy', { detail: error.message }) };
    if (field === 'email' && error.code === 'DUPLICATE') return { fieldId, message: t('emailTaken') };
    if (field === 'email') return { fieldId, message: t('emailInvalid') };
    if (error.code === 'CONFLICT') return { fieldId, message: t('conflict') };
    if (/last enabled admin/i.test(error.message)) return { fieldId, message: t('lastAdmin') };
    return { fieldId, message: t('refusedGeneric', { detail: error.message }) };
  });
}

/** A form's errors: the summary at the top and the message beside each control. */
export function useFieldErrors() {
  const { t } = useI18n(accountMessages);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  return {
    errors,
    report(found: FieldError[]) {
      setAttempt((n) => n + 1);
      setErrors(found);
    },
    errorOf: (fieldId: string) => errors.filter((error) => error.fieldId === fieldId).map((error) => error.message).join(' ') || undefined,
    summary: <ErrorSummary errors={errors} title={t('errorSummaryTitle')} focusKey={attempt} />,
  };
}

/** FormField with the language's error prefix. */
export function Field(props: { id: string; label: ReactNode; hint?: ReactNode; error: string | undefined; children: (control: FieldControlProps) => ReactNode }) {
  const { t } = useI18n(accountMessages);
  return (
    <FormField id={props.id} label={props.label} hint={props.hint} error={props.error} errorPrefix={t('errorPrefix')}>
      {props.children}
    </FormField>
  );
}
