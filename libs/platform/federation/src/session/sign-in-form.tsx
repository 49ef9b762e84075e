import { useI18n } from '@egov/i18n';
import { Button, ErrorSummary, FormField, TextInput, type FieldError } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import type { SignedInUser } from '../events/portal-events';
import type { PortalSession } from './portal-session';
import { sessionMessages } from './session-messages';

/** Props of {@link SignInForm}. */
export interface SignInFormProps {
  session: PortalSession;
  /** Called once signed in (the shell goes back to where the reader was). */
  onSignedIn?: (user: SignedInUser) => void;
}

/**
 * Staff sign-in: email and password, errors in a summary and beside each field. A refused sign-in
 * keeps the email and clears nothing else the user typed but the password.
 */
export function SignInForm({ session, onSignedIn }: SignInFormProps) {
  const { t } = useI18n(sessionMessages);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const errorOf = (fieldId: string) => errors.find((error) => error.fieldId === fieldId)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const missing: FieldError[] = [];
    if (!email) missing.push({ fieldId: 'sign-in-email', message: t('emailMissing') });
    if (!password) missing.push({ fieldId: 'sign-in-password', message: t('passwordMissing') });
    setAttempt((n) => n + 1);
    if (missing.length) return setErrors(missing);
    setBusy(true);
    try {
      const result = await session.signIn({ email, password });
      if (result.ok) {
        setErrors([]);
        onSignedIn?.(result.user);
        return;
      }
      const passwordInput = form.elements.namedItem('password');
      if (passwordInput instanceof HTMLInputElement) passwordInput.value = '';
      setErrors([{ fieldId: 'sign-in-email', message: t('signInFailed') }]);
    } catch {
      setErrors([{ fieldId: 'sign-in-email', message: t('signInUnavailable') }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <ErrorSummary errors={errors} title={t('errorSummaryTitle')} focusKey={attempt} />
      <form onSubmit={submit} noValidate>
        <FormField id="sign-in-email" label={t('email')} error={errorOf('sign-in-email')} errorPrefix={t('errorPrefix')}>
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="username" />}
        </FormField>
        <FormField id="sign-in-password" label={t('password')} error={errorOf('sign-in-password')} errorPrefix={t('errorPrefix')}>
          {(control) => <TextInput {...control} name="password" type="password" autoComplete="current-password" />}
        </FormField>
        <Button type="submit" loading={busy}>
          {t('signIn')}
        </Button>
      </form>
    </>
  );
}
