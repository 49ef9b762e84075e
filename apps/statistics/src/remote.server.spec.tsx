import { renderRemoteOnServer } from '@egov/federation/testing';
import { describe, expect, it } from 'vitest';
import remote from './remote';
import { awardsAnswers, dashboardAnswers, gateway } from './test-fixtures';
import { fieldSlugs } from './view/fields';
import { dashboardFixture, firstAwards, level4, newspapers, period } from './view/test-fixtures';

/** The text a reader sees in some markup: without tags and React's text separators, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The markup of the first element `tag` (not nested in one of its kind), with the attribute `name="value"` if given, at any place among its attributes. */
const elementOf = (html: string, tag: string, attribute?: string) =>
  new RegExp(`<${tag}\\b${attribute ? `[^>]*\\s${attribute}` : ''}[^>]*>[\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '';

/** The headings of a level in the markup, as read. */
const headingsOf = (html: string, level: number) => [...html.matchAll(new RegExp(`<h${level}\\b[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((match) => textOf(match[1] ?? ''));

// The statistics remote as the gateway renders it (Node, no DOM): the first HTML a reader gets.
describe('the statistics remote rendered on the server', () => {
  it('renders the figures of a period in Vietnamese by field, with targets, derived figures and the consistency checks', async () => {
    const rendered = await renderRemoteOnServer(remote, { url: `/thong-ke?ky=${period.code}`, language: 'vi', fetch: gateway(dashboardAnswers) });

    expect(rendered.html).toMatch(new RegExp(`<h1[^>]*>Số liệu thống kê: ${period.labelVi}</h1>`));
    expect(headingsOf(rendered.html, 2)).toEqual(['Tải về số liệu đang xem', ...dashboardFixture.fields.map((each) => each.field.labelVi), 'Đối chiếu số liệu']);
    const level4Card = textOf(elementOf(rendered.html, 'article', `aria-label="${level4.nameVi}"`));
    expect(level4Card).toContain('32,4\u00a0% dịch vụ công');
    expect(level4Card).toContain('Chỉ tiêu kế hoạch: 30\u00a0% · Đạt');
    expect(textOf(elementOf(rendered.html, 'article', `aria-label="${newspapers.nameVi}"`))).toContain('187/200 → 93,5\u00a0% (báo cáo ghi 94\u00a0%)');
    expect(textOf(rendered.html)).toContain('238 × 3.555 = 846.090');
    // The downloads made from the rows shown need the script: in the HTML they keep their room out of reach, and the open data is offered.
    expect(textOf(elementOf(rendered.html, 'div', 'inert=""'))).toContain('Tải CSV');
    expect(rendered.html).toMatch(/<a download="" href="\/open-data\/indicators\.csv"/);
    expect(textOf(rendered.html)).toContain('Các ước tính lệch nhau 66.090 người (8,5\u00a0%): từ 780.000 đến 846.090.');
    // Read from the cache on hydration, not asked again.
    expect(JSON.stringify(rendered.apollo)).toContain('Observation:7');
  });

  it('renders only the field chosen in the address, and its filters as a GET form that works without scripts', async () => {
    const rendered = await renderRemoteOnServer(remote, { url: `/thong-ke?linh-vuc=${fieldSlugs.POST}`, language: 'vi', fetch: gateway(dashboardAnswers) });
    const post = dashboardFixture.fields.find((each) => each.field.code === 'POST')!;

    expect(headingsOf(rendered.html, 2)).toEqual(['Tải về số liệu đang xem', post.field.labelVi, 'Đối chiếu số liệu']);
    expect(headingsOf(rendered.html, 3)).toEqual(expect.arrayContaining(post.indicators.map((each) => each.indicator.nameVi)));
    expect(rendered.html).not.toContain(level4.nameVi);

    const form = elementOf(rendered.html, 'form', 'aria-label="Chọn số liệu"');
    const formTag = /^<form[^>]*>/.exec(form)?.[0];
    expect(formTag).toContain('method="get"');
    expect(formTag).toContain('action="/thong-ke"');
    expect(form).toMatch(/<input(?=[^>]*type="hidden")(?=[^>]*name="lang")[^>]*value="vi"/);
    expect(form).toMatch(new RegExp(`<option[^>]*value="${period.code}"[^>]*selected=""[^>]*>${period.labelVi}</option>`));
    const fieldSelect = elementOf(form, 'select', 'name="linh-vuc"');
    expect([...fieldSelect.matchAll(/<option[^>]*value="([^"]*)"/g)].map((match) => match[1])).toEqual(['', ...dashboardFixture.fields.map((each) => fieldSlugs[each.field.code])]);
    expect(fieldSelect).toMatch(new RegExp(`<option[^>]*value="${fieldSlugs.POST}"[^>]*selected=""`));
  });

  it('renders the awards register as a table, one row an award, with the totals', async () => {
    const rendered = await renderRemoteOnServer(remote, { url: '/thong-ke/khen-thuong', language: 'vi', fetch: gateway(awardsAnswers) });

    expect(rendered.html).toMatch(/<h1[^>]*>Khen thưởng<\/h1>/);
    const table = elementOf(rendered.html, 'table');
    expect(table).toMatch(/<caption[^>]*>Danh sách khen thưởng<\/caption>/);
    const rows = [...table.matchAll(/<tbody[^>]*>([\s\S]*?)<\/tbody>/g)].flatMap((body) => [...(body[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]).map((row) => textOf(row[1] ?? ''));
    expect(rows).toHaveLength(firstAwards.length);
    firstAwards.forEach((award, index) => {
      expect(rows[index]).toContain(award.kindLabelVi);
      expect(rows[index]).toContain(award.reasonVi);
      expect(rows[index]).toContain('26/06/2020');
    });
    expect(rows[0]).toContain('Trung tâm Công nghệ thông tin và Truyền thông');
    expect(rows[2]).toContain('Các tập thể và cá nhân điển hình tiên tiến ngành TT&TT: 6 tập thể và 13 cá nhân');
    const totals = awardsAnswers['AwardsRegister'] as { awards: { totals: { awards: number; collectives: number; individuals: number } } };
    expect(textOf(rendered.html)).toContain(`${totals.awards.totals.awards} quyết định khen thưởng: ${totals.awards.totals.collectives} tập thể, ${totals.awards.totals.individuals} cá nhân.`);
  });

  it('reads in English when the reader chose English, its links and form keeping the language', async () => {
    const rendered = await renderRemoteOnServer(remote, { url: '/thong-ke', language: 'en', fetch: gateway(dashboardAnswers) });

    expect(rendered.html).toMatch(new RegExp(`<h1[^>]*>Statistics: ${period.labelEn}</h1>`));
    expect(textOf(elementOf(rendered.html, 'article', `aria-label="${level4.nameEn}"`))).toContain('32.4% public services');
    expect(headingsOf(rendered.html, 2)).toContain('Consistency of the figures');
    expect(textOf(rendered.html)).toContain('238 × 3,555 = 846,090');
    expect(rendered.html).toMatch(/<input(?=[^>]*name="lang")[^>]*value="en"/);
    expect(rendered.html).toContain('href="/thong-ke/khen-thuong?lang=en"');
  });
});
