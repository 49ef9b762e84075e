import { stringify, type Options } from 'csv-stringify/sync';
import { Readable } from 'node:stream';
import { dataDictionary, OPEN_DATA_LICENCE, type CellValue, type DataDictionary, type OpenDataset } from './open-dataset';

type Batches = AsyncIterable<readonly Record<string, CellValue>[]>;

/**
 * CSV the way spreadsheet users need it: UTF-8 with a byte-order mark (without it Excel reads
 * "Lạng Sơn" as mojibake), CRLF line ends (RFC 4180), a header row of the stable column names,
 * fields quoted when they hold a comma, a quote or a line break.
 * Text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with `'`
 * (OWASP CSV injection); numbers are left as they are.
 */
const csvOptions = (dataset: OpenDataset): Options => ({
  bom: true,
  header: true,
  columns: Object.keys(dataset.columns).map((name) => ({ key: name, header: name })),
  record_delimiter: 'windows',
  escape_formulas: true,
  // csv-stringify writes true as "1" and false as ""; the dictionary promises true/false.
  cast: { boolean: (value) => (value ? 'true' : 'false') },
});

/**
 * The batches with the first one already read. A download's headers go out with its first bytes,
 * after which a failure can only cut the transfer off; reading a batch first lets a download whose
 * database fails from the start answer a clean 500 instead.
 */
export async function withFirstBatchRead(batches: Batches): Promise<Batches> {
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
}

/**
 * The CSV file, written as its rows are read, a batch at a time: the next batch is read only when
 * the client has taken what came before (stream backpressure), so memory stays one batch whatever
 * the size. The header and byte-order mark open the file once; the bytes are those of the whole
 * table written at once.
 */
export function csvStream(dataset: OpenDataset, batches: Batches): Readable {
  const options = csvOptions(dataset);
  async function* chunks(): AsyncGenerator<string> {
    let first = true;
    for await (const batch of batches) {
      yield stringify(batch as Record<string, CellValue>[], first ? options : { ...options, bom: false, header: false });
      first = false;
    }
    if (first) yield stringify([], options);
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** The self-describing JSON download: which dataset, when, its dictionary, and typed rows. */
export interface OpenDataJson {
  dataset: {
    id: string;
    titleVi: string;
    titleEn: string;
    licence: typeof OPEN_DATA_LICENCE;
  };
  generatedAt: string;
  dictionary: DataDictionary;
  rows: Record<string, CellValue>[];
}

/** The JSON document, written batch by batch: the same bytes as `JSON.stringify` of the whole. */
export function jsonStream(dataset: OpenDataset, batches: Batches, generatedAt: Date): Readable {
  const head: Omit<OpenDataJson, 'rows'> = {
    dataset: { id: dataset.id, titleVi: dataset.titleVi, titleEn: dataset.titleEn, licence: OPEN_DATA_LICENCE },
    generatedAt: generatedAt.toISOString(),
    dictionary: dataDictionary(dataset),
  };
  async function* chunks(): AsyncGenerator<string> {
    yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
    let first = true;
    for await (const batch of batches) {
      if (batch.length === 0) continue;
      yield `${first ? '' : ','}${batch.map((row) => JSON.stringify(row)).join(',')}`;
      first = false;
    }
    yield ']}';
  }
  return Readable.from(chunks(), { objectMode: false });
}
