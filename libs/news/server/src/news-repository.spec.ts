import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
// The units table references administrative areas, so a test database needs their migrations too.
import { districtsMigrations } from '@egov/districts-server';
import type { ArticleInput } from '@egov/news-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMigrations } from './migrations';
import { createNewsRepository, type NewsRepository } from './news-repository';

const who = { actor: 'editor' };
const NOW = new Date('2020-07-01T09:00:00+07:00');

const article = (title: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  title,
  bodyHtml: `<p>${title}. Câu thứ hai của bài.</p>`,
  authorName: 'Nguyễn Như Trang',
  authorUnitCode: 'trung-tam-cntt-tt',
  authorPersonId: 'nguyen-nhu-trang',
  relatedUnitCodes: [],
  topics: [],
  images: [],
  ...extra,
});

describe.each(testBackends)('news repository on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;

  const counts = async () =>
    (
      await db.query<{ audits: number; articles: number; images: number; units: number }>(`select (select count(*) from audit_log)::int as audits, (select count(*) from news_articles)::int as articles,
        (select count(*) from news_article_images)::int as images, (select count(*) from news_article_units)::int as units`)
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations]);
    const units = createUnitsRepository(db);
    const unit = (code: string, nameVi: string, parentCode: string | null, kind: 'department' | 'division' | 'inspectorate' | 'centre') =>
      units.create({ code, kind, nameVi, nameEn: nameVi, parentCode, areaCode: null, descriptionVi: null, website: null, sourceQuote: null }, who);
    await unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, 'department');
    await unit('thanh-tra-so', 'Thanh tra Sở', 'so-tttt', 'inspectorate');
    await unit('trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'so-tttt', 'centre');
    await units.createPerson(
      { id: 'nguyen-nhu-trang', fullName: 'Nguyễn Như Trang', positionVi: null, positionEn: null, unitCode: 'trung-tam-cntt-tt', sourceQuote: null },
      who,
    );
    news = createNewsRepository(db, { clock: () => NOW });
  });
  afterAll(() => db.dispose());

  it('saves a draft with a slug from the title, a derived summary, its images and units, hidden from the public', async () => {
    const draft = await news.createDraft(
      article('Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020', {
        relatedUnitCodes: ['thanh-tra-so', 'so-tttt'],
        images: [
          { fileName: 'b.jpg', captionVi: 'Ảnh sau', position: 2 },
          { fileName: 'a.jpg', captionVi: 'Ảnh đầu', altVi: 'Người phát biểu', position: 1 },
        ],
      }),
      who,
    );
    expect(draft).toMatchObject({
      slug: 'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020',
      state: 'draft',
      summary: 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020. Câu thứ hai của bài.',
      publishedAt: null,
      relatedUnitCodes: ['thanh-tra-so', 'so-tttt'],
      version: 1,
    });
    expect(draft.images.map((i) => [i.fileName, i.altVi])).toEqual([
      ['a.jpg', 'Người phát biểu'],
      ['b.jpg', 'Ảnh sau'],
    ]);
    expect(await news.getBySlug(draft.slug)).toBeNull();
    expect((await news.getBySlug(draft.slug, { includeUnpublished: true }))?.id).toBe(draft.id);
    expect((await news.listPublished()).totalCount).toBe(0);
  });

  it('never stores a script or an event handler', async () => {
    const draft = await news.createDraft(
      article('Bài có mã độc', { bodyHtml: '<p>Nội dung</p><script>alert(1)</script><img src="x" onerror="alert(1)"><p onmouseover="x()">Hết</p>' }),
      who,
    );
    const [row] = await db.query<{ body_html: string }>('select body_html from news_articles where id = $1', [draft.id]);
    expect(row?.body_html).toBe('<p>Nội dung</p><p>Hết</p>');
    const updated = await news.update(draft.id, draft.version, article('Bài có mã độc', { bodyHtml: '<p>Sửa<script>x</script></p>' }), who);
    expect(updated.bodyHtml).toBe('<p>Sửa</p>');
  });

  it('keeps safe bodies that look like handlers in a title or in quoted text', async () => {
    const bodyHtml =
      '<p>Xem <a href="https://dichvucong.gov.vn" title="Dịch vụ công online=true">Cổng dịch vụ công</a>.</p>' +
      '<p>Mã độc thường viết " onmouseover=alert(1) " trong trang.</p>' +
      '<p><a href="/tin-tuc/bai-truoc" title="Trích &quot; onmouseover=x &quot;">Bài trước</a></p>';
    const saved = await news.createDraft(article('Bài nói về mã độc', { bodyHtml }), who);
    expect(saved.bodyHtml).toContain('title="Dịch vụ công online=true"');
    expect(saved.bodyHtml).toContain('" onmouseover=alert(1) "');
    expect(saved.bodyHtml).toContain('title="Trích &quot; onmouseover=x &quot;"');
  });

  it('refuses, by the database, a body with a script or a handler written around the repository, naming the input field', async () => {
    const draft = await news.createDraft(article('Bài bị sửa ngoài cổng'), who);
    for (const bodyHtml of [
      '<p>a</p><script>alert(1)</script>',
      '<p>a</p><img src=x onerror=alert(1)>',
      '<p title="x" onclick="alert(1)">a</p>',
      '<a href="javascript:alert(1)">a</a>',
      '<a href="jav&#x61;script:alert(1)">a</a>',
      '<svg/onload=alert(1)>',
    ]) {
      await expect(db.query('update news_articles set body_html = $2 where id = $1', [draft.id, bodyHtml]), bodyHtml).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ field: ['bodyHtml'] }],
      });
    }
    expect((await news.get(draft.id))?.bodyHtml).toBe(draft.bodyHtml);
  });

  it('publishes now, schedules a future time, and shows each only when its time has come', async () => {
    const now = await news.createDraft(article('Tin đăng ngay'), who);
    const later = await news.createDraft(article('Tin hẹn giờ'), who);
    const published = await news.publish(now.id, now.version, {}, who);
    expect(published).toMatchObject({ state: 'published', publishedAt: NOW.toISOString(), firstPublishedAt: NOW.toISOString(), version: 2 });
    await news.publish(later.id, later.version, { at: '2020-07-02T08:00:00+07:00' }, who);
    expect(await news.getBySlug(later.slug)).toBeNull();
    expect((await news.getBySlug(later.slug, { now: new Date('2020-07-02T08:00:00+07:00') }))?.title).toBe('Tin hẹn giờ');
    const titles = async (when: Date) => (await news.listPublished({ now: when })).items.map((a) => a.title);
    expect(await titles(NOW)).toEqual(['Tin đăng ngay']);
    expect(await titles(new Date('2020-07-03T00:00:00Z'))).toEqual(['Tin hẹn giờ', 'Tin đăng ngay']);
  });

  it('pages newest first by cursor or by offset, with the total count', async () => {
    for (let day = 10; day < 15; day++) {
      const draft = await news.createDraft(article(`Tin ngày ${day}/6/2020`), who);
      await news.publish(draft.id, draft.version, { at: `2020-06-${day}T08:00:00+07:00` }, who);
    }
    const first = await news.listPublished({ first: 3 });
    expect(first.totalCount).toBe(6);
    expect(first.items.map((a) => a.title)).toEqual(['Tin đăng ngay', 'Tin ngày 14/6/2020', 'Tin ngày 13/6/2020']);
    expect(first.hasNextPage).toBe(true);
    const second = await news.listPublished({ first: 3, after: first.endCursor });
    expect(second.items.map((a) => a.title)).toEqual(['Tin ngày 12/6/2020', 'Tin ngày 11/6/2020', 'Tin ngày 10/6/2020']);
    expect(second.hasNextPage).toBe(false);
    expect((await news.listPublished({ first: 2, offset: 2 })).items.map((a) => a.title)).toEqual(['Tin ngày 13/6/2020', 'Tin ngày 12/6/2020']);
    await expect(news.listPublished({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(news.listPublished({ first: 0 })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lists for editors what the public does not see (drafts, scheduled, withdrawn), last saved first', async () => {
    const draft = await news.createDraft(article('Bản nháp của danh sách biên tập'), who);
    const scheduled = await news.createDraft(article('Tin hẹn đăng tuần sau'), who);
    await news.publish(scheduled.id, scheduled.version, { at: '2020-07-08T08:00:00+07:00' }, who);
    const gone = await news.createDraft(article('Tin gỡ vì sai số liệu'), who);
    const out = await news.publish(gone.id, gone.version, {}, who);
    await news.withdraw(gone.id, out.version, 'Sai số liệu', who);

    const work = await news.listUnpublished();
    const titles = work.items.map((a) => a.title);
    expect(titles.slice(0, 3)).toEqual(['Tin gỡ vì sai số liệu', 'Tin hẹn đăng tuần sau', 'Bản nháp của danh sách biên tập']);
    expect(titles).not.toContain('Tin đăng ngay');
    expect(work.totalCount).toBe(titles.length);
    expect(work.items.find((a) => a.id === draft.id)).toMatchObject({ state: 'draft', publishedAt: null });
    // Once its time has come, the scheduled article is the public's, no longer on the work list.
    const later = await news.listUnpublished({ now: new Date('2020-07-09T00:00:00Z') });
    expect(later.items.map((a) => a.title)).not.toContain('Tin hẹn đăng tuần sau');
    expect(later.items.map((a) => a.title)).toContain('Tin gỡ vì sai số liệu');
    expect(later.totalCount).toBe(later.items.length);
    const paged = await news.listUnpublished({ first: 1, offset: 1 });
    expect(paged.items.map((a) => a.title)).toEqual(['Tin hẹn đăng tuần sau']);
    expect(paged.hasNextPage).toBe(true);
  });

  it('finds articles ignoring case and diacritics, title matches first, and only visible ones', async () => {
    const inBody = await news.createDraft(article('Tin về bưu chính', { bodyHtml: '<p>Bên lề hội nghị sơ kết, các đại biểu trao đổi.</p>' }), who);
    await news.publish(inBody.id, inBody.version, { at: '2020-06-01T08:00:00+07:00' }, who);
    const hidden = await news.createDraft(article('Hội nghị chưa đăng'), who);
    const found = await news.search('hoi nghi');
    expect(found.map((a) => a.title)).toEqual(['Tin về bưu chính']);
    expect((await news.search('HỘI NGHI', { includeUnpublished: true })).map((a) => a.id)).toContain(hidden.id);
    expect((await news.search('hoi nghi', { includeUnpublished: true }))[0]?.title).toMatch(/^Hội nghị/);
  });

  it('requires a change note to edit a published article, and refuses a stale version', async () => {
    const draft = await news.createDraft(article('Tin cần đính chính'), who);
    const edited = await news.update(draft.id, draft.version, article('Tin cần đính chính', { summary: 'Bản nháp sửa không cần ghi chú.' }), who);
    const published = await news.publish(edited.id, edited.version, { at: '2020-06-30T15:54:00+07:00' }, who);
    const before = await counts();
    await expect(news.update(published.id, published.version, article('Tin đã đính chính'), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['changeNote'] }],
    });
    expect(await counts()).toEqual(before);
    const corrected = await news.update(published.id, published.version, article('Tin đã đính chính', { changeNote: 'Sửa tiêu đề' }), { actor: 'chief' });
    expect(corrected).toMatchObject({ title: 'Tin đã đính chính', slug: 'tin-can-dinh-chinh', changeNote: 'Sửa tiêu đề', version: published.version + 1 });
    await expect(
      news.update(published.id, published.version, article('Tin khác', { changeNote: 'Ghi đè' }), who),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(news.publish(corrected.id, 1, {}, who)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await counts()).toEqual({ ...before, audits: before!.audits + 1 });
    expect((await readAudit(db, 'article', draft.id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ['article.create', 'editor'],
      ['article.update', 'editor'],
      ['article.publish', 'editor'],
      ['article.update', 'chief'],
    ]);
  });

  it('withdraws and restores an article, keeping its publication time; other moves are refused', async () => {
    const draft = await news.createDraft(article('Tin bị gỡ'), who);
    const before = await counts();
    await expect(news.withdraw(draft.id, draft.version, 'Sai', who)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await counts()).toEqual(before);
    const published = await news.publish(draft.id, draft.version, { at: '2020-06-20T10:00:00+07:00' }, who);
    await expect(news.publish(published.id, published.version, {}, who)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(news.withdraw(published.id, published.version, '  ', who)).rejects.toMatchObject({ code: 'VALIDATION' });
    const withdrawn = await news.withdraw(published.id, published.version, 'Thông tin chưa được kiểm chứng', who);
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawalReason: 'Thông tin chưa được kiểm chứng' });
    expect(await news.getBySlug(withdrawn.slug)).toBeNull();
    const restored = await news.publish(withdrawn.id, withdrawn.version, {}, who);
    expect(restored).toMatchObject({ state: 'published', publishedAt: published.publishedAt, firstPublishedAt: published.publishedAt, withdrawalReason: null });
    expect((await readAudit(db, 'article', draft.id)).map((entry) => entry.action)).toEqual([
      'article.create',
      'article.publish',
      'article.withdraw',
      'article.publish',
    ]);
  });

  it('refuses bad input, an unknown unit or person and a taken slug, writing nothing', async () => {
    const before = await counts();
    await expect(news.createDraft(article('  '), who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['title'] }] });
    await expect(
      news.createDraft(article('Tin có đơn vị lạ', { relatedUnitCodes: ['so-tttt', 'khong-co'], images: [{ fileName: 'a.jpg', captionVi: 'A', position: 1 }] }), who),
    ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', issues: [{ field: ['relatedUnitCodes'] }] });
    await expect(news.createDraft(article('Tin có tác giả lạ', { authorPersonId: 'nguoi-la' }), who)).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
    });
    await expect(news.createDraft(article('Tin bị gỡ'), who)).rejects.toMatchObject({ code: 'DUPLICATE', issues: [{ field: ['slug'] }] });
    await expect(news.update('00000000-0000-4000-8000-000000000000', 1, article('X'), who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(news.publish('not-an-id', 1, {}, who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a statistics period the composition does not know, on reportsPeriod, writing nothing', async () => {
    const asked: string[] = [];
    const checked = createNewsRepository(db, {
      clock: () => NOW,
      periodExists: async (code) => {
        asked.push(code);
        return code === '2020-H1';
      },
    });
    const before = await counts();
    const unknown = { code: 'UNKNOWN_REFERENCE', issues: [{ field: ['reportsPeriod'], code: 'UNKNOWN_REFERENCE', message: 'There is no statistics period "2099-H1".' }] };
    await expect(checked.createDraft(article('Tin kỳ chưa có', { reportsPeriod: '2099-H1' }), who)).rejects.toMatchObject(unknown);
    expect(await counts()).toEqual(before);

    const made = await checked.createDraft(article('Tin kỳ đã có', { reportsPeriod: '2020-H1' }), who);
    expect(made.reportsPeriod).toBe('2020-H1');
    await expect(checked.update(made.id, made.version, article('Tin kỳ đã có', { reportsPeriod: '2099-H1' }), who)).rejects.toMatchObject(unknown);
    expect((await checked.get(made.id))).toMatchObject({ reportsPeriod: '2020-H1', version: made.version });
    // No period, nothing to ask; a malformed one is refused by the model before anyone is asked.
    await checked.update(made.id, made.version, article('Tin kỳ đã có', { reportsPeriod: null }), who);
    await expect(checked.createDraft(article('Tin kỳ sai', { reportsPeriod: '2020-H3' }), who)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(asked).toEqual(['2099-H1', '2020-H1', '2099-H1']);
  });

  it('reads many articles, their images and their units in the order asked', async () => {
    const withImages = await news.createDraft(
      article('Tin có ảnh', { relatedUnitCodes: ['so-tttt'], images: [{ fileName: 'x.jpg', captionVi: 'Ảnh X', position: 1 }] }),
      who,
    );
    const plain = (await news.getBySlug('tin-bi-go'))!;
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await news.getMany([plain.id, unknown, withImages.id, 'junk'])).map((a) => a?.title ?? null)).toEqual([
      'Tin bị gỡ',
      null,
      'Tin có ảnh',
      null,
    ]);
    expect(await news.imagesForArticles([plain.id, withImages.id])).toEqual([[], [{ fileName: 'x.jpg', captionVi: 'Ảnh X', altVi: 'Ảnh X', position: 1 }]]);
    expect(await news.unitsForArticles([withImages.id, unknown])).toEqual([['so-tttt'], []]);
  });

  it('replaces the images and units of an edit and audits them', async () => {
    const draft = (await news.getBySlug('tin-co-anh', { includeUnpublished: true }))!;
    const changed = await news.update(
      draft.id,
      draft.version,
      article('Tin có ảnh', { relatedUnitCodes: ['thanh-tra-so', 'so-tttt'], images: [{ fileName: 'y.jpg', captionVi: 'Ảnh Y', position: 1 }] }),
      who,
    );
    expect(changed.images.map((i) => i.fileName)).toEqual(['y.jpg']);
    expect(changed.relatedUnitCodes).toEqual(['thanh-tra-so', 'so-tttt']);
    const trail = await readAudit(db, 'article', draft.id);
    expect(trail.at(-1)).toMatchObject({
      action: 'article.attachments',
      before: { relatedUnitCodes: ['so-tttt'] },
      after: { relatedUnitCodes: ['thanh-tra-so', 'so-tttt'] },
    });
  });

  it('gives the years of the public news and each year\'s articles in Viet Nam\'s calendar, for the sitemap', async () => {
    const at = async (title: string, when: string) => {
      const draft = await news.createDraft(article(title), who);
      return news.publish(draft.id, draft.version, { at: when }, who);
    };
    // 16:30 UTC on 31 December 2019 is still 2019 in Viet Nam; 17:10 UTC on 31 December 2020 is already 2021.
    const lastOf2019 = await at('Tin cuối năm 2019', '2019-12-31T23:30:00+07:00');
    const firstOf2021 = await at('Tin đầu năm 2021', '2021-01-01T00:10:00+07:00');
    const later = new Date('2021-06-01T00:00:00Z');
    expect(await news.publishedYears(later)).toEqual([2019, 2020, 2021]);
    // Before its time, the 2021 article is nobody's to index.
    expect(await news.publishedYears()).toEqual([2019, 2020]);
    expect(await news.publishedInYear(2021, later)).toEqual([{ slug: firstOf2021.slug, lastChanged: '2020-12-31T17:10:00.000Z' }]);
    expect(await news.publishedInYear(2019, later)).toEqual([{ slug: lastOf2019.slug, lastChanged: '2019-12-31T16:30:00.000Z' }]);
    const of2020 = await news.publishedInYear(2020, later);
    expect(of2020.length).toBeGreaterThan(1);
    expect(of2020.map((entry) => entry.slug)).not.toContain(firstOf2021.slug);
    expect(await news.publishedInYear(2020, later, 2)).toHaveLength(2);
  });
});
