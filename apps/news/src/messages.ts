import { defineMessages } from '@egov/i18n';

/**
 * Every text of the News remote, in Vietnamese (the default) and English. `title` is also
 * the remote's navigation label (src/remote.tsx), so the menu and the heading always agree.
 */
export const newsMessages = defineMessages({
  vi: {
    title: 'Tin tức',
    intro: 'Trang đầu của mục Tin tức.',
    noticeTitle: 'Đang xây dựng',
    noticeBody: 'Nội dung của mục này đang được hoàn thiện.',
    alertInfo: 'Thông tin',
  },
  en: {
    title: 'News',
    intro: 'The first page of the News section.',
    noticeTitle: 'Under construction',
    noticeBody: 'The content of this section is being prepared.',
    alertInfo: 'Information',
  },
});
