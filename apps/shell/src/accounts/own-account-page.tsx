import { useMutation, useQuery } from '@apollo/client/react';
import {
  SESSION_END_MUTATION,
  SESSION_END_OTHERS_MUTATION,
  VIEWER_PASSWORD_CHANGE_MUTATION,
  VIEWER_SESSIONS_QUERY,
  type StaffSessionFields,
} from '@egov/client-operations/accounts';
import type { PortalSession } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import { Alert, Button, DataTable, Link, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { SIGN_IN_PATH } from '../routing/routes';
import { Field, translateUserErrors, useFieldErrors } from './account-forms';
import { accountMessages } from './account-messages';

const PASSWORD_FIELDS = { currentPassword: 'own-current-password', newPassword: 'own-new-password' };

/** Shown once the password is changed: every session has ended, this one too. */
export function PasswordChangedNotice() {
  const { t, language } = useI18n(accountMessages);
  return (
    <>
      <h1>{t('myAccountTitle')}</h1>
      <Alert variant="success">{t('passwordChanged')}</Alert>
      <p>
        <Link href={withLanguage(SIGN_IN_PATH, language)}>{t('signInAgain')}</Link>
      </p>
    </>
  );
}

/** A staff member's own account: change the password, see and end their sessions. */
export function OwnAccountPage({ session, onPasswordChanged }: { session: PortalSession; onPasswordChanged: () => void }) {
  const { t } = useI18n(accountMessages);
  return (
    <>
      <h1>{t('myAccountTitle')}</h1>
      <PasswordChangeForm
        onChanged={() => {
          onPasswordChanged();
          // The gateway ended every session, this one too: the page forgets who was signed in.
          void session.refresh().catch(() => undefined);
        }}
      />
      <SessionsList />
    </>
  );
}

function PasswordChangeForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useI18n(accountMessages);
  const problems = useFieldErrors();
  const [change, { loading }] = useMutation(VIEWER_PASSWORD_CHANGE_MUTATION);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const repeat = String(data.get('newPasswordRepeat') ?? '');
    const missing = [
      ...(!currentPassword ? [{ fieldId: PASSWORD_FIELDS.currentPassword, message: t('fieldMissing') }] : []),
      ...(!newPassword ? [{ fieldId: PASSWORD_FIELDS.newPassword, message: t('fieldMissing') }] : []),
      ...(newPassword !== repeat ? [{ fieldId: 'own-new-password-repeat', message: t('repeatDiffers') }] : []),
    ];
    if (missing.length) return problems.report(missing);
    const { data: answer } = await change({ variables: { input: { currentPassword, newPassword } } });
    const errors = answer?.viewerPasswordChange.userErrors ?? [];
    if (errors.length) return problems.report(translateUserErrors(t, errors, PASSWORD_FIELDS, PASSWORD_FIELDS.newPassword));
    problems.report([]);
    onChanged();
  }

  return (
    <section aria-labelledby="password-change-title">
      <h2 id="password-change-title">{t('passwordChangeTitle')}</h2>
      {problems.summary}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={PASSWORD_FIELDS.currentPassword} label={t('currentPassword')} error={problems.errorOf(PASSWORD_FIELDS.currentPassword)}>
          {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" />}
        </Field>
        <Field id={PASSWORD_FIELDS.newPassword} label={t('newPassword')} hint={t('passwordHint')} error={problems.errorOf(PASSWORD_FIELDS.newPassword)}>
          {(control) => <TextInput {...control} name="newPassword" type="password" autoComplete="new-password" />}
        </Field>
        <Field id="own-new-password-repeat" label={t('newPasswordRepeat')} error={problems.errorOf('own-new-password-repeat')}>
          {(control) => <TextInput {...control} name="newPasswordRepeat" type="password" autoComplete="new-password" />}
        </Field>
        <Button type="submit" loading={loading}>
          {t('changePassword')}
        </Button>
      </form>
    </section>
  );
}

function SessionsList() {
  const { t, format } = useI18n(accountMessages);
  const sessions = useQuery(VIEWER_SESSIONS_QUERY, { fetchPolicy: 'network-only' });
  const [endOne] = useMutation(SESSION_END_MUTATION);
  const [endOthers, { loading: endingOthers }] = useMutation(SESSION_END_OTHERS_MUTATION);
  const [notice, setNotice] = useState<string | null>(null);

  const rows = sessions.data?.viewerSessions ?? [];
  const columns = [
    { key: 'device', header: t('device'), rowHeader: true, cell: (row: StaffSessionFields) => row.userAgent ?? t('unknownDevice') },
    { key: 'created', header: t('signedInAt'), cell: (row: StaffSessionFields) => format.dateTime(row.createdAt) },
    { key: 'seen', header: t('lastSeen'), cell: (row: StaffSessionFields) => format.dateTime(row.lastSeenAt) },
    {
      key: 'end',
      header: t('actions'),
      cell: (row: StaffSessionFields) =>
        row.current ? (
          <strong>{t('thisSession')}</strong>
        ) : (
          <Button
            variant="secondary"
            onClick={() => void endOne({ variables: { input: { id: row.id } } }).then(() => sessions.refetch())}
          >
            {t('endSession')}
          </Button>
        ),
    },
  ];

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessionsTitle')}</h2>
      <p>{t('sessionsIntro')}</p>
      {notice && <Alert variant="success">{notice}</Alert>}
      {sessions.error && <Alert variant="error">{t('loadFailed')}</Alert>}
      {sessions.loading && !sessions.data ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable caption={t('sessionsTitle')} columns={columns} rows={rows} rowKey={(row) => row.id} />
      )}
      {rows.length > 1 && (
        <Button
          variant="secondary"
          loading={endingOthers}
          onClick={() =>
            void endOthers().then(async ({ data }) => {
              setNotice(t('othersEnded', { count: data?.sessionEndOthers.endedCount ?? 0 }));
              await sessions.refetch();
            })
          }
        >
          {t('endOthers')}
        </Button>
      )}
    </section>
  );
}
