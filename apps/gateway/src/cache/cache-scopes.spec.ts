import type { Database } from '@egov/db';
import { composeSchema } from '@egov/graphql';
import { createPortalRepositories } from '@egov/portal-data';
import { createSessionService, createSessionTokens } from '@egov/users-server';
import { parse } from 'graphql';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { schemaModules } from '../schema-modules';
import { cacheScopes } from './cache-scopes';

// The schema is built without touching the database: no statement runs here.
const repositories = createPortalRepositories({} as Database);
const sessions = createSessionService({ users: repositories.users, tokens: createSessionTokens({ secret: new Uint8Array(randomBytes(32)) }) });
const modules = schemaModules(repositories, { sessions });
const scopes = cacheScopes(modules, composeSchema(modules));

describe('cache scopes of the portal schema', () => {
  it('files a read under the domains whose fields it selects, fragments included', () => {
    // The author's unit is read by the news module's own resolver (no mutation changes units).
    expect(scopes.readsOf(parse('{ newsArticles(first: 5) { nodes { title authorUnit { name } } } }'))).toEqual(['news']);
    expect(scopes.readsOf(parse('{ newsArticles(first: 5) { totalCount } units { totalCount } }'))).toEqual(['news', 'units']);
    expect(scopes.readsOf(parse('query { ...Q } fragment Q on Query { licences(first: 1) { totalCount } }'))).toEqual(['licences']);
  });

  it("files the home page's summary under every domain it counts, and a period's register totals under inspections", () => {
    expect(scopes.readsOf(parse('{ portalSummary { latestNews { slug } } }'))).toEqual(expect.arrayContaining(['awards', 'kpis', 'licences', 'news', 'procedures']));
    expect(scopes.readsOf(parse('{ reportingPeriod(code: "2020-H1") { code inspectionTotals { inspections } } }'))).toEqual(expect.arrayContaining(['kpis', 'inspections']));
  });

  it('files node(id) under every domain: it may answer any of them', () => {
    expect(scopes.readsOf(parse('{ node(id: "x") { id } }'))).toEqual(scopes.all);
  });

  it("changes a mutation's own domain, the postal figures with a dossier, and nothing for sign-in and sign-out", () => {
    expect(scopes.writesOf('newsArticlePublish')).toEqual(['news']);
    expect(scopes.writesOf('dossierTransition')).toEqual(['procedures', 'kpis']);
    expect(scopes.writesOf('sessionCreate')).toEqual([]);
    expect(scopes.writesOf('sessionDelete')).toEqual([]);
  });
});
