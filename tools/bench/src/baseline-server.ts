/**
 * The benchmark's baseline: the same three public reads as plain JSON routes over the same
 * repositories, with no GraphQL and no cache. Runs in a process of its own on an embedded
 * database holding the first data set; prints `listening <port>` when ready.
 */
import { kpiFields } from '@egov/kpis-model';
import { openPortalDatabase } from '@egov/portal-data';
import Fastify from 'fastify';

const portal = await openPortalDatabase({});
const { kpis, news, procedures } = portal.repositories;
const app = Fastify({ logger: false });

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
