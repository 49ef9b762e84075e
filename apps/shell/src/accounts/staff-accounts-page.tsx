import { useMutation, useQuery } from '@apollo/client/react';
import {
  ACCOUNT_AUDIT_LOG_QUERY,
  STAFF_ACCOUNTS_QUERY,
  USER_CREATE_MUTATION,
  USER_DISABLE_MUTATION,
  USER_ENABLE_MUTATION,
  USER_PASSWORD_RESET_MUTATION,
  USER_ROLES_SET_MUTATION,
  type AccountAuditEntryFields,
  type StaffAccountFields,
  type StaffRole,
  type UserErrorFields,
} from '@egov/client-operations/accounts';
import { useI18n } from '@egov/i18n';
import { Alert, Button, DataTable, TextInput } from '@egov/ui';
import { useState, type FormEvent } from 'react';
import { Field, translateUserErrors, useFieldErrors } from './account-forms';
import { accountMessages } from './account-messages';

const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'EDITOR', 'STATISTICIAN', 'LICENSING_OFFICER', 'INSPECTOR'];
const CREATE_FIELDS = { email: 'new-account-email', displayName: 'new-account-name', password: 'new-account-password', roles: 'new-account-role-ADMIN' };

/** The admins' page of staff accounts: create, set roles, disable and enable, reset a password, read the audit log. */
export function StaffAccountsPage() {
  const { t } = useI18n(accountMessages);
  const accounts = useQuery(STAFF_ACCOUNTS_QUERY, { variables: {}, fetchPolicy: 'network-only' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rows = accounts.data?.users.nodes ?? [];
  const selected = rows.find((row) => row.id === selectedId) ?? null;
  const roleNames = (roles: readonly StaffRole[]) => roles.map((role) => t(`role_${role}`)).join(', ');

  const columns = [
    { key: 'name', header: t('name'), rowHeader: true, cell: (row: StaffAccountFields) => row.displayName },
    { key: 'email', header: t('email'), cell: (row: StaffAccountFields) => row.email },
    { key: 'roles', header: t('roles'), cell: (row: StaffAccountFields) => roleNames(row.roles) },
    { key: 'status', header: t('status'), cell: (row: StaffAccountFields) => (row.disabled ? t('disabled') : t('active')) },
    {
      key: 'manage',
      header: t('actions'),
      cell: (row: StaffAccountFields) => (
        <Button variant="secondary" onClick={() => setSelectedId(row.id)}>
          {t('manage', { name: row.displayName })}
        </Button>
      ),
    },
  ];

  return (
    <>
      <h1>{t('accountsTitle')}</h1>
      <CreateAccountForm onCreated={() => void accounts.refetch()} />
      <h2>{t('accountsList', { count: accounts.data?.users.totalCount ?? 0 })}</h2>
      {accounts.error && <Alert variant="error">{t('loadFailed')}</Alert>}
      {accounts.loading && !accounts.data ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable caption={t('accountsTitle')} columns={columns} rows={rows} rowKey={(row) => row.id} />
      )}
      {selected && <ManageAccount key={selected.id} account={selected} onChanged={() => void accounts.refetch()} />}
    </>
  );
}

function RoleChoices({ idPrefix, chosen }: { idPrefix: string; chosen: readonly StaffRole[] }) {
  const { t } = useI18n(accountMessages);
  return (
    <fieldset>
      <legend>{t('roles')}</legend>
      {STAFF_ROLES.map((role) => (
        <div key={role}>
          <input type="checkbox" id={`${idPrefix}-role-${role}`} name="roles" value={role} defaultChecked={chosen.includes(role)} />{' '}
          <label htmlFor={`${idPrefix}-role-${role}`}>{t(`role_${role}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function CreateAccountForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n(accountMessages);
  const problems = useFieldErrors();
  const [create, { loading }] = useMutation(USER_CREATE_MUTATION);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = {
      email: String(data.get('email') ?? '').trim(),
      displayName: String(data.get('displayName') ?? '').trim(),
      password: String(data.get('password') ?? ''),
      roles: data.getAll('roles').map(String) as StaffRole[],
    };
    const { data: answer } = await create({ variables: { input } });
    const errors = answer?.userCreate.userErrors ?? [];
    if (errors.length) {
      setCreated(null);
      return problems.report(translateUserErrors(t, errors, CREATE_FIELDS, CREATE_FIELDS.email));
    }
    problems.report([]);
    setCreated(answer?.userCreate.user?.email ?? input.email);
    form.reset();
    onCreated();
  }

  return (
    <section aria-labelledby="create-account-title">
      <h2 id="create-account-title">{t('createTitle')}</h2>
      {problems.summary}
      {created && <Alert variant="success">{t('created', { email: created })}</Alert>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id={CREATE_FIELDS.email} label={t('email')} error={problems.errorOf(CREATE_FIELDS.email)}>
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="off" />}
        </Field>
        <Field id={CREATE_FIELDS.displayName} label={t('displayName')} error={problems.errorOf(CREATE_FIELDS.displayName)}>
          {(control) => <TextInput {...control} name="displayName" autoComplete="off" />}
        </Field>
        <Field id={CREATE_FIELDS.password} label={t('initialPassword')} hint={t('passwordHint')} error={problems.errorOf(CREATE_FIELDS.password)}>
          {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" />}
        </Field>
        <RoleChoices idPrefix="new-account" chosen={[]} />
        {problems.errorOf(CREATE_FIELDS.roles) && <p role="alert">{problems.errorOf(CREATE_FIELDS.roles)}</p>}
        <Button type="submit" loading={loading}>
          {t('create')}
        </Button>
      </form>
    </section>
  );
}

function ManageAccount({ account, onChanged }: { account: StaffAccountFields; onChanged: () => void }) {
  const { t, format } = useI18n(accountMessages);
  const problems = useFieldErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const [resetCode, setResetCode] = useState<{ code: string; until: string } | null>(null);
  const audit = useQuery(ACCOUNT_AUDIT_LOG_QUERY, { variables: { id: account.id }, fetchPolicy: 'network-only' });
  const [setRoles, rolesState] = useMutation(USER_ROLES_SET_MUTATION);
  const [disable, disableState] = useMutation(USER_DISABLE_MUTATION);
  const [enable, enableState] = useMutation(USER_ENABLE_MUTATION);
  const [reset, resetState] = useMutation(USER_PASSWORD_RESET_MUTATION);
  const fields = { id: 'manage-account-actions', version: 'manage-account-actions', roles: `manage-${account.id}-role-ADMIN` };

  /** Shows the outcome of a change, reloads the list and the log. */
  const settle = async (errors: readonly UserErrorFields[], done: string) => {
    if (errors.length) {
      setNotice(null);
      problems.report(translateUserErrors(t, errors, fields, fields.id));
    } else {
      problems.report([]);
      setNotice(done);
    }
    onChanged();
    await audit.refetch();
  };

  async function saveRoles(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const roles = new FormData(event.currentTarget).getAll('roles').map(String) as StaffRole[];
    const { data } = await setRoles({ variables: { input: { id: account.id, version: account.version, roles } } });
    await settle(data?.userRolesSet.userErrors ?? [], t('rolesSaved'));
  }

  async function toggleDisabled() {
    const input = { id: account.id, version: account.version };
    if (account.disabled) {
      const { data } = await enable({ variables: { input } });
      await settle(data?.userEnable.userErrors ?? [], t('enabledDone'));
    } else {
      const { data } = await disable({ variables: { input } });
      await settle(data?.userDisable.userErrors ?? [], t('disabledDone'));
    }
  }

  async function resetPassword() {
    const { data } = await reset({ variables: { input: { id: account.id, version: account.version } } });
    const payload = data?.userPasswordReset;
    await settle(payload?.userErrors ?? [], '');
    if (payload?.code && payload.codeExpiresAt) setResetCode({ code: payload.code, until: format.dateTime(payload.codeExpiresAt) });
  }

  const node = audit.data?.node;
  const entries = node?.__typename === 'User' ? node.auditLog : [];
  const actionLabel = (action: string) => {
    const key = `action_${action}`;
    // Actions this page knows are translated; one added later shows as recorded.
    return key in accountMessages.vi ? (t as unknown as (name: string) => string)(key) : action;
  };
  const columns = [
    { key: 'when', header: t('when'), cell: (row: AccountAuditEntryFields) => format.dateTime(row.occurredAt) },
    { key: 'action', header: t('action'), cell: (row: AccountAuditEntryFields) => actionLabel(row.action) },
    { key: 'actor', header: t('actor'), cell: (row: AccountAuditEntryFields) => row.actor?.displayName ?? t('systemActor', { name: row.actorName }) },
  ];

  return (
    <section aria-labelledby="manage-account-title">
      <h2 id="manage-account-title">{t('manageTitle', { name: account.displayName })}</h2>
      <p>
        {account.email} · {account.disabled ? t('disabled') : t('active')}
      </p>
      {problems.summary}
      {notice && <Alert variant="success">{notice}</Alert>}
      {resetCode && (
        <Alert variant="warning" title={t('resetCodeTitle')}>
          <p>
            <strong data-testid="reset-code">{resetCode.code}</strong>
          </p>
          <p>{t('resetCodeIntro', { name: account.displayName, until: resetCode.until })}</p>
        </Alert>
      )}
      <form onSubmit={(event) => void saveRoles(event)} noValidate>
        <RoleChoices idPrefix={`manage-${account.id}`} chosen={account.roles} />
        <Button type="submit" variant="secondary" loading={rolesState.loading}>
          {t('saveRoles')}
        </Button>
      </form>
      <p id="manage-account-actions">
        <Button variant={account.disabled ? 'secondary' : 'danger'} loading={disableState.loading || enableState.loading} onClick={() => void toggleDisabled()}>
          {account.disabled ? t('enable') : t('disable')}
        </Button>{' '}
        {!account.disabled && (
          <Button variant="secondary" loading={resetState.loading} onClick={() => void resetPassword()}>
            {t('resetPassword')}
          </Button>
        )}
      </p>
      <h3>{t('auditTitle')}</h3>
      <DataTable caption={t('auditTitle')} columns={columns} rows={entries} rowKey={(row, index) => `${row.occurredAt}-${index}`} emptyText={t('noAudit')} />
    </section>
  );
}
