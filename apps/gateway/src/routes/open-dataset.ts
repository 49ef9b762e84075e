import type { ChangeStamp } from '@egov/db';
import type { PortalRepositories } from '@egov/portal-data';

/** What one cell of an open-data table may hold; null is an empty cell. */
export type CellValue = string | number | boolean | null;

/** The kinds of value a column holds, as a data dictionary names them. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column of a data dictionary: its stable name, its type, and what it means in vi and en. */
export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  descriptionVi: string;
  descriptionEn: string;
}

/** A column's definition without its name, which is the key it is listed under. */
export type ColumnMeaning = Omit<ColumnDefinition, 'name'>;

/** The data dictionary (từ điển dữ liệu) of a dataset: its columns, in the order of the files. */
export interface DataDictionary {
  dataset: string;
  columns: ColumnDefinition[];
}

/** The terms every dataset is published under. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  nameVi: 'Giấy phép Creative Commons Ghi công 4.0 Quốc tế',
  nameEn: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  attributionVi: 'Nguồn: Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  attributionEn: 'Source: Lạng Sơn Department of Information and Communications',
} as const;

/**
 * A table the portal publishes as open data. `columns` is keyed by the row's own fields, so the
 * compiler refuses a dictionary that leaves a column out or describes one that does not exist;
 * its key order is the column order of the files.
 */
export interface OpenDataset<Row extends Record<string, CellValue> = Record<string, CellValue>> {
  /** The dataset's name in its URLs: `/open-data/<id>.csv`. */
  id: string;
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  columns: { [K in keyof Row]: ColumnMeaning };
  /**
   * The rows as published, read through the repositories (never raw SQL) a batch at a time,
   * so a download of any size holds one batch in memory.
   */
  batches(repositories: PortalRepositories, now: Date): AsyncIterable<Row[]>;
  /**
   * How far what the rows are made of has changed, asked without reading them: the download's
   * ETag and Last-Modified, and a conditional request answered from it alone.
   */
  stamp(repositories: PortalRepositories, now: Date): Promise<ChangeStamp>;
}

/** One stamp for a dataset built from several sources. */
export function combinedStamp(...stamps: ChangeStamp[]): ChangeStamp {
  const times = stamps.flatMap((stamp) => (stamp.lastChange ? [stamp.lastChange.getTime()] : []));
  return {
    version: stamps.map((stamp) => stamp.version).join(' '),
    lastChange: times.length ? new Date(Math.max(...times)) : null,
  };
}

/** The dictionary of a dataset, columns in file order. */
export function dataDictionary(dataset: OpenDataset): DataDictionary {
  return {
    dataset: dataset.id,
    columns: Object.entries(dataset.columns).map(([name, meaning]) => ({ name, ...meaning })),
  };
}

/**
 * Declares a dataset, keeping its row type for the columns check, and erases it for the list
 * the routes serve.
 */
export const defineDataset = <Row extends Record<string, CellValue>>(dataset: OpenDataset<Row>): OpenDataset =>
  dataset as unknown as OpenDataset;

