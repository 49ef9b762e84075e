import { defineMessages } from '@egov/i18n';

/**
 * The shell's texts that are not in @egov/i18n's common messages: the spoken prefixes of alerts
 * (@egov/ui defaults them to Vietnamese only) and the home page's small print.
 */
export const shellMessages = defineMessages({
  vi: {
    alertInfo: 'Thông tin',
    alertSuccess: 'Thành công',
    alertWarning: 'Cảnh báo',
    alertError: 'Lỗi',
    opensNewTab: '(mở trong thẻ mới)',
    period: 'Kỳ số liệu: {period}',
    target: 'Chỉ tiêu: {target}',
    noNews: 'Chưa có tin mới.',
    noIndicators: 'Chưa có số liệu.',
    sections: 'Chuyên mục',
    'title_own-account': 'Tài khoản của tôi',
    'title_staff-accounts': 'Quản lý tài khoản cán bộ',
    'title_password-reset': 'Đặt lại mật khẩu',
    myAccount: 'Tài khoản',
    staffAccounts: 'Quản lý tài khoản',
  },
  en: {
    alertInfo: 'Information',
    alertSuccess: 'Success',
    alertWarning: 'Warning',
    alertError: 'Error',
    opensNewTab: '(opens in a new tab)',
    period: 'Period: {period}',
    target: 'Target: {target}',
    noNews: 'No news yet.',
    noIndicators: 'No figures yet.',
    sections: 'Sections',
    'title_own-account': 'My account',
    'title_staff-accounts': 'Staff accounts',
    'title_password-reset': 'Reset password',
    myAccount: 'Account',
    staffAccounts: 'Staff accounts',
  },
});
