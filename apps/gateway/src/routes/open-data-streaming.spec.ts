import { testBackends } from '@egov/db/testing';
import { createPortalRepositories } from '@egov/portal-data';
import { parse } from 'csv-parse';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import type { OpenDataJson } from './open-data-formats';

// Forcing a collection makes "what the process holds" a measurement rather than a guess.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heldMemory = () => {
  collectGarbage();
  const usage = process.memoryUsage();
  // Strings live on the heap, the Buffers a socket still has to send outside it: count both.
  return usage.heapUsed + usage.external;
};

const GENERATED = 20_000;
const CSV_PATH = '/open-data/sanction-decisions.csv';
/** A statement reading decisions for the file (a batch), as opposed to the change stamp. */
const isDecisionBatch = (sql: string) => /from sanction_decisions (?:d )?where .* limit/s.test(sql);

describe.each(testBackends)('open-data downloads of a large register on %s', (backend) => {
  let gateway: RunningGateway;
  let statements: string[] = [];
  let onStatement: (sql: string) => void = () => undefined;

  beforeAll(async () => {
    const onQuery = (sql: string) => {
      statements.push(sql);
      onStatement(sql);
    };
    gateway = await startTestGateway({ backend, onQuery });
    // Decisions the way years of a register would hold them: many per day, each with a violation.
    await gateway.db.query(
      `insert into sanction_decisions (number, issued_on, standalone_reason, field, violator_name, violator_kind, violations, fine_vnd)
       select lpad(n::text, 5, '0') || '/QĐ-XPVPHC', date '2021-01-01' + n % 1000, 'Kiểm tra qua mạng', 'telecom',
              'Công ty TNHH Viễn thông số ' || n, 'organisation',
              jsonb_build_array(jsonb_build_object(
                'descriptionVi', 'Không lưu trữ thông tin thuê bao theo quy định, lần ' || n,
                'legalArticle', 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP')),
              1000000 + n
       from generate_series(1, ${GENERATED}) as n`,
    );
  }, 120_000);
  afterAll(() => gateway.stop());

  /** Reads a download chunk by chunk as a harvester would, keeping only what the checks need. */
  async function download(path: string, onChunk: (bytesSoFar: number) => void = () => undefined, encoding = 'gzip, deflate') {
    const response = await fetch(`${gateway.url}${path}`, { headers: { 'accept-encoding': encoding } });
    const parser = parse({ bom: true, columns: true });
    const numbers = new Set<string>();
    let lastDay = '';
    let ordered = true;
    parser.on('data', (record: Record<string, string>) => {
      numbers.add(record['number']!);
      ordered &&= lastDay <= record['issued_on']!;
      lastDay = record['issued_on']!;
    });
    const parsed = new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
    let bytes = 0;
    for await (const chunk of response.body!) {
      bytes += chunk.byteLength;
      onChunk(bytes);
      parser.write(chunk);
    }
    parser.end();
    await parsed;
    return { response, bytes, numbers, ordered };
  }

  // What browsers send (the gateway prefers Brotli, which held a second's worth of rows before its first byte), and gzip.
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
  ])('streams every row, in the register order, reading the register in batches (accepting %s)', async (encoding, sentAs) => {
    statements = [];
    let batchesBeforeFirstByte: number | null = null;
    const { response, numbers, ordered } = await download(
      CSV_PATH,
      () => {
        batchesBeforeFirstByte ??= statements.filter(isDecisionBatch).length;
      },
      encoding,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe(sentAs);
    expect(numbers.size).toBe(GENERATED);
    expect(numbers.has('00001/QĐ-XPVPHC') && numbers.has(`${GENERATED}/QĐ-XPVPHC`)).toBe(true);
    expect(ordered).toBe(true);
    const batches = statements.filter(isDecisionBatch).length;
    expect(batches).toBeGreaterThanOrEqual(GENERATED / 500);
    // The first bytes left before most of the register was read.
    expect(batchesBeforeFirstByte).toBeLessThan(batches / 4);
  }, 120_000);

  it('holds about one batch in memory, not the file', async () => {
    await download(CSV_PATH); // Warms the database up: its own buffers are not the download's.
    const before = heldMemory();
    let grownMost = 0;
    // Looked at each time the server reads a batch: what it holds by then is what it kept.
    onStatement = (sql) => {
      if (isDecisionBatch(sql)) grownMost = Math.max(grownMost, heldMemory() - before);
    };
    const { bytes } = await download(CSV_PATH).finally(() => (onStatement = () => undefined));
    expect(bytes).toBeGreaterThan(4_000_000);
    expect(grownMost).toBeLessThan(bytes / 4);
  }, 120_000);

  it('gives the same rows as JSON, written as one valid document', async () => {
    const response = await fetch(`${gateway.url}/open-data/sanction-decisions.json`);
    const body = (await response.json()) as OpenDataJson;
    expect(body.dataset.id).toBe('sanction-decisions');
    expect(body.rows).toHaveLength(GENERATED);
    expect(body.rows[0]).toMatchObject({ number: '01000/QĐ-XPVPHC', issued_on: '2021-01-01', field: 'telecom', violation_count: 1 });
  }, 120_000);

  it('answers a current copy with 304 without reading a row, and a changed register with the new file', async () => {
    const first = await fetch(`${gateway.url}${CSV_PATH}`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(Date.parse(lastModified)).toBeGreaterThan(0);

    statements = [];
    for (const conditional of [{ 'if-none-match': etag }, { 'if-modified-since': lastModified }] as Record<string, string>[]) {
      const response = await fetch(`${gateway.url}${CSV_PATH}`, { headers: conditional });
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
    }
    expect(statements.filter(isDecisionBatch)).toEqual([]);

    const repos = createPortalRepositories(gateway.db);
    await repos.inspections.recordSanctionDecision(
      {
        number: '99/QĐ-XPVPHC',
        issuedOn: '2024-01-02',
        standaloneReason: 'Phát hiện qua mạng xã hội',
        field: 'internet',
        violatorName: 'Công ty Cổ phần Mạng Đông Bắc',
        violatorKind: 'organisation',
        fineVnd: 7_500_000,
        violations: [{ descriptionVi: 'Không báo cáo định kỳ', legalArticle: 'Khoản 1 Điều 5 Nghị định 15/2020/NĐ-CP' }],
      },
      { actor: 'open-data-streaming-spec' },
    );
    const changed = await download(CSV_PATH);
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get('etag')).not.toBe(etag);
    expect(changed.numbers.has('99/QĐ-XPVPHC')).toBe(true);
    const stale = await fetch(`${gateway.url}${CSV_PATH}`, { headers: { 'if-none-match': etag } });
    await stale.arrayBuffer();
    expect(stale.status).toBe(200);
  }, 120_000);
});
