import { renderRemoteOnServer } from '@egov/federation/testing';
import { describe, expect, it } from 'vitest';
import remote from './remote';
import { bulletinLicence, catalogue, fakeGateway, gamePointCertificate, nonCommercialPublication, procedurePage } from './test-fixtures';

/** The text a reader sees in a piece of markup: tags dropped, entities read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The table captioned `caption`, as its body rows of cell texts. */
function tableRows(html: string, caption: string): string[][] {
  const table = new RegExp(`<table[^>]*><caption[^>]*>${caption}</caption>.*?</table>`, 's').exec(html)?.[0];
  expect(table, `a table captioned ${caption}`).toBeDefined();
  const body = /<tbody>(.*)<\/tbody>/s.exec(table!)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map(([, row]) => [...row!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map(([, cell]) => textOf(cell!)));
}

/** The opening tag of the first element matching `pattern`, to read its attributes. */
const tagOf = (html: string, pattern: RegExp) => pattern.exec(html)?.[0] ?? '';

/** The options of the select named `name`: their values in order, and the one chosen. */
function selectOf(html: string, name: string) {
  const select = new RegExp(`<select[^>]*name="${name}"[^>]*>(.*?)</select>`, 's').exec(html)?.[1] ?? '';
  const options = [...select.matchAll(/<option[^>]*value="([^"]*)"([^>]*)>/g)];
  return { values: options.map(([, value]) => value!), chosen: options.filter(([, , rest]) => /\bselected\b/.test(rest!)).map(([, value]) => value!) };
}

// The procedures remote as the gateway renders it (Node, no DOM): the first HTML a reader gets,
// and what a browser without JavaScript works with.
describe('the procedures remote rendered on the server', () => {
  it('renders the catalogue with each procedure’s code, name, time limit and fee, and its filters as a GET form of slugs', async () => {
    const gateway = fakeGateway({ Procedures: catalogue });
    const rendered = await renderRemoteOnServer(remote, { url: '/thu-tuc', language: 'vi', fetch: gateway.fetch });

    expect(gateway.asked).toEqual(['Procedures']);
    expect(rendered.html).toMatch(/<h1[^>]*>Thủ tục hành chính<\/h1>/);
    // Both fixtures are samples, 15 working days on each of their channels; the first is free (0 đồng),
    // the second's fee is not recorded (null), which must never read as free.
    expect(tableRows(rendered.html, 'Danh mục thủ tục hành chính')).toEqual([
      [bulletinLicence.code, `${bulletinLicence.nameVi}Mẫu`, '15 ngày làm việc', 'Không thu phí'],
      [gamePointCertificate.code, `${gamePointCertificate.nameVi}Mẫu`, '15 ngày làm việc', 'Chưa ghi mức phí'],
    ]);
    expect(rendered.html).toContain(`href="/thu-tuc/${bulletinLicence.code}?lang=vi"`);
    expect(rendered.html).toMatch(/<p role="status"[^>]*>2 thủ tục<\/p>/);

    const form = tagOf(rendered.html, /<form[^>]*role="search"[^>]*>/);
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/thu-tuc"');
    expect(rendered.html).toMatch(/<input type="hidden" name="lang" value="vi"\/>/);
    expect(rendered.html).toMatch(/<input[^>]*name="q"/);
    expect(selectOf(rendered.html, 'linh-vuc').values).toEqual([
      '',
      'xuat-ban',
      'bao-chi',
      'tro-choi-dien-tu',
      'buu-chinh',
      'vien-thong-internet',
      'tan-so-vo-tuyen',
      'cong-nghe-thong-tin',
      'thong-tin-dien-tu',
      'phat-thanh-truyen-hinh',
    ]);
    expect(selectOf(rendered.html, 'muc-do').values).toEqual(['', 'toan-trinh', 'mot-phan']);
    expect(selectOf(rendered.html, 'kenh').values).toEqual(['', 'truc-tiep', 'truc-tuyen', 'buu-chinh-cong-ich']);
    // No filter in the address: every select shows “Tất cả”.
    for (const name of ['linh-vuc', 'muc-do', 'kenh']) expect(selectOf(rendered.html, name).chosen).toEqual(['']);

    // The browser hydrates from the same answer instead of asking again.
    expect(JSON.stringify(rendered.apollo)).toContain(gamePointCertificate.code);
  });

  it('filters the catalogue by the field in the address: asks the gateway for it and shows it chosen', async () => {
    const gateway = fakeGateway({ Procedures: procedurePage([gamePointCertificate]) });
    const rendered = await renderRemoteOnServer(remote, { url: '/thu-tuc?linh-vuc=tro-choi-dien-tu', language: 'vi', fetch: gateway.fetch });

    expect(gateway.requests).toEqual([
      { operationName: 'Procedures', variables: expect.objectContaining({ filter: { field: gamePointCertificate.field, serviceLevel: null, channel: null } }) },
    ]);
    expect(rendered.html).toMatch(/<option value="tro-choi-dien-tu" selected="">Trò chơi điện tử<\/option>/);
    expect(selectOf(rendered.html, 'linh-vuc').chosen).toEqual(['tro-choi-dien-tu']);
    expect(selectOf(rendered.html, 'muc-do').chosen).toEqual(['']);
    expect(selectOf(rendered.html, 'kenh').chosen).toEqual(['']);
    expect(tableRows(rendered.html, 'Danh mục thủ tục hành chính').map(([code]) => code)).toEqual([gamePointCertificate.code]);
    expect(rendered.html).not.toContain(bulletinLicence.nameVi);
  });

  it('renders a procedure’s page with its general information, channels, papers, steps and legal basis', async () => {
    const gateway = fakeGateway({ Procedure: { data: { procedure: nonCommercialPublication } } });
    const rendered = await renderRemoteOnServer(remote, { url: `/thu-tuc/${nonCommercialPublication.code}`, language: 'vi', fetch: gateway.fetch });

    expect(gateway.requests).toEqual([{ operationName: 'Procedure', variables: { code: nonCommercialPublication.code } }]);
    expect(rendered.html).toMatch(new RegExp(`<h1[^>]*>${nonCommercialPublication.nameVi}</h1>`));
    expect([...rendered.html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map(([, heading]) => heading)).toEqual([
      'Thông tin chung',
      'Cách thức thực hiện',
      'Thành phần hồ sơ',
      'Trình tự thực hiện',
      'Căn cứ pháp lý',
      'Nộp hồ sơ',
    ]);
    // A sample (isSample in the fixture) says so before anything else.
    expect(textOf(rendered.html)).toContain(`Thủ tục này mang mã nội bộ ${nonCommercialPublication.code}`);
    expect(textOf(rendered.html)).toContain(nonCommercialPublication.performingAgency.nameVi);
    expect(rendered.html).toContain(nonCommercialPublication.resultVi);
    expect(textOf(rendered.html)).toContain(`“${nonCommercialPublication.sourceQuote}”`);

    // Every channel of the fixture: 10 working days, free.
    expect(tableRows(rendered.html, 'Thời hạn và phí, lệ phí theo cách thức thực hiện')).toEqual([
      ['Trực tiếp', '10 ngày làm việc', 'Không thu phí', '—'],
      ['Trực tuyến', '10 ngày làm việc', 'Không thu phí', '—'],
      ['Dịch vụ bưu chính công ích', '10 ngày làm việc', 'Không thu phí', '—'],
    ]);
    expect(tableRows(rendered.html, 'Giấy tờ phải nộp')).toEqual(
      nonCommercialPublication.requiredDocuments.map((paper) => [paper.nameVi, `${paper.copies} bản`, '—']),
    );
    for (const step of nonCommercialPublication.steps) expect(rendered.html).toContain(`<li>${step}</li>`);
    const [law] = nonCommercialPublication.legalBasis;
    expect(textOf(rendered.html)).toContain(`${law!.title} ${law!.reference} (ban hành ngày 20/11/2012)`);
  });

  it('renders the dossier lookup in English as a GET form, and says when no dossier has the code', async () => {
    const code = 'LSN-200101-0001';
    const gateway = fakeGateway({ DossierLookup: { data: { dossierLookup: null } } });
    const rendered = await renderRemoteOnServer(remote, { url: `/thu-tuc/tra-cuu-ho-so?ma=${code}`, language: 'en', fetch: gateway.fetch });

    expect(gateway.requests).toEqual([{ operationName: 'DossierLookup', variables: { code } }]);
    expect(rendered.html).toMatch(/<h1[^>]*>Dossier lookup<\/h1>/);
    const form = tagOf(rendered.html, /<form[^>]*action="\/thu-tuc\/tra-cuu-ho-so"[^>]*>/);
    expect(form).toContain('method="get"');
    expect(rendered.html).toMatch(/<input type="hidden" name="lang" value="en"\/>/);
    expect(rendered.html).toMatch(new RegExp(`<input[^>]*name="ma"[^>]*value="${code}"`));
    expect(rendered.html).toMatch(/<label[^>]*>Dossier code<\/label>/);
    expect(textOf(rendered.html)).toContain('Dossier not found');
    expect(textOf(rendered.html)).toContain(`No dossier has the code ${code}. Check the code on your receipt.`);
    expect(rendered.html).not.toContain('Tra cứu hồ sơ');
  });
});
