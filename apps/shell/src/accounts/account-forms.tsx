import type { UserErrorFields } from '@egov/client-operations/accounts';
import { useI18n, type Catalogue, type Translate } from '@egov/i18n';
import { fieldErrorsOf, FormField, useFormErrors, type FieldControlProps, type FieldError } from '@egov/ui';
import type { ReactNode } from 'react';
import { accountMessages } from './account-messages';

type AccountTranslate = Translate<typeof accountMessages extends Catalogue<infer P> ? P : never>;

/**
 * The gateway's userErrors as the reader's language says them, beside the form's fields:
 * `fieldIds` maps an input field (`email`) to its control's id; an error on no known field goes
 * beside `fallbackField`.
 */
export function translateUserErrors(t: AccountTranslate, errors: readonly UserErrorFields[], fieldIds: Record<string, string>, fallbackField: string): FieldError[] {
  return fieldErrorsOf(errors, {
    idOf: (path) => fieldIds[path.at(-1) ?? ''] ?? null,
    fallbackId: fallbackField,
    wording: (error, path) => {
      const field = path.at(-1) ?? '';
      if (field === 'currentPassword') return t('currentPasswordWrong');
      if (field === 'code') return error.code === 'VALIDATION' && /16/.test(error.message) ? t('codeHint') : t('codeRefused');
      if ((field === 'password' || field === 'newPassword') && error.code === 'VALIDATION') return t('passwordPolicy', { detail: error.message });
      if (field === 'email' && error.code === 'DUPLICATE') return t('emailTaken');
      if (field === 'email') return t('emailInvalid');
      if (error.code === 'CONFLICT') return t('conflict');
      if (/last enabled admin/i.test(error.message)) return t('lastAdmin');
      return t('refusedGeneric', { detail: error.message });
    },
  });
}

/** A form's errors: the summary at the top and the message beside each control. */
export function useFieldErrors() {
  const { t } = useI18n(accountMessages);
  return useFormErrors((error: FieldError) => error.message, t('errorSummaryTitle'));
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
