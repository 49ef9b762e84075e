import { defineMessages } from '@egov/i18n';

/** The texts of signing in and out, the same in the shell and in a remote run on its own. */
export const sessionMessages = defineMessages({
  vi: {
    signIn: 'Đăng nhập',
    signInTitle: 'Đăng nhập cho cán bộ',
    signInIntro: 'Dành cho cán bộ của Sở. Người dân tra cứu thông tin và hồ sơ không cần đăng nhập.',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    emailMissing: 'Nhập địa chỉ thư điện tử',
    passwordMissing: 'Nhập mật khẩu',
    signInFailed: 'Thư điện tử hoặc mật khẩu không đúng',
    signInUnavailable: 'Chưa đăng nhập được: không kết nối được máy chủ. Hãy thử lại.',
    errorSummaryTitle: 'Có lỗi cần sửa',
    errorPrefix: 'Lỗi',
    signedInAs: 'Đã đăng nhập: {name}',
    signOut: 'Đăng xuất',
  },
  en: {
    signIn: 'Sign in',
    signInTitle: 'Staff sign-in',
    signInIntro: "For the Department's staff. Citizens look up information and dossiers without signing in.",
    email: 'Email',
    password: 'Password',
    emailMissing: 'Enter your email address',
    passwordMissing: 'Enter your password',
    signInFailed: 'The email or the password is wrong',
    signInUnavailable: 'Could not sign in: the server cannot be reached. Please try again.',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error',
    signedInAs: 'Signed in: {name}',
    signOut: 'Sign out',
  },
});
