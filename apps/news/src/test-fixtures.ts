/** What the unit tests of the news remote answer for the gateway: the first data set's article and its unit. */
import { graphqlRequestOf } from '@egov/client';

export type Answer = (body: { operationName?: string; variables?: Record<string, unknown> }) => unknown;

/** A gateway stand-in: answers each operation with `answer`, or fails when there is none. */
export const gateway = (answer?: Answer): typeof fetch => async (input, init) => {
  if (!answer) throw new Error('no network in unit tests');
  return new Response(JSON.stringify({ data: answer(graphqlRequestOf(input, init)) }), { headers: { 'content-type': 'application/json' } });
};

export const unit = { __typename: 'Unit', id: 'VW5pdDp0cnVuZy10YW0', code: 'trung-tam-cntt-tt', nameVi: 'Trung tâm Công nghệ thông tin và Truyền thông', nameEn: 'Centre for IT and Communications' };
export const seedArticle = {
  __typename: 'NewsArticle',
  id: 'TmV3c0FydGljbGU6MQ',
  slug: 'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020',
  title: 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020',
  summary: 'Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&TT) Lạng Sơn đã tổ chức Hội nghị sơ kết.',
  state: 'PUBLISHED',
  publishedAt: '2020-06-30T08:54:00.000Z',
  updatedAt: '2020-06-30T08:54:00.000Z',
  version: 2,
  authorUnit: unit,
};
export const page = (nodes: unknown[], totalCount = nodes.length) => ({
  __typename: 'NewsArticleConnection',
  totalCount,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false },
  nodes,
});

/** The seeded article as its page asks for it: body, images, topics and period. */
export const seedArticlePage = {
  ...seedArticle,
  bodyHtml: '<p>Ngày 26/6/2020, Sở TT&amp;TT Lạng Sơn đã tổ chức Hội nghị.</p>',
  firstPublishedAt: seedArticle.publishedAt,
  changeNote: null,
  withdrawalReason: null,
  eventDate: '2020-06-26',
  reportsPeriod: '2020-H1',
  topics: ['đầu tư xây dựng Trạm truyền thanh cấp xã'],
  authorName: 'Nguyễn Như Trang',
  images: [{ __typename: 'NewsImage', fileName: '20200630-Nam-6.jpg', captionVi: 'Đồng chí Nguyễn Quang Huy phát biểu khai mạc Hội nghị.', altVi: 'Đồng chí Nguyễn Quang Huy phát biểu khai mạc Hội nghị.', position: 1 }],
  relatedUnits: [unit],
};
