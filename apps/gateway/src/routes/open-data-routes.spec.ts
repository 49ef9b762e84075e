import { createPortalRepositories, type PortalRepositories } from '@egov/portal-data';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import type { OpenDataJson } from './open-data-formats';
import type { DataDictionary } from './open-dataset';

const asStaff = { actor: 'open-data-spec' };
const DATASETS = ['indicators', 'licences', 'sanction-decisions'];

/** A source quote a careless CSV writer would break: a comma, quotes, a line break, Vietnamese. */
const AWKWARD_QUOTE = 'Theo báo cáo "ước tính", đợt 2:\nđạt 12 tài khoản; Lạng Sơn, Cao Lộc';
const PERSON = 'Hoàng Văn Ẩn';
const HOME_ADDRESS = 'Số 7 ngõ 3 đường Bà Triệu, phường Đông Kinh';

type CsvRecord = Record<string, string>;

describe('open data over HTTP', () => {
  let gateway: RunningGateway;
  let repos: PortalRepositories;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${gateway.url}${path}`, { headers });
  /** An answer read to its end, for a check of its status or headers alone: no connection is left half-read. */
  const answer = async (path: string, headers: Record<string, string> = {}) => {
    const response = await get(path, headers);
    await response.arrayBuffer();
    return response;
  };
  /** The CSV as a spreadsheet reads it: BOM checked and dropped, header row as keys. */
  const csv = async (path: string) => {
    const response = await get(path);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const records = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as CsvRecord[];
    const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0] ?? [];
    return { response, bytes, text, records, header };
  };
  const json = async <T = OpenDataJson>(path: string) => {
    const response = await get(path);
    return { response, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    gateway = await startTestGateway();
    repos = createPortalRepositories(gateway.db);
    const [district] = await repos.districts.list({ level: 'district', parentCode: '20', validOn: '2020-06-30' });
    await repos.kpis.upsertObservation(
      {
        indicatorCode: 'IT_E_OFFICE_USER_ACCOUNTS',
        period: '2020-H1',
        areaCode: district!.code,
        value: 12,
        numerator: null,
        denominator: null,
        target: null,
        status: 'provisional',
        sourceQuote: AWKWARD_QUOTE,
        factId: null,
        ownerUnitCode: null,
        noteVi: null,
        noteEn: null,
      },
      {},
      asStaff,
    );
    const licence = {
      type: 'bulletin_publishing' as const,
      subjectVi: 'Bản tin Thông tin và Truyền thông Lạng Sơn',
      issuedOn: '2020-03-02',
      validFrom: '2020-03-02',
      revokedOn: null,
      revocationReason: null,
      issuerUnitCode: 'so-tttt',
      isSample: false,
    };
    await repos.licences.issue({ ...licence, number: '01/GP-STTTT', holderName: 'Báo Lạng Sơn', holderAddress: 'Số 1 đường Hùng Vương', validUntil: null }, asStaff);
    await repos.licences.issue({ ...licence, number: '02/GP-STTTT', holderName: PERSON, holderAddress: HOME_ADDRESS, validUntil: '2021-03-01' }, asStaff);
    const revoked = await repos.licences.issue(
      { ...licence, number: '03/GP-STTTT', holderName: '=HYPERLINK("http://evil.example","Bấm vào đây")', holderAddress: null, validUntil: null },
      asStaff,
    );
    await repos.licences.revoke(revoked.id, revoked.version, { revokedOn: '2020-06-01', reason: 'Đơn vị đề nghị thu hồi' }, asStaff);
    const decision = {
      issuedOn: '2020-05-12',
      standaloneReason: 'Phát hiện qua mạng xã hội',
      field: 'electronic_information' as const,
      fineVnd: 10_000_000,
    };
    await repos.inspections.recordSanctionDecision(
      {
        ...decision,
        number: '05/QĐ-XPVPHC',
        violatorName: 'Công ty TNHH Dịch vụ Viễn thông Đông Bắc',
        violatorKind: 'organisation',
        fineVnd: 50_000_000,
        violations: [
          { descriptionVi: 'Không lưu trữ thông tin thuê bao, theo quy định', legalArticle: 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP' },
          { descriptionVi: 'Cung cấp dịch vụ khi chưa có giấy phép', legalArticle: 'Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP' },
        ],
      },
      asStaff,
    );
    await repos.inspections.recordSanctionDecision(
      {
        ...decision,
        number: '06/QĐ-XPVPHC',
        violatorName: PERSON,
        violatorKind: 'individual',
        violations: [{ descriptionVi: 'Đưa tin sai sự thật trên mạng xã hội', legalArticle: 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP' }],
      },
      asStaff,
    );
  });
  afterAll(() => gateway.stop());

  it('downloads indicators as Excel-ready CSV: BOM, header, the seeded figures and their targets', async () => {
    const { response, bytes, records, header } = await csv('/open-data/indicators.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="indicators.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.slice(0, 3)).toEqual(['period', 'area_code', 'area_name_vi']);

    const f07 = records.find((record) => record['fact_id'] === 'F07');
    expect(f07).toMatchObject({
      period: '2020-H1',
      area_code: '20',
      area_name_vi: 'Tỉnh Lạng Sơn',
      field: 'it',
      indicator_code: 'IT_ONLINE_SERVICES_LEVEL4_RATE',
      value: '32.4',
      target: '30',
      target_met: 'true',
      numerator: '',
      status: 'provisional',
    });
    // The source's non-breaking spaces and tone marks survive byte for byte.
    expect(f07?.['source_quote']).toContain('Lạng Sơn\u00a0là 1 trong 7 tỉnh, thành phố đầu tiên hoàn thành chỉ tiêu 30%\u00a0dịch vụ công');
    expect(records.find((record) => record['fact_id'] === 'F15')).toMatchObject({
      value: '94',
      numerator: '187',
      denominator: '200',
      target: '',
      target_met: '',
      source_quote: 'tổng số xã, phường, thị trấn có báo đến trong ngày phát hành là 187/200 xã, đạt tỷ lệ 94%',
    });
  });

  it('keeps a comma, quotes and a line break inside a source quote as one field', async () => {
    const { text, records } = await csv('/open-data/indicators.csv');
    const awkward = records.filter((record) => record['indicator_code'] === 'IT_E_OFFICE_USER_ACCOUNTS' && record['area_code'] !== '20');
    expect(awkward).toHaveLength(1);
    expect(awkward[0]).toMatchObject({ value: '12', source_quote: AWKWARD_QUOTE });
    expect(text).toContain('"Theo báo cáo ""ước tính"", đợt 2:\nđạt 12 tài khoản; Lạng Sơn, Cao Lộc"');
    expect(text.split('\r\n')[0]).not.toContain('\n');
  });

  it('gives the same figures as typed JSON with the dictionary embedded', async () => {
    const { response, body } = await json('/open-data/indicators.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="indicators.json"');
    expect(body.dataset).toMatchObject({ id: 'indicators', licence: { id: 'CC-BY-4.0' } });
    expect(Math.abs(Date.parse(body.generatedAt) - Date.now())).toBeLessThan(60_000);
    expect(body.rows.find((row) => row['fact_id'] === 'F07')).toMatchObject({ value: 32.4, target: 30, target_met: true, numerator: null });
    expect(body.rows.find((row) => row['fact_id'] === 'F15')).toMatchObject({ value: 94, numerator: 187, denominator: 200, target_met: null });
    expect(body.rows.find((row) => row['source_quote'] === AWKWARD_QUOTE)).toBeDefined();
    const dictionary = await json<DataDictionary>('/open-data/indicators/dictionary');
    expect(body.dictionary).toEqual(dictionary.body);
  });

  it.each(DATASETS)('describes every column of %s in its dictionary, in vi and en', async (dataset) => {
    const { response, body: dictionary } = await json<DataDictionary>(`/open-data/${dataset}/dictionary`);
    expect(response.status).toBe(200);
    expect(dictionary.dataset).toBe(dataset);
    const names = dictionary.columns.map((column) => column.name);
    const { header, records } = await csv(`/open-data/${dataset}.csv`);
    const { body } = await json(`/open-data/${dataset}.json`);
    expect(records.length).toBeGreaterThan(0);
    expect(header).toEqual(names);
    expect(body.rows.length).toBe(records.length);
    for (const row of body.rows) expect(Object.keys(row)).toEqual(names);
    for (const column of dictionary.columns) {
      expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(column.type);
      expect(column.descriptionVi.length).toBeGreaterThan(3);
      expect(column.descriptionEn.length).toBeGreaterThan(3);
    }
  });

  it('publishes licences with their status as of today and without any holder address', async () => {
    const { text, records } = await csv('/open-data/licences.csv');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const byNumber = new Map(records.map((record) => [record['number'], record]));
    expect(byNumber.get('01/GP-STTTT')).toMatchObject({
      type: 'bulletin_publishing',
      type_name_vi: 'Giấy phép xuất bản bản tin',
      holder_name: 'Báo Lạng Sơn',
      issued_on: '2020-03-02',
      valid_until: '',
      status: 'valid',
      status_name_vi: 'Còn hiệu lực',
      status_on: today,
      issuer_unit_code: 'so-tttt',
      is_sample: 'false',
    });
    expect(byNumber.get('01/GP-STTTT')?.['issuer_name_vi']).toContain('Sở Thông tin và Truyền thông');
    expect(byNumber.get('02/GP-STTTT')).toMatchObject({ status: 'expired', valid_until: '2021-03-01', holder_name: PERSON });
    expect(byNumber.get('03/GP-STTTT')).toMatchObject({ status: 'revoked', status_name_vi: 'Đã thu hồi' });
    const { body } = await json('/open-data/licences.json');
    for (const body_ of [text, JSON.stringify(body)]) {
      expect(body_).not.toContain('Hùng Vương');
      expect(body_).not.toContain('Bà Triệu');
    }
    // A spreadsheet would run this as a formula; the CSV disarms it, the JSON keeps the data as entered.
    expect(byNumber.get('03/GP-STTTT')?.['holder_name']).toBe(`'=HYPERLINK("http://evil.example","Bấm vào đây")`);
    expect(body.rows.find((row) => row['number'] === '03/GP-STTTT')?.['holder_name']).toBe('=HYPERLINK("http://evil.example","Bấm vào đây")');
  });

  it('publishes sanction decisions naming organisations only, with violations, articles and fines', async () => {
    const { text, records } = await csv('/open-data/sanction-decisions.csv');
    expect(records.map((record) => record['number'])).toEqual(['05/QĐ-XPVPHC', '06/QĐ-XPVPHC']);
    expect(records[0]).toMatchObject({
      issued_on: '2020-05-12',
      field: 'electronic_information',
      violator_kind: 'organisation',
      violator_name: 'Công ty TNHH Dịch vụ Viễn thông Đông Bắc',
      violation_count: '2',
      violations_vi:
        'Không lưu trữ thông tin thuê bao, theo quy định (Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP)\nCung cấp dịch vụ khi chưa có giấy phép (Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP)',
      legal_articles: 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP | Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP',
      fine_vnd: '50000000',
      enforcement_status: 'pending',
    });
    expect(records[1]).toMatchObject({ violator_kind: 'individual', violator_name: '', fine_vnd: '10000000' });
    const { body } = await json('/open-data/sanction-decisions.json');
    expect(body.rows[1]).toMatchObject({ violator_name: null, fine_vnd: 10_000_000, violation_count: 1 });
    for (const published of [text, JSON.stringify(body)]) expect(published).not.toContain(PERSON);
  });

  it('answers an unknown dataset or format with a 404 and a JSON error', async () => {
    for (const path of ['/open-data/budgets.csv', '/open-data/budgets.json', '/open-data/budgets/dictionary', '/open-data/indicators.xlsx', '/open-data/indicators']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { statusCode: number; message: string };
      expect(body.statusCode).toBe(404);
      expect(body.message).toMatch(/dataset|published as/);
    }
  });

  it('lists every dataset with its licence, formats and links, and every link resolves', async () => {
    const { response, body } = await json<{ licence: { url: string }; datasets: Array<{ id: string; titleVi: string; titleEn: string; descriptionVi: string; licence: { id: string }; formats: Array<{ format: string; href: string }>; dictionary: string }> }>(
      '/open-data',
    );
    expect(response.headers.get('vary')).toContain('Accept');
    expect(body.datasets.map((dataset) => dataset.id)).toEqual(DATASETS);
    for (const dataset of body.datasets) {
      expect(dataset.titleVi && dataset.titleEn && dataset.descriptionVi).toBeTruthy();
      expect(dataset.licence.id).toBe('CC-BY-4.0');
      expect(dataset.formats.map((format) => format.format)).toEqual(['csv', 'json']);
      for (const href of [...dataset.formats.map((format) => format.href), dataset.dictionary]) {
        expect((await answer(href)).status, href).toBe(200);
      }
    }
  });

  it('shows the index as a Vietnamese page with English to a browser', async () => {
    const response = await get('/open-data', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Dữ liệu mở');
    expect(page).toContain('lang="en"');
    for (const dataset of DATASETS) {
      expect(page).toContain(`href="/open-data/${dataset}.csv"`);
      expect(page).toContain(`href="/open-data/${dataset}.json"`);
      expect(page).toContain(`href="/open-data/${dataset}/dictionary"`);
    }
    expect(page).toContain('Quyết định xử phạt vi phạm hành chính');
    expect(page).toContain('Creative Commons');
    const forScripts = await answer('/open-data', { accept: '*/*' });
    expect(forScripts.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('lets a harvester revalidate a download, and tells it when the data changed', async () => {
    const first = await answer('/open-data/indicators.csv');
    const etag = first.headers.get('etag')!;
    const jsonTag = (await answer('/open-data/indicators.json')).headers.get('etag')!;
    expect(jsonTag).toMatch(/^W\//);
    expect((await answer('/open-data/indicators.csv', { 'if-none-match': etag })).status).toBe(304);
    expect((await answer('/open-data/indicators.json', { 'if-none-match': jsonTag })).status).toBe(304);

    const f09 = (await repos.kpis.listObservations({ period: '2020-H1', areaCode: '20', indicatorCode: 'IT_E_OFFICE_USER_ACCOUNTS' }))[0]!;
    const { id: _id, version, ...fields } = f09;
    await repos.kpis.upsertObservation({ ...fields, value: 10_642 }, { expectedVersion: version }, asStaff);
    const changed = await get('/open-data/indicators.csv', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain(',10642,');
    expect((await answer('/open-data/indicators.json', { 'if-none-match': jsonTag })).status).toBe(200);
  });
});
