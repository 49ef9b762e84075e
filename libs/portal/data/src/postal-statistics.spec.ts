import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import type { Applicant } from '@egov/procedures-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFirstDataSet } from './first-data-set';
import { createPortalRepositories, type PortalRepositories } from './portal-repositories';
import { portalMigrations } from './portal-schema';

const desk = { actor: 'can-bo-mot-cua' };
const applicant: Applicant = {
  fullName: 'Nông Văn Bình',
  idNumber: '020090001111',
  phone: '0987654321',
  email: null,
  address: 'Thôn Nà Pài, xã Hoàng Đồng, thành phố Lạng Sơn',
};

describe.each(testBackends)('the postal-service statistics of the composed portal, on %s', (backend) => {
  let db: TestDatabase;
  let repos: PortalRepositories;
  const figure = async (indicatorCode: string, period: string) =>
    (await repos.kpis.findObservation({ indicatorCode, period, areaCode: '20' }))?.value ?? null;

  beforeAll(async () => {
    db = await createTestDatabase(backend, portalMigrations);
    await seedFirstDataSet(db);
    repos = createPortalRepositories(db);
  });
  afterAll(() => db.dispose());

  it('keeps the report’s 987 received and 2.700 returned for 2020-H1 when dossiers of that half year are recorded', async () => {
    const dossier = await repos.procedures.receiveDossier(
      { procedureCode: 'LSN-TTTT-02', channel: 'postal', applicant, receivedAt: '2020-06-29T08:00:00+07:00' },
      desk,
    );
    let moved = await repos.procedures.transitionDossier(dossier.code, 1, 'processing', { at: '2020-06-29T09:00:00+07:00' }, desk);
    moved = await repos.procedures.transitionDossier(moved.code, moved.version, 'processed', { at: '2020-06-30T09:00:00+07:00' }, desk);
    await repos.procedures.transitionDossier(moved.code, moved.version, 'returned', { at: '2020-06-30T15:00:00+07:00', returnChannel: 'postal' }, desk);
    // FACTS.md F16 and F17.
    expect(await figure('POST_PUBLIC_DOSSIERS_RECEIVED', '2020-H1')).toBe(987);
    expect(await figure('POST_PUBLIC_RESULTS_RETURNED', '2020-H1')).toBe(2700);
  });

  it('counts dossiers received and results returned by post in a later half year, and nothing received otherwise', async () => {
    const byPost = await repos.procedures.receiveDossier(
      { procedureCode: 'LSN-TTTT-01', channel: 'postal', applicant, receivedAt: '2020-07-06T08:00:00+07:00' },
      desk,
    );
    await repos.procedures.receiveDossier({ procedureCode: 'LSN-TTTT-01', channel: 'postal', applicant, receivedAt: '2020-07-07T08:00:00+07:00' }, desk);
    const atDesk = await repos.procedures.receiveDossier(
      { procedureCode: 'LSN-TTTT-01', channel: 'in_person', applicant, receivedAt: '2020-07-07T09:00:00+07:00' },
      desk,
    );
    expect(await figure('POST_PUBLIC_DOSSIERS_RECEIVED', '2020-H2')).toBe(2);
    expect(await figure('POST_PUBLIC_RESULTS_RETURNED', '2020-H2')).toBeNull();

    // The desk's dossier comes back by post, the postal one by hand: one result returned by post.
    for (const [code, returnChannel] of [
      [atDesk.code, 'postal'],
      [byPost.code, 'in_person'],
    ] as const) {
      let moved = await repos.procedures.transitionDossier(code, 1, 'processing', { at: '2020-07-08T09:00:00+07:00' }, desk);
      moved = await repos.procedures.transitionDossier(code, moved.version, 'processed', { at: '2020-07-09T09:00:00+07:00' }, desk);
      await repos.procedures.transitionDossier(code, moved.version, 'returned', { at: '2020-07-10T09:00:00+07:00', returnChannel }, desk);
    }
    expect(await figure('POST_PUBLIC_RESULTS_RETURNED', '2020-H2')).toBe(1);
    expect(await figure('POST_PUBLIC_DOSSIERS_RECEIVED', '2020-H1')).toBe(987);
    expect(await figure('POST_PUBLIC_RESULTS_RETURNED', '2020-H1')).toBe(2700);
    // Opened for the counts, not published: the public pages stay on 2020-H1 until a statistician publishes it.
    expect(await repos.kpis.getPeriod('2020-H2')).toMatchObject({ labelVi: expect.any(String), startsOn: '2020-07-01', publishedAt: null });
    expect((await repos.kpis.listPeriods({ published: true })).map((period) => period.code)).toEqual(['2020-H1']);
  });
});
