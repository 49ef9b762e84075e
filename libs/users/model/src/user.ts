import { z } from 'zod';

/**
 * The roles of the department's staff (vai trò). The same list as `roles` in `@egov/graphql`;
 * a model may not import the GraphQL platform, so it is repeated here and the users server
 * library checks at compile time (and in a test) that the two lists are one.
 *
 * - admin: everything, and user management (quản trị)
 * - editor: news (biên tập viên)
 * - statistician: observations of the indicators (thống kê)
 * - licensing_officer: procedures, dossiers, licences (cán bộ cấp phép)
 * - inspector: inspections and sanction decisions (thanh tra viên)
 */
export const userRoles = ['admin', 'editor', 'statistician', 'licensing_officer', 'inspector'] as const;
export type UserRole = (typeof userRoles)[number];
export const userRoleSchema = z.enum(userRoles);

/** Longest address accepted (RFC 5321's path limit). */
export const MAX_EMAIL_LENGTH = 254;

/** An e-mail address, trimmed and lower-cased: one address is one account, whatever its case. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_LENGTH, `An e-mail address is at most ${MAX_EMAIL_LENGTH} characters`)
  .pipe(z.email('Not an e-mail address'));

/** The name shown for a user in the portal (tên hiển thị). */
export const displayNameSchema = z.string().trim().min(1, 'Give a name').max(120, 'A name is at most 120 characters');

/** Roles of one user: each at most once, in the order of `userRoles`. */
export const userRolesSchema = z
  .array(userRoleSchema)
  .min(1, 'Give at least one role')
  .max(userRoles.length)
  .transform((given) => userRoles.filter((role) => given.includes(role)));

/**
 * The password policy (chính sách mật khẩu), after NIST SP 800-63B: length matters more than
 * composition, so the rules are few and explained to the user.
 * - at least 12 characters (counted as Unicode characters, so Vietnamese letters count once);
 * - at most 128, which bounds the work of hashing;
 * - not all of one class: at least two of lower-case letters, upper-case letters, digits, and
 *   other characters (spaces, punctuation, symbols), so `aaaaaaaaaaaa` or `123456789012` fail
 *   but a pass phrase such as `Đồi núi Lạng Sơn` passes;
 * - at least 6 different characters, so `abababababab` fails;
 * - not containing the account's e-mail name (checked when the e-mail is known).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const PASSWORD_MIN_DISTINCT = 6;

const characterClasses: ReadonlyArray<RegExp> = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** What is wrong with a password under the policy; empty when it is acceptable. */
export function passwordProblems(password: string): string[] {
  const characters = [...password];
  const problems: string[] = [];
  if (characters.length < PASSWORD_MIN_LENGTH) problems.push(`A password has at least ${PASSWORD_MIN_LENGTH} characters`);
  if (characters.length > PASSWORD_MAX_LENGTH) problems.push(`A password has at most ${PASSWORD_MAX_LENGTH} characters`);
  const classes = characterClasses.filter((pattern) => characters.some((c) => pattern.test(c))).length;
  if (classes < 2) {
    problems.push('Mix at least two kinds of characters: lower-case, upper-case, digits, spaces or symbols');
  }
  if (new Set(characters).size < PASSWORD_MIN_DISTINCT) problems.push(`Use at least ${PASSWORD_MIN_DISTINCT} different characters`);
  return problems;
}

/** Whether a password contains the name part of the e-mail address (`lan.nguyen` of `lan.nguyen@…`). */
export function passwordContainsEmailName(password: string, email: string): boolean {
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  return name.length >= 3 && password.toLowerCase().includes(name);
}

/** A new password, checked against the policy (without the e-mail rule, which needs the account). */
export const passwordSchema = z.string().superRefine((password, ctx) => {
  for (const message of passwordProblems(password)) ctx.addIssue({ code: 'custom', message });
});

/**
 * Signing in: the e-mail is only normalised, never judged against the policy, so a sign-in
 * says nothing about which accounts exist or what their passwords look like. The length caps
 * keep an attacker from making the server hash megabytes.
 */
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Give your e-mail address').max(MAX_EMAIL_LENGTH),
  password: z.string().min(1, 'Give your password').max(1024),
});
export type SignInInput = z.input<typeof signInSchema>;

/** A new account, made by an admin or by the `user:create` command. */
export const userCreateSchema = z
  .object({
    email: emailSchema,
    displayName: displayNameSchema,
    password: passwordSchema,
    roles: userRolesSchema,
  })
  .superRefine((user, ctx) => {
    if (passwordContainsEmailName(user.password, user.email)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'A password may not contain your e-mail name' });
    }
  });
export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserCreateFields = z.output<typeof userCreateSchema>;

/** A password change: the new one must follow the policy and differ from the current one. */
export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: passwordSchema })
  .refine((change) => change.currentPassword !== change.newPassword, {
    path: ['newPassword'],
    message: 'The new password is the same as the current one',
  });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

/**
 * A one-time password reset code (mã đặt lại mật khẩu), as an admin reads it out: 16 letters and
 * digits without look-alikes (no I, L, O, U, 0, 1), shown in groups of four. Typed with or
 * without the dashes and spaces, in either case.
 */
export const RESET_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RESET_CODE_LENGTH = 16;

/** A reset code as typed, normalised to its 16 characters; anything else is not a code. */
export const resetCodeSchema = z
  .string()
  .max(64, 'Not a reset code')
  .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${RESET_CODE_ALPHABET}]{${RESET_CODE_LENGTH}}$`), 'Not a reset code: 16 letters and digits, as the admin gave them'));

/** Setting a new password with a reset code an admin gave. */
export const passwordResetCompleteSchema = z
  .object({ email: emailSchema, code: resetCodeSchema, newPassword: passwordSchema })
  .superRefine((reset, ctx) => {
    if (passwordContainsEmailName(reset.newPassword, reset.email)) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'A password may not contain your e-mail name' });
    }
  });
export type PasswordResetCompleteInput = z.input<typeof passwordResetCompleteSchema>;

/** A staff account (tài khoản). The password hash never leaves the server library. */
export interface User {
  /** A uuid. */
  id: string;
  email: string;
  displayName: string;
  roles: UserRole[];
  /** A disabled account cannot sign in and its sessions stop working. */
  disabled: boolean;
  version: number;
  createdAt: Date;
}
