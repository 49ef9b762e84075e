/**
 * The benchmark's baseline: the same three public reads as plain JSON routes over the same
 * repositories, with no GraphQL. Each route answers fresh at `/baseline/…` (the pair of a gateway
 * with its response cache off) and from a body cached by URL at `/cached/baseline/…` (the pair of
 * the gateway's cached answers). Runs in a process of its own on an embedded database holding the
 * first data set; prints `listening <port>` when ready.
 */
import { kpiFields } from '@egov/kpis-model';
import { openPortalDatabase } from '@egov/portal-data';
import Fastify from 'fastify';

const portal = await openPortalDatabase({});
const { kpis, news, procedures } = portal.repositories;
const app = Fastify({ logger: false });

// The cached twin of every route: the first answer's JSON text, kept by URL and sent as it is
// (what the gateway's response cache does for an anonymous read, with no GraphQL in the way).
const cachedBodies = new Map<string, string>();
app.get('/cached/*', async (request, reply) => {
  const path = request.url.slice('/cached'.length);
  let body = cachedBodies.get(path);
  if (body === undefined) {
    const fresh = await app.inject({ method: 'GET', url: path });
    if (fresh.statusCode !== 200) return reply.code(fresh.statusCode).send(fresh.body);
    body = fresh.body;
    cachedBodies.set(path, body);
  }
  return reply.type('application/json; charset=utf-8').send(body);
});

app.get<{ Querystring: { period?: string; areaCode?: string } }>('/baseline/dashboard', async (request, reply) => {
  const areaCode = request.query.areaCode ?? '20';
  const period = await kpis.getPeriod(request.query.period ?? '');
  if (!period) return reply.code(404).send({ error: 'no such period' });
  const [indicators, observations] = await Promise.all([kpis.listIndicators(), kpis.listObservations({ period: period.code, areaCode })]);
  const byIndicator = new Map(observations.map((observation) => [observation.indicatorCode, observation]));
  return {
    period: { code: period.code },
    fields: kpiFields.map((field) => ({
      field: { code: field },
      indicators: indicators
        .filter((indicator) => indicator.field === field)
        .map((indicator) => {
          const observation = byIndicator.get(indicator.code);
          return {
            indicator: { code: indicator.code, nameVi: indicator.nameVi, unitVi: indicator.unitVi },
            observation: observation ? { value: observation.value, targetValue: observation.target } : null,
          };
        }),
    })),
  };
});

app.get<{ Querystring: { first?: string } }>('/baseline/news', async (request) => {
  const page = await news.listPublished({ first: Number(request.query.first ?? 20) });
  return {
    totalCount: page.totalCount,
    nodes: page.items.map((article) => ({ id: article.id, slug: article.slug, title: article.title, summary: article.summary, publishedAt: article.publishedAt })),
  };
});

app.get<{ Querystring: { query?: string; first?: string } }>('/baseline/procedure-search', async (request) => {
  const found = await procedures.search(request.query.query ?? '');
  return { totalCount: found.length, nodes: found.slice(0, Number(request.query.first ?? 20)).map((procedure) => ({ code: procedure.code, nameVi: procedure.nameVi })) };
});

await app.listen({ port: Number(process.env['PORT'] ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);

const stop = async () => {
  await app.close();
  await portal.db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
