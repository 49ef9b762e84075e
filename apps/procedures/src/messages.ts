import { defineMessages } from '@egov/i18n';

/**
 * Every text of the Administrative procedures remote, in Vietnamese (the default) and English. `title` is also
 * the remote's navigation label (src/remote.tsx), so the menu and the heading always agree.
 */
export const proceduresMessages = defineMessages({
  vi: {
    title: 'Thủ tục hành chính',
    intro: 'Trang đầu của mục Thủ tục hành chính.',
    noticeTitle: 'Đang xây dựng',
    noticeBody: 'Nội dung của mục này đang được hoàn thiện.',
    alertInfo: 'Thông tin',
  },
  en: {
    title: 'Administrative procedures',
    intro: 'The first page of the Administrative procedures section.',
    noticeTitle: 'Under construction',
    noticeBody: 'The content of this section is being prepared.',
    alertInfo: 'Information',
  },
});
