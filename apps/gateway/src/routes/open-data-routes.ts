import type { PortalRepositories } from '@egov/portal-data';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { entityTag, sendCacheable } from './conditional-get';
import { prefersHtml } from './content-negotiation';
import { indicatorsDataset } from './indicators-dataset';
import { licencesDataset } from './licences-dataset';
import { renderOpenDataIndexPage, type OpenDataIndexEntry } from './open-data-index-page';
import { csvStream, jsonStream, withFirstBatchRead } from './open-data-formats';
import { dataDictionary, OPEN_DATA_LICENCE, type OpenDataset } from './open-dataset';
import { sanctionDecisionsDataset } from './sanction-decisions-dataset';

/** Every dataset the portal publishes, in the order the index lists them. */
export const openDatasets: readonly OpenDataset[] = [indicatorsDataset, licencesDataset, sanctionDecisionsDataset];

export const OPEN_DATA_PATH = '/open-data';

/** Downloads change when staff record something; a few minutes stale is fine, then revalidate. */
const CACHE_CONTROL = 'public, max-age=300';

const downloadFormats = {
  csv: { mediaType: 'text/csv; charset=utf-8' },
  json: { mediaType: 'application/json; charset=utf-8' },
} as const;
type DownloadFormat = keyof typeof downloadFormats;

const isDownloadFormat = (extension: string): extension is DownloadFormat => Object.hasOwn(downloadFormats, extension);

export interface OpenDataDependencies {
  repositories: PortalRepositories;
  /** The datasets to serve; all of them unless a test narrows the list. */
  datasets?: readonly OpenDataset[];
  /** The current time (decides "today" for a licence's status); tests fix it. */
  clock?: () => Date;
}

/** The index entry of a dataset, with the paths of its files and dictionary. */
export function indexEntry(dataset: OpenDataset): OpenDataIndexEntry {
  return {
    id: dataset.id,
    titleVi: dataset.titleVi,
    titleEn: dataset.titleEn,
    descriptionVi: dataset.descriptionVi,
    descriptionEn: dataset.descriptionEn,
    licence: OPEN_DATA_LICENCE,
    formats: (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
      format,
      mediaType: downloadFormats[format].mediaType,
      href: `${OPEN_DATA_PATH}/${dataset.id}.${format}`,
    })),
    dictionary: `${OPEN_DATA_PATH}/${dataset.id}/dictionary`,
    columns: Object.keys(dataset.columns).length,
  };
}

/** The same shape as Fastify's own 404, so clients handle one kind of error body. */
function notFound(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(404).type('application/json; charset=utf-8').send({ statusCode: 404, error: 'Not Found', message });
}

/**
 * Open data (dữ liệu mở): `GET /open-data` lists the datasets (JSON, or a page for a browser);
 * `GET /open-data/<dataset>.csv|.json` downloads one; `GET /open-data/<dataset>/dictionary`
 * gives its data dictionary. Everything is read through the repositories, so what is published
 * obeys the same rules as the API (no individual's name, no holder's address).
 */
export function registerOpenDataRoutes(app: FastifyInstance, deps: OpenDataDependencies): void {
  const datasets = deps.datasets ?? openDatasets;
  const clock = deps.clock ?? (() => new Date());
  const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const unknown = (reply: FastifyReply, name: string) =>
    notFound(reply, `There is no dataset "${name}". Datasets: ${datasets.map((dataset) => dataset.id).join(', ')} (see ${OPEN_DATA_PATH}).`);

  app.get(OPEN_DATA_PATH, async (request, reply) => {
    const entries = datasets.map(indexEntry);
    const html = prefersHtml(request.headers.accept);
    const body = html ? renderOpenDataIndexPage(entries) : JSON.stringify({ licence: OPEN_DATA_LICENCE, datasets: entries });
    return sendCacheable(request, reply, {
      body,
      contentType: html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      etag: entityTag(body),
      cacheControl: CACHE_CONTROL,
      headers: { vary: 'Accept' },
    });
  });

  app.get<{ Params: { dataset: string } }>(`${OPEN_DATA_PATH}/:dataset/dictionary`, async (request, reply) => {
    const dataset = byId.get(request.params.dataset);
    if (!dataset) return unknown(reply, request.params.dataset);
    const body = JSON.stringify(dataDictionary(dataset));
    return sendCacheable(request, reply, { body, contentType: 'application/json; charset=utf-8', etag: entityTag(body), cacheControl: CACHE_CONTROL });
  });

  app.get<{ Params: { file: string } }>(`${OPEN_DATA_PATH}/:file`, async (request, reply) => {
    const { file } = request.params;
    const dot = file.lastIndexOf('.');
    const [name, extension] = dot < 0 ? [file, ''] : [file.slice(0, dot), file.slice(dot + 1)];
    const dataset = byId.get(name);
    if (!dataset) return unknown(reply, name);
    if (!isDownloadFormat(extension)) {
      return notFound(reply, `Dataset "${name}" is published as ${Object.keys(downloadFormats).map((f) => `${name}.${f}`).join(' and ')}.`);
    }
    const now = clock();
    // The stamp is one cheap statement; a client whose copy is current gets a 304 without a row read.
    const stamp = await dataset.stamp(deps.repositories, now);
    const version = `${dataset.id}\n${Object.keys(dataset.columns).join(',')}\n${stamp.version}`;
    const batches = () => withFirstBatchRead(dataset.batches(deps.repositories, now));
    const common = { lastModified: stamp.lastChange, cacheControl: CACHE_CONTROL, headers: { 'content-disposition': `attachment; filename="${dataset.id}.${extension}"` } };
    if (extension === 'csv') {
      return sendCacheable(request, reply, { ...common, body: async () => csvStream(dataset, await batches()), contentType: downloadFormats.csv.mediaType, etag: entityTag(`csv\n${version}`) });
    }
    // The JSON stamps when it was generated, so its tag is weak: it covers the rows, not the stamp.
    return sendCacheable(request, reply, {
      ...common,
      body: async () => jsonStream(dataset, await batches(), now),
      contentType: downloadFormats.json.mediaType,
      etag: entityTag(`json\n${version}`, { weak: true }),
    });
  });
}
