import { validate } from '@egov/errors';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emailSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordChangeSchema,
  passwordProblems,
  passwordResetCompleteSchema,
  resetCodeSchema,
  signInSchema,
  userCreateSchema,
  userRolesSchema,
} from './user';

const good = { email: 'Lan.Nguyen@LangSon.gov.vn ', displayName: ' Nguyễn Thị Lan ', password: 'Đồi núi Lạng Sơn', roles: ['editor'] };

describe('password policy', () => {
  it(`accepts ${PASSWORD_MIN_LENGTH} characters and refuses ${PASSWORD_MIN_LENGTH - 1}`, () => {
    expect(passwordProblems('abcdef12345x')).toEqual([]);
    expect(passwordProblems('abcdef1234x')).toEqual([`A password has at least ${PASSWORD_MIN_LENGTH} characters`]);
  });

  it('counts Vietnamese letters once each, however they are encoded', () => {
    expect(passwordProblems('Lạng Sơn 2020')).toEqual([]);
    expect([...'đường phố 12']).toHaveLength(12);
    expect(passwordProblems('đường phố 12')).toEqual([]);
  });

  it(`accepts ${PASSWORD_MAX_LENGTH} characters and refuses one more`, () => {
    const long = (n: number) => 'Ab1 xyz '.repeat(n).slice(0, n);
    expect(passwordProblems(long(PASSWORD_MAX_LENGTH))).toEqual([]);
    expect(passwordProblems(long(PASSWORD_MAX_LENGTH + 1))).toEqual([`A password has at most ${PASSWORD_MAX_LENGTH} characters`]);
  });

  it('refuses a password of one class of characters, or of too few different ones', () => {
    for (const password of ['abcdefghijklmn', 'ABCDEFGHIJKLMN', '12345678901234', '!!!!@@@@####$$$$']) {
      expect(passwordProblems(password)).toContain('Mix at least two kinds of characters: lower-case, upper-case, digits, spaces or symbols');
    }
    expect(passwordProblems('abababab1212')).toEqual(['Use at least 6 different characters']);
    expect(passwordProblems('aaaaaaaaaaaa')).toHaveLength(2);
  });

  it('accepts any long, varied password (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnop'), minLength: 12, maxLength: 60 }), (letters) => {
        fc.pre(new Set(letters).size >= 6);
        expect(passwordProblems(`${letters}7`)).toEqual([]);
      }),
    );
  });
});

describe('user creation', () => {
  it('normalises the e-mail and the name, and orders the roles', () => {
    const user = validate(userCreateSchema, { ...good, roles: ['inspector', 'editor', 'inspector'] });
    expect(user).toEqual({ email: 'lan.nguyen@langson.gov.vn', displayName: 'Nguyễn Thị Lan', password: good.password, roles: ['editor', 'inspector'] });
  });

  it('points at each wrong field', () => {
    expect(() => validate(userCreateSchema, { email: 'not-an-email', displayName: '', password: 'short', roles: [] })).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: expect.arrayContaining([
          expect.objectContaining({ field: ['email'] }),
          expect.objectContaining({ field: ['displayName'] }),
          expect.objectContaining({ field: ['password'] }),
          expect.objectContaining({ field: ['roles'] }),
        ]),
      }),
    );
  });

  it('refuses unknown roles, oversize e-mails and a password holding the e-mail name', () => {
    expect(userRolesSchema.safeParse(['root']).success).toBe(false);
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@b.vn`).success).toBe(false);
    const result = userCreateSchema.safeParse({ ...good, password: 'Lan.Nguyen-2024!' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['A password may not contain your e-mail name']);
  });

  it('refuses SQL and HTML in an e-mail', () => {
    for (const email of ["a'; drop table users; --@b.vn", '<script>@b.vn', 'a@b']) {
      expect(emailSchema.safeParse(email).success).toBe(false);
    }
  });
});

describe('sign-in and password change input', () => {
  it('sign-in only normalises the e-mail and bounds the sizes', () => {
    expect(signInSchema.parse({ email: ' A@B.VN ', password: 'x' })).toEqual({ email: 'a@b.vn', password: 'x' });
    expect(signInSchema.safeParse({ email: 'a@b.vn', password: 'x'.repeat(1025) }).success).toBe(false);
    expect(signInSchema.safeParse({ email: '', password: '' }).success).toBe(false);
  });

  it('a new password follows the policy and differs from the current one', () => {
    expect(passwordChangeSchema.safeParse({ currentPassword: good.password, newPassword: good.password }).success).toBe(false);
    expect(passwordChangeSchema.safeParse({ currentPassword: good.password, newPassword: 'weak' }).success).toBe(false);
    expect(passwordChangeSchema.safeParse({ currentPassword: good.password, newPassword: 'Mùa hoa đào 2025' }).success).toBe(true);
  });
});

describe('password reset codes', () => {
  it('reads a code typed with dashes, spaces or lower case as its 16 characters', () => {
    expect(resetCodeSchema.parse('abcd-efgh-jkmn-pqrs')).toBe('ABCDEFGHJKMNPQRS');
    expect(resetCodeSchema.parse(' 2345 6789 ABCD EFGH ')).toBe('23456789ABCDEFGH');
  });

  it('refuses what cannot be a code: look-alike letters, wrong lengths, SQL', () => {
    for (const code of ['ABCD-EFGH-JKMN-PQR', 'ABCD-EFGH-JKMN-PQRSX', 'OOOO-1111-IIII-LLLL', "' or 1=1 --", 'x'.repeat(10_000)]) {
      expect(resetCodeSchema.safeParse(code).success, code).toBe(false);
    }
  });

  it('a new password set with a code follows the policy and names the field', () => {
    const result = passwordResetCompleteSchema.safeParse({ email: 'lan.nguyen@x.vn', code: 'ABCD-EFGH-JKMN-PQRS', newPassword: 'lan.nguyen 2020!' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['newPassword']);
  });
});
