import { describe, expect, it } from 'vitest';
import { articleInputSchema, publishOptionsSchema, type ArticleInput } from './article';

const draft: ArticleInput = {
  title: 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020',
  bodyHtml: '<p>Ngày 26/6/2020 …</p>',
  authorName: 'Nguyễn Như Trang',
  authorUnitCode: 'trung-tam-cntt-tt',
  authorPersonId: 'nguyen-nhu-trang',
  relatedUnitCodes: ['so-tttt', 'thanh-tra-so'],
  eventDate: '2020-06-26',
  reportsPeriod: '2020-H1',
  topics: ['Trạm truyền thanh cấp xã'],
  images: [{ fileName: '20200630-Nam-6.jpg', captionVi: 'Đồng chí Nguyễn Quang Huy phát biểu khai mạc Hội nghị.', position: 1 }],
};

const issueFields = (input: unknown) => {
  const result = articleInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('articleInputSchema', () => {
  it('accepts a draft and uses the caption as the alternative text of an image', () => {
    const parsed = articleInputSchema.parse(draft);
    expect(parsed.images[0]?.altVi).toBe('Đồng chí Nguyễn Quang Huy phát biểu khai mạc Hội nghị.');
  });

  it('fills empty lists when they are left out', () => {
    const { relatedUnitCodes: _r, topics: _t, images: _i, ...bare } = draft;
    expect(articleInputSchema.parse(bare)).toMatchObject({ relatedUnitCodes: [], topics: [], images: [] });
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a title too long', { title: 'x'.repeat(301) }, 'title'],
    ['a summary too long', { summary: 'x'.repeat(301) }, 'summary'],
    ['a period that is not one', { reportsPeriod: '2020-H3' }, 'reportsPeriod'],
    ['an event date that is not a date', { eventDate: '26/6/2020' }, 'eventDate'],
    ['a unit listed twice', { relatedUnitCodes: ['so-tttt', 'so-tttt'] }, 'relatedUnitCodes.1'],
    [
      'two images at one position',
      { images: [{ fileName: 'a.jpg', captionVi: 'A', position: 1 }, { fileName: 'b.jpg', captionVi: 'B', position: 1 }] },
      'images.1.position',
    ],
    ['an image path with folders', { images: [{ fileName: '../etc/passwd', captionVi: 'A', position: 1 }] }, 'images.0.fileName'],
    ['a slug with capitals', { slug: 'Hoi-Nghi' }, 'slug'],
  ])('refuses %s', (_, change, field) => {
    expect(issueFields({ ...draft, ...change })).toContain(field);
  });
});

describe('publishOptionsSchema', () => {
  it('wants an instant with its offset', () => {
    expect(publishOptionsSchema.safeParse({ at: '2020-06-30T15:54:00+07:00' }).success).toBe(true);
    expect(publishOptionsSchema.safeParse({ at: '2020-06-30 15:54' }).success).toBe(false);
  });
});
