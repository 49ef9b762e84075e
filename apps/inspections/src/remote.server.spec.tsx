import { renderRemoteOnServer } from '@egov/federation/testing';
import { describe, expect, it } from 'vitest';
import remote from './remote';
import { decision, fakeGateway, H1, inspection, observations, reported, registerTotals } from './test-fixtures';

// The inspections remote as the gateway renders it (Node, no DOM): the first HTML a reader gets,
// and all a reader without JavaScript gets.

/** The markup as a reader reads it: React's text separators dropped, no-break spaces as spaces. */
const readable = (html: string) => html.replace(/<!-- -->/g, '').replace(/[\u00a0\u202f]/g, ' ');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text of some markup, each element's text apart from the next. */
const textOf = (markup: string) => readable(markup).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** An amount of đồng as Vietnamese writes it: 60.000.000 ₫. */
const vnd = (amount: number) => `${amount < 0 ? '-' : ''}${String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
/** An ISO date as Vietnamese writes it: 15/04/2020. */
const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** The text of each cell of the table row whose header cell reads `header`. */
function rowCells(html: string, header: string): string[] {
  const row = new RegExp(`<tr[^>]*><th scope="row"[^>]*>${escaped(header)}</th>(.*?)</tr>`).exec(html);
  expect(row, `a row headed ${header}`).not.toBeNull();
  return [...(row?.[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => textOf(cell[1] ?? ''));
}

/** The options of the select named `name`: their values, and the one selected. */
function selectNamed(html: string, name: string) {
  const select = new RegExp(`<select[^>]*\\sname="${escaped(name)}"[^>]*>(.*?)</select>`).exec(html);
  expect(select, `a select named ${name}`).not.toBeNull();
  const options = [...(select?.[1] ?? '').matchAll(/<option([^>]*)>/g)].map((option) => ({
    value: /\svalue="([^"]*)"/.exec(option[1] ?? '')?.[1],
    selected: /\sselected(=|\s|$)/.test(option[1] ?? ''),
  }));
  return { values: options.map((option) => option.value), selected: options.filter((option) => option.selected).map((option) => option.value) };
}

/** The figures the register and the report both give, in the table's order. */
const comparedFigures = ['inspections', 'inspectedSubjects', 'checks', 'checkedSubjects', 'decisions', 'finesVnd'] as const;

describe('the inspections remote rendered on the server', () => {
  it('renders the register of the latest period: the reported totals beside the register’s, then its two tables', async () => {
    const gateway = fakeGateway();
    const rendered = await renderRemoteOnServer(remote, { url: '/thanh-tra', language: 'vi', fetch: gateway.fetch });
    const html = readable(rendered.html);

    expect(html).toMatch(new RegExp(`<h1[^>]*>${escaped(remote.nav.vi)}</h1>`));
    expect(html).toMatch(new RegExp(`<h2[^>]*>Tổng hợp kỳ ${escaped(H1.labelVi)}</h2>`));
    expect(html).toContain(
      `Theo báo cáo: thanh tra ${reported.inspections} cuộc/${reported.inspectedSubjects} đơn vị; kiểm tra ${reported.checks} cuộc/${reported.checkedSubjects} đối tượng; ` +
        `ban hành ${reported.decisions} quyết định xử phạt, tiền phạt ${vnd(reported.finesVnd)}.`,
    );
    const differing = comparedFigures.filter((figure) => registerTotals[figure] !== reported[figure]).length;
    expect(html).toMatch(new RegExp(`<div role="status"[^>]*>.*Sổ theo dõi khác số liệu báo cáo ở ${differing} chỉ tiêu\\.`));
    // Reported, the register's, and the difference (register − reported).
    expect(rowCells(html, 'Cuộc thanh tra')).toEqual([reported.inspections, registerTotals.inspections, registerTotals.inspections - reported.inspections].map(String));
    expect(rowCells(html, 'Tiền phạt')).toEqual([reported.finesVnd, registerTotals.finesVnd, registerTotals.finesVnd - reported.finesVnd].map(vnd));
    for (const quote of new Set(observations.map((observation) => observation.sourceQuote))) expect(html).toMatch(new RegExp(`<blockquote[^>]*>“${escaped(quote)}”</blockquote>`));

    expect(html).toMatch(/<caption[^>]*>Các cuộc thanh tra, kiểm tra \(1 cuộc\)<\/caption>/);
    expect(rowCells(html, inspection.decisionNumber)).toEqual([
      'Thanh tra Theo kế hoạch',
      'Internet',
      inspection.subjects.map((subject) => subject.name).join(' '),
      `${viDate(inspection.startedOn)} – ${viDate(inspection.endedOn)}`,
      'Đang tiến hành',
      'Chưa có kết luận',
    ]);
    expect(html).toMatch(/<caption[^>]*>Quyết định xử phạt vi phạm hành chính \(1 quyết định\)<\/caption>/);
    const decisionRow = rowCells(html, decision.number).join(' | ');
    for (const part of [
      viDate(decision.issuedOn),
      'Cá nhân (không công bố tên)',
      `${decision.violations[0]?.descriptionVi} (${decision.violations[0]?.legalArticle})`,
      `${vnd(decision.fineVnd)} Bằng chữ: ${decision.fineInWords}`,
      `Quyết định độc lập: ${decision.standaloneReason}`,
      'Chưa nộp phạt',
    ]) {
      expect(decisionRow).toContain(part);
    }
    // No inspector's tools for an anonymous reader.
    expect(html).not.toContain('Nghiệp vụ thanh tra');
    expect(html).not.toMatch(/<th scope="col"[^>]*>Thao tác<\/th>/);
    // The browser hydrates from the cache the render filled.
    expect(JSON.stringify(rendered.apollo)).toContain(decision.id);
  });

  it('renders the filters as a GET form of lower-case slugs; the address’s filters go to the gateway and show selected', async () => {
    const gateway = fakeGateway();
    const rendered = await renderRemoteOnServer(remote, { url: '/thanh-tra?linh-vuc=post&thi-hanh=paid', language: 'vi', fetch: gateway.fetch });
    const html = readable(rendered.html);

    const form = /(<form[^>]*aria-label="Lọc sổ theo dõi"[^>]*>)(.*?)<\/form>/.exec(html);
    expect(form).not.toBeNull();
    const [, formTag = '', formBody = ''] = form ?? [];
    expect(formTag).toContain('method="get"');
    expect(formTag).toContain('action="/thanh-tra"');
    expect(formBody).toMatch(/<input type="hidden" name="lang" value="vi"\/?>/);
    expect(formBody).toMatch(/<button type="submit"[^>]*>Lọc<\/button>/);

    const period = selectNamed(formBody, 'ky');
    const field = selectNamed(formBody, 'linh-vuc');
    const status = selectNamed(formBody, 'trang-thai');
    const enforcement = selectNamed(formBody, 'thi-hanh');
    // The values are the address's: lower-case slugs, the first ("Tất cả") empty.
    for (const select of [field, status, enforcement]) {
      expect(select.values[0]).toBe('');
      for (const value of select.values) expect(value).toMatch(/^[a-z-]*$/);
    }
    expect(field.values).toEqual([
      '',
      'press',
      'publishing',
      'post',
      'telecom',
      'internet',
      'it',
      'broadcasting',
      'radio-frequency',
      'electronic-information',
      'information-security',
      'other',
    ]);
    expect(status.values).toEqual(['', 'planned', 'in-progress', 'concluded']);
    expect(enforcement.values).toEqual(['', 'pending', 'paid', 'enforced', 'appealed']);
    // The period the address does not name is the latest one, shown selected.
    expect(period.values).toEqual([H1.code, 'tat-ca']);
    expect({ ky: period.selected, 'linh-vuc': field.selected, 'trang-thai': status.selected, 'thi-hanh': enforcement.selected }).toEqual({
      ky: [H1.code],
      'linh-vuc': ['post'],
      'trang-thai': [''],
      'thi-hanh': ['paid'],
    });

    const registerAsked = gateway.asked.filter((request) => request.operationName === 'InspectionRegister');
    expect(registerAsked).toHaveLength(1);
    expect(registerAsked[0]?.variables).toMatchObject({
      inspectionFilter: { from: H1.startsOn, to: H1.endsOn, field: 'POST' },
      decisionFilter: { from: H1.startsOn, to: H1.endsOn, field: 'POST', enforcementStatus: 'PAID' },
    });
    expect(registerAsked[0]?.variables['inspectionFilter']).not.toHaveProperty('status');

    // Clearing the filters, without JavaScript too, keeps the period and the language.
    const clear = /<a href="([^"]*)"[^>]*>Xóa bộ lọc<\/a>/.exec(formBody)?.[1]?.replace(/&amp;/g, '&');
    expect(clear).toBeDefined();
    const clearUrl = new URL(clear ?? '', 'http://portal.invalid');
    expect(clearUrl.pathname).toBe('/thanh-tra');
    expect(Object.fromEntries(clearUrl.searchParams)).toEqual({ lang: 'vi', ky: H1.code });
  });

  it('renders an inspector’s page for an anonymous reader as its loading state only: no staff tools, nothing asked', async () => {
    // The server does not know who reads: its event bus carries neither user.signedIn nor
    // user.signedOut, so the staff gate (app.tsx) shows its skeleton, as the browser's first render
    // does; the browser then shows the sign-in notice or the tools.
    const gateway = fakeGateway();
    const rendered = await renderRemoteOnServer(remote, { url: '/thanh-tra/nghiep-vu', language: 'vi', fetch: gateway.fetch });
    expect(textOf(rendered.html)).toBe('');
    expect(rendered.html).not.toMatch(/<(form|a|button)[\s>]/);
    expect(gateway.asked).toEqual([]);
  });

  it('renders in English for a reader who chose English', async () => {
    const gateway = fakeGateway();
    const rendered = await renderRemoteOnServer(remote, { url: '/thanh-tra', language: 'en', fetch: gateway.fetch });
    const html = readable(rendered.html);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${escaped(remote.nav.en)}</h1>`));
    expect(html).toMatch(new RegExp(`<h2[^>]*>Totals for ${escaped(H1.labelEn)}</h2>`));
    expect(html).toContain(`fines of ₫${reported.finesVnd.toLocaleString('en-US')}.`);
    expect(html).toMatch(/<input type="hidden" name="lang" value="en"\/?>/);
    expect(selectNamed(html, 'ky').values).toEqual([H1.code, 'tat-ca']);
    expect(html).toMatch(/<caption[^>]*>Administrative sanction decisions \(1\)<\/caption>/);
    // The decision's own words stay in Vietnamese, marked as such.
    expect(html).toMatch(new RegExp(`<span[^>]*lang="vi"[^>]*>In words: ${escaped(decision.fineInWords)}</span>`));
    expect(html).not.toContain('Theo báo cáo');
  });
});
