import { defineMessages } from '@egov/i18n';

/**
 * Every text of the Inspections remote, in Vietnamese (the default) and English. `title` is also
 * the remote's navigation label (src/remote.tsx), so the menu and the heading always agree.
 */
export const inspectionsMessages = defineMessages({
  vi: {
    title: 'Thanh tra',
    intro: 'Trang đầu của mục Thanh tra.',
    noticeTitle: 'Đang xây dựng',
    noticeBody: 'Nội dung của mục này đang được hoàn thiện.',
    alertInfo: 'Thông tin',
  },
  en: {
    title: 'Inspections',
    intro: 'The first page of the Inspections section.',
    noticeTitle: 'Under construction',
    noticeBody: 'The content of this section is being prepared.',
    alertInfo: 'Information',
  },
});
