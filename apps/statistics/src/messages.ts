import { defineMessages } from '@egov/i18n';

/**
 * Every text of the Statistics remote, in Vietnamese (the default) and English. `title` is also
 * the remote's navigation label (src/remote.tsx), so the menu and the heading always agree.
 */
export const statisticsMessages = defineMessages({
  vi: {
    title: 'Thống kê',
    intro: 'Trang đầu của mục Thống kê.',
    noticeTitle: 'Đang xây dựng',
    noticeBody: 'Nội dung của mục này đang được hoàn thiện.',
    alertInfo: 'Thông tin',
  },
  en: {
    title: 'Statistics',
    intro: 'The first page of the Statistics section.',
    noticeTitle: 'Under construction',
    noticeBody: 'The content of this section is being prepared.',
    alertInfo: 'Information',
  },
});
