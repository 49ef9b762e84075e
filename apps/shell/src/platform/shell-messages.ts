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
  },
});
