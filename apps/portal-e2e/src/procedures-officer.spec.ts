import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, rowsOf, screenshot, signIn, staffAccount, startPortal, type PortalBrowser, type RunningPortal } from './support';

// The licensing officer works in one Chromium; a citizen, signed out, in another with a profile of its own.
const browser = await launchBrowser();
const citizenBrowser = await launchBrowser();
const officer = staffAccount('licensing_officer');
const statistician = staffAccount('statistician');

/** The applicant of the dossier the officer receives: none of it may ever reach the public lookup. */
const applicant = { fullName: 'Nông Văn Bình', idNumber: '020090001111', phone: '0987654321', address: 'Thôn Nà Pài, xã Hoàng Đồng' };

/** An ASCII name only the officers' chunk holds (a key of its messages), to see which scripts carry it. */
const OFFICER_CHUNK_MARKER = 'errRevokeReason';

const isoDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function scriptsHolding(page: Page, urls: readonly string[], text: string): Promise<string[]> {
  const holding: string[] = [];
  for (const url of urls) if ((await (await page.request.get(url)).text()).includes(text)) holding.push(url);
  return holding;
}

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url())) urls.push(response.url());
  });
  return urls;
}


describe.skipIf(!browser || !citizenBrowser)('the procedures remote for licensing officers, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let citizen: Page;
  let dossierCode = '';

  beforeAll(async () => {
    portal = await startPortal({ staff: [officer, statistician] });
    page = await browser!.newPage();
    citizen = await (citizenBrowser as PortalBrowser).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await citizenBrowser?.close();
    await portal?.stop();
  });

  const lookUp = async (code: string) => {
    await citizen.getByLabel('Mã hồ sơ', { exact: true }).fill(code);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  };

  it('lets a licensing officer receive a dossier by public post, after saying what is missing', async () => {
    const officerScripts = recordScripts(page);
    await signIn(page, portal.url, officer, '/thu-tuc/can-bo?lang=vi');
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận, xử lý hồ sơ' }).waitFor();
    expect(await scriptsHolding(page, officerScripts, OFFICER_CHUNK_MARKER)).toHaveLength(1);

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Chọn thủ tục.');
    expect(summary).toContain('Số định danh gồm 12 chữ số');
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByLabel('Thủ tục', { exact: true }).selectOption('LSN-TTTT-01');
    await page.getByLabel('Hình thức nộp', { exact: true }).selectOption({ label: 'Dịch vụ bưu chính công ích' });
    await page.getByLabel('Họ và tên', { exact: true }).fill(applicant.fullName);
    await page.getByLabel('Số định danh cá nhân / CMND', { exact: true }).fill(applicant.idNumber);
    await page.getByLabel('Số điện thoại', { exact: true }).fill(applicant.phone);
    await page.getByLabel('Địa chỉ', { exact: true }).fill(applicant.address);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const receipt = await page.getByText(/^Đã tiếp nhận hồ sơ LSN-\d{6}-\d{4}/).innerText();
    dossierCode = /LSN-\d{6}-\d{4}/.exec(receipt)![0];
    expect(dossierCode).toBe(`LSN-${isoDay(0).slice(2).replaceAll('-', '')}-0001`);
    // The list is fetched again after the receipt; wait for the new dossier rather than read the old answer.
    await page.getByRole('table', { name: 'Hồ sơ, mới nhất trước' }).getByRole('row', { name: new RegExp(dossierCode) }).waitFor();
    const listed = await rowsOf(page, 'Hồ sơ, mới nhất trước');
    expect(listed[1]).toContain(dossierCode);
    expect(listed[1]).toContain('Đã tiếp nhận');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-receive');
  });

  it('offers only the moves the state machine allows, and asks for more papers with a reason and a deadline', async () => {
    await page.getByRole('link', { name: `Mở hồ sơ ${dossierCode}` }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
    expect(await page.getByLabel('Trạng thái tiếp theo', { exact: true }).locator('option').allInnerTexts()).toEqual(['— Chọn —', 'Đang xử lý', 'Công dân yêu cầu rút hồ sơ']);
    await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Đang xử lý' });
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByText('Hồ sơ đã chuyển sang “Đang xử lý”.').waitFor();
    expect(await page.getByLabel('Trạng thái tiếp theo', { exact: true }).locator('option').allInnerTexts()).toEqual([
      '— Chọn —',
      'Yêu cầu bổ sung',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Công dân yêu cầu rút hồ sơ',
      'Dừng xử lý',
      'Đã xử lý xong',
    ]);

    await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Yêu cầu bổ sung' });
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Nêu giấy tờ cần bổ sung và lý do.');
    expect(summary).toContain('Chọn hạn nộp bổ sung sau ngày hôm nay.');
    await page.getByLabel('Giấy tờ cần bổ sung và lý do', { exact: true }).fill(`Ông ${applicant.fullName} bổ sung mẫu trình bày bản tin`);
    await page.getByLabel('Hạn nộp bổ sung', { exact: true }).fill(isoDay(7));
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByText('Hồ sơ đã chuyển sang “Yêu cầu bổ sung”.').waitFor();
    expect(await page.getByText(applicant.idNumber).count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-dossier');
  });

  it('shows a signed-out citizen the state the officer set, its timeline and due date, and no personal data', async () => {
    await citizen.goto(`${portal.url}/thu-tuc/tra-cuu-ho-so?lang=vi`);
    await lookUp(dossierCode);
    await citizen.getByRole('heading', { level: 2, name: `Hồ sơ ${dossierCode}` }).waitFor();
    const text = await citizen.locator('main').innerText();
    expect(text).toContain('Cấp giấy phép xuất bản bản tin');
    expect(text).toContain('Dịch vụ bưu chính công ích');
    expect(text).toMatch(/Trạng thái\s+Yêu cầu bổ sung/);
    expect(text).toMatch(/Tiến độ\s+Trong hạn \(còn \d+ ngày\)/);
    const [y, m, d] = isoDay(7).split('-');
    expect(text).toMatch(new RegExp(`Hạn nộp bổ sung\\s+${d}/${m}/${y}`));
    const steps = await citizen.locator('ol li').allInnerTexts();
    expect(steps.map((step) => step.split(' — ')[0])).toEqual(['Đã tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung (hiện tại)']);
    for (const value of Object.values(applicant)) expect(text).not.toContain(value);
    expect(text).not.toContain('mẫu trình bày bản tin');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-lookup-found');
  });

  it('returns the result by post, which the public lookup shows settled on time and the postal statistics count', async () => {
    for (const state of ['Đang xử lý', 'Đã xử lý xong', 'Đã trả kết quả']) {
      await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: state });
      if (state === 'Đã trả kết quả') await page.getByLabel('Hình thức trả kết quả', { exact: true }).selectOption({ label: 'Gửi qua dịch vụ bưu chính công ích' });
      await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      await page.getByText(`Hồ sơ đã chuyển sang “${state}”.`).waitFor();
    }
    expect(await page.getByText('Hồ sơ đã ở trạng thái cuối, không thể chuyển tiếp.').count()).toBe(1);

    await lookUp(dossierCode);
    await citizen.getByText(/Giải quyết đúng hạn/).waitFor();
    const text = await citizen.locator('main').innerText();
    expect(text).toMatch(/Hình thức trả kết quả\s+Dịch vụ bưu chính công ích/);
    expect((await citizen.locator('ol li').allInnerTexts()).at(-1)).toMatch(/^Đã trả kết quả \(hiện tại\)/);

    type Figures = { reportingPeriod: { code: string }; observations: { nodes: Array<{ value: number; indicator: { code: string }; period: { code: string } }> } };
    const POSTAL_FIGURES = '{ reportingPeriod { code } observations(filter: { field: POST, areaCode: "20" }, first: 100) { nodes { value indicator { code } period { code } } } }';
    const figureIn = (answer: Figures) => (code: string, period: string) =>
      answer.observations.nodes.find((entry) => entry.indicator.code === code && entry.period.code === period)?.value;
    const half = `${isoDay(0).slice(0, 4)}-H${Number(isoDay(0).slice(5, 7)) <= 6 ? 1 : 2}`;

    // The public: FACTS.md F16, F17 stay, and the half year the count opened is not published, so
    // neither its figures nor the period show, and the default period stays 2020-H1.
    const publicAnswer = ((await (await citizen.request.post(`${portal.url}/graphql`, { data: { query: POSTAL_FIGURES } })).json()) as { data: Figures }).data;
    expect(publicAnswer.reportingPeriod.code).toBe('2020-H1');
    expect(figureIn(publicAnswer)('POST_PUBLIC_DOSSIERS_RECEIVED', '2020-H1')).toBe(987);
    expect(figureIn(publicAnswer)('POST_PUBLIC_RESULTS_RETURNED', '2020-H1')).toBe(2700);
    expect(publicAnswer.observations.nodes.filter((entry) => entry.period.code === half)).toEqual([]);

    // A statistician (over the API, with a bearer token) sees the half year counting the new dossier.
    const graphql = async (query: string, token?: string) =>
      (await (await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) })).json()) as { data: Record<string, unknown> };
    const session = await graphql(`mutation { sessionCreate(input: { email: "${statistician.email}", password: "${statistician.password}" }) { token } }`);
    const token = (session.data['sessionCreate'] as { token: string }).token;
    const staffAnswer = (await graphql(POSTAL_FIGURES, token)).data as unknown as Figures;
    expect(figureIn(staffAnswer)('POST_PUBLIC_DOSSIERS_RECEIVED', half)).toBe(1);
    expect(figureIn(staffAnswer)('POST_PUBLIC_RESULTS_RETURNED', half)).toBe(1);
  });

  it('lets the officer issue a licence, after saying what is wrong, which a citizen then finds in the register', async () => {
    await page.goto(`${portal.url}/thu-tuc/can-bo/giay-phep?lang=vi`);
    await page.getByRole('heading', { level: 1, name: 'Cấp, thu hồi giấy phép' }).waitFor();
    await page.getByLabel('Số giấy phép', { exact: true }).fill('04 GP');
    await page.getByRole('button', { name: 'Cấp giấy phép' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Chọn loại giấy phép.');
    expect(summary).toContain('Số giấy phép viết như trên giấy phép, ví dụ 04/GP-STTTT.');
    expect(await page.getByLabel('Số giấy phép', { exact: true }).inputValue()).toBe('04 GP');
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByLabel('Loại giấy phép', { exact: true }).selectOption({ label: 'Giấy phép xuất bản bản tin' });
    await page.getByLabel('Số giấy phép', { exact: true }).fill('04/GP-STTTT');
    await page.getByLabel('Tổ chức, cá nhân được cấp', { exact: true }).fill('Hội Nông dân tỉnh Lạng Sơn');
    await page.getByLabel('Địa chỉ (không công khai, không bắt buộc)', { exact: true }).fill('Số 2 đường Hùng Vương, thành phố Lạng Sơn');
    await page.getByLabel('Nội dung cấp phép', { exact: true }).fill('Bản tin Nông dân Lạng Sơn');
    await page.getByLabel('Ngày hết hiệu lực (để trống: không thời hạn)', { exact: true }).fill(isoDay(365));
    await page.getByRole('button', { name: 'Cấp giấy phép' }).click();
    await page.getByText('Đã ghi giấy phép 04/GP-STTTT vào sổ.').waitFor();
    await page.getByRole('rowheader', { name: '04/GP-STTTT' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-licences');

    await citizen.goto(`${portal.url}/thu-tuc/giay-phep?lang=vi`);
    await citizen.getByLabel('Tìm theo tổ chức, cá nhân được cấp hoặc số giấy phép', { exact: true }).fill('hoi nong dan');
    await citizen.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Còn hiệu lực' });
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.getByText('1 giấy phép').waitFor();
    expect(new URL(citizen.url()).searchParams.get('tinh-trang')).toBe('con-hieu-luc');
    const rows = await rowsOf(citizen, 'Sổ giấy phép');
    expect(rows[1]).toMatch(/04\/GP-STTTT\s+Giấy phép xuất bản bản tin\s+Hội Nông dân tỉnh Lạng Sơn\s+Bản tin Nông dân Lạng Sơn/);
    expect(rows[1]).toContain('Còn hiệu lực');
    expect(await citizen.locator('main').innerText()).not.toContain('Hùng Vương');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-licences');
  });

  it('lets the officer revoke the licence, which the register then shows revoked', async () => {
    await page.getByRole('button', { name: 'Thu hồi giấy phép 04/GP-STTTT' }).click();
    await page.getByLabel('Lý do thu hồi', { exact: true }).fill('Tổ chức đề nghị thu hồi');
    await page.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await page.getByText('Đã thu hồi giấy phép 04/GP-STTTT.').waitFor();

    await citizen.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Đã thu hồi' });
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.waitForURL(/tinh-trang=da-thu-hoi/);
    await citizen.getByText('1 giấy phép').waitFor();
    expect((await rowsOf(citizen, 'Sổ giấy phép'))[1]).toMatch(/Đã thu hồi\s+Thu hồi ngày/);
  });

  it('tells an officer whose copy of a dossier is stale that someone moved it, keeping what they typed', async () => {
    await page.goto(`${portal.url}/thu-tuc/can-bo?lang=vi`);
    await page.getByLabel('Thủ tục', { exact: true }).selectOption('LSN-TTTT-02');
    await page.getByLabel('Hình thức nộp', { exact: true }).selectOption({ label: 'Trực tiếp' });
    await page.getByLabel('Họ và tên', { exact: true }).fill('Hoàng Thị Lan');
    await page.getByLabel('Số định danh cá nhân / CMND', { exact: true }).fill('020187001234');
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0912345678');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('Phường Vĩnh Trại, thành phố Lạng Sơn');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const code = /LSN-\d{6}-\d{4}/.exec(await page.getByText(/^Đã tiếp nhận hồ sơ LSN-/).innerText())![0];

    const other = await browser!.newPage();
    await other.goto(`${portal.url}/thu-tuc/can-bo/ho-so/${code}?lang=vi`);
    await other.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await page.goto(`${portal.url}/thu-tuc/can-bo/ho-so/${code}?lang=vi`);
    await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Đang xử lý' });
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByText('Hồ sơ đã chuyển sang “Đang xử lý”.').waitFor();

    await other.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Công dân yêu cầu rút hồ sơ' });
    await other.getByLabel('Ghi chú (không công khai)', { exact: true }).fill('Bà Lan đề nghị rút hồ sơ tại Bộ phận một cửa');
    await other.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    expect(await other.getByRole('alert').innerText()).toContain('Hồ sơ hoặc giấy phép vừa được người khác cập nhật');
    expect(await other.getByLabel('Ghi chú (không công khai)', { exact: true }).inputValue()).toBe('Bà Lan đề nghị rút hồ sơ tại Bộ phận một cửa');
    await other.getByText('Đang xử lý', { exact: true }).waitFor();
    expect(await checkAccessibility(other)).toEqual([]);
    await other.close();
  });
});
