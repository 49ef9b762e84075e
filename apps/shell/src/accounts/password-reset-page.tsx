import { useMutation } from '@apollo/client/react';
import { PASSWORD_RESET_COMPLETE_MUTATION } from '@egov/client-operations/accounts';
import { useI18n, withLanguage } from '@egov/i18n';
import { Alert, Button, Link, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { SIGN_IN_PATH } from '../routing/routes';
import { Field, translateUserErrors, useFieldErrors } from './account-forms';
import { accountMessages } from './account-messages';

const FIELDS = { email: 'reset-email', code: 'reset-code', newPassword: 'reset-new-password' };

/** Setting a new password with the one-time code an admin gave (no sign-in needed). */
export function PasswordResetPage() {
  const { t, language } = useI18n(accountMessages);
  const problems = useFieldErrors();
  const [complete, { loading }] = useMutation(PASSWORD_RESET_COMPLETE_MUTATION);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { email: String(data.get('email') ?? '').trim(), code: String(data.get('code') ?? ''), newPassword: String(data.get('newPassword') ?? '') };
    const missing = Object.entries(FIELDS)
      .filter(([field]) => !input[field as keyof typeof input])
      .map(([, fieldId]) => ({ fieldId, message: t('fieldMissing') }));
    if (missing.length) return problems.report(missing);
    const { data: answer } = await complete({ variables: { input } });
    const errors = answer?.passwordResetComplete.userErrors ?? [];
    if (errors.length) return problems.report(translateUserErrors(t, errors, FIELDS, FIELDS.code));
    problems.report([]);
    setDone(true);
  }

  if (done) {
    return (
      <>
        <h1>{t('resetTitle')}</h1>
        <Alert variant="success">{t('resetDone')}</Alert>
        <p>
          <Link href={withLanguage(SIGN_IN_PATH, language)}>{t('goSignIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('resetTitle')}</h1>
      <p>{t('resetIntro')}</p>
      {problems.summary}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={FIELDS.email} label={t('email')} error={problems.errorOf(FIELDS.email)}>
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" />}
        </Field>
        <Field id={FIELDS.code} label={t('code')} hint={t('codeHint')} error={problems.errorOf(FIELDS.code)}>
          {(control) => <TextInput {...control} name="code" autoComplete="one-time-code" />}
        </Field>
        <Field id={FIELDS.newPassword} label={t('newPassword')} hint={t('passwordHint')} error={problems.errorOf(FIELDS.newPassword)}>
          {(control) => <TextInput {...control} name="newPassword" type="password" autoComplete="new-password" />}
        </Field>
        <Button type="submit" loading={loading}>
          {t('setPassword')}
        </Button>
      </form>
    </>
  );
}
