import { openDatabase } from '@egov/db';
import { createPortalRepositories, portalMigrations } from '@egov/portal-data';
import { migrate } from '@egov/db';
import type { UserRole } from '@egov/users-model';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** A staff account the browser tests sign in with; its password is new on every run. */
export interface StaffAccount {
  email: string;
  displayName: string;
  password: string;
  roles: UserRole[];
}

const names: Record<UserRole, string> = {
  admin: 'Quản trị viên',
  editor: 'Biên tập viên',
  statistician: 'Cán bộ thống kê',
  licensing_officer: 'Cán bộ cấp phép',
  inspector: 'Thanh tra viên',
};

/** One account holding `role`, named after it (`editor@e2e.langson.gov.vn`, "Biên tập viên"). */
export function staffAccount(role: UserRole): StaffAccount {
  return { email: `${role.replace('_', '-')}@e2e.langson.gov.vn`, displayName: names[role], password: randomBytes(18).toString('base64url'), roles: [role] };
}

/**
 * Creates the accounts in a data folder before the gateway opens it (the embedded database has
 * one process at a time), as `npm run user:create` does for a real department.
 */
export async function createStaffAccounts(dataDir: string, accounts: readonly StaffAccount[]): Promise<void> {
  const db = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    await migrate(db, portalMigrations);
    const { users } = createPortalRepositories(db);
    for (const account of accounts) {
      await users.create({ email: account.email, displayName: account.displayName, password: account.password, roles: account.roles }, { actor: 'e2e:setup' });
    }
  } finally {
    await db.close();
  }
}

/**
 * Signs in through the shell's sign-in page as a person would, coming back to `returnTo` (a path
 * of the portal), and waits until the header greets the user.
 */
export async function signIn(page: Page, portalUrl: string, account: StaffAccount, returnTo = '/'): Promise<void> {
  await page.goto(`${portalUrl}/dang-nhap?lang=vi&tiep=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Thư điện tử').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText(`Đã đăng nhập: ${account.displayName}`).waitFor();
}
