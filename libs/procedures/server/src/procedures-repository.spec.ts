import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import type { Applicant, ProcedureInput } from '@egov/procedures-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proceduresMigrations } from './migrations';
import { createProceduresRepository, type ProceduresRepository } from './procedures-repository';

const who = { actor: 'tester' };
const firstPage = { size: 100, backward: false, after: null, before: null };
const desk = { actor: 'mot-cua' };

const procedure = (code: string, nameVi: string, extra: Partial<ProcedureInput> = {}): ProcedureInput => ({
  code,
  nameVi,
  nameEn: nameVi,
  field: 'publishing',
  performingAgencyCode: 'so-tttt',
  decidingAuthorityVi: 'Sở Thông tin và Truyền thông',
  channels: [
    { channel: 'in_person', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
    { channel: 'online', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
    { channel: 'postal', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null },
  ],
  requiredDocuments: [{ nameVi: 'Đơn đề nghị', copies: 1, note: null }],
  steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'],
  legalBasis: [{ reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' }],
  resultVi: 'Giấy phép',
  serviceLevel: 'full_process',
  nationalPortalUrl: null,
  isSample: true,
  sourceFactId: null,
  sourceQuote: null,
  ...extra,
});

const applicant: Applicant = {
  fullName: 'Hoàng Thị Lan',
  idNumber: '020187001234',
  phone: '0912345678',
  email: 'lan.hoang@example.vn',
  address: 'Số 8 đường Lê Lợi, thành phố Lạng Sơn',
};

describe.each(testBackends)('procedures repository on %s', (backend) => {
  let db: TestDatabase;
  let procedures: ProceduresRepository;
  const counts = async () =>
    db.query(
      `select (select count(*)::int from audit_log) as audits, (select count(*)::int from procedures) as procedures,
              (select count(*)::int from dossiers) as dossiers, (select count(*)::int from dossier_history) as moves`,
    );

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...proceduresMigrations]);
    await createUnitsRepository(db).create(
      {
        code: 'so-tttt',
        kind: 'department',
        nameVi: 'Sở Thông tin và Truyền thông Lạng Sơn',
        nameEn: 'Lang Son Department of Information and Communications',
        parentCode: null,
        areaCode: null,
        descriptionVi: null,
        website: null,
        sourceQuote: null,
      },
      who,
    );
    // 2 September 2020 (National Day) is a holiday the due dates skip.
    procedures = createProceduresRepository(db, { holidays: ['2020-09-02'] });
    await procedures.create(procedure('LSN-TTTT-01', 'Cấp giấy phép xuất bản bản tin', { field: 'press', resultVi: 'Giấy phép xuất bản bản tin' }), who);
    await procedures.create(procedure('LSN-TTTT-02', 'Cấp giấy phép xuất bản tài liệu không kinh doanh'), who);
    await procedures.create(
      procedure('LSN-TTTT-03', 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng', {
        field: 'electronic_games',
        serviceLevel: 'partial_process',
        resultVi: 'Giấy chứng nhận đủ điều kiện hoạt động',
        channels: [
          { channel: 'in_person', timeLimitWorkingDays: 5, feeVnd: 0, feeNote: null },
          { channel: 'postal', timeLimitWorkingDays: 5, feeVnd: 0, feeNote: null },
        ],
      }),
      who,
    );
  });
  afterAll(() => db.dispose());

  describe('procedures', () => {
    it('lists procedures by field, service level and channel', async () => {
      expect((await procedures.list()).map((p) => p.code)).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02', 'LSN-TTTT-03']);
      expect((await procedures.list({ field: 'electronic_games' })).map((p) => p.code)).toEqual(['LSN-TTTT-03']);
      expect((await procedures.list({ serviceLevel: 'full_process' })).map((p) => p.code)).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02']);
      expect((await procedures.list({ channel: 'online' })).map((p) => p.code)).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02']);
      expect((await procedures.list({ channel: 'postal', field: 'press' })).map((p) => p.code)).toEqual(['LSN-TTTT-01']);
      // The database counts what the same filters list.
      expect(await procedures.count()).toBe(3);
      expect(await procedures.count({ channel: 'postal', field: 'press' })).toBe(1);
    });

    it('keeps channels, documents, steps and legal basis as they were given', async () => {
      const games = (await procedures.get('LSN-TTTT-03'))!;
      expect(games.channels).toEqual([
        { channel: 'in_person', timeLimitWorkingDays: 5, feeVnd: 0, feeNote: null },
        { channel: 'postal', timeLimitWorkingDays: 5, feeVnd: 0, feeNote: null },
      ]);
      expect(games).toMatchObject({ steps: ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả'], isSample: true, version: 1 });
      expect(games.legalBasis[0]).toEqual({ reference: '19/2012/QH13', title: 'Luật Xuất bản', issuedOn: '2012-11-20' });
    });

    it('keeps a fee that is not recorded as null, not 0, and the database refuses a fee that is not a whole đồng amount', async () => {
      const unknownFee = procedure('LSN-TTTT-08', 'Thủ tục phí chưa ghi', {
        resultVi: 'Văn bản chấp thuận',
        channels: [{ channel: 'online', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' }],
      });
      const created = await procedures.create(unknownFee, who);
      expect(created.channels[0]).toEqual({ channel: 'online', timeLimitWorkingDays: 5, feeVnd: null, feeNote: 'Mức phí chưa được ghi' });
      expect((await procedures.get('LSN-TTTT-08'))?.channels[0]?.feeVnd).toBeNull();
      const before = await counts();
      for (const fee of ['-1', '"50000"', '1.5', 'true']) {
        await expect(
          db.query(`update procedures set channels = jsonb_build_array(jsonb_build_object('channel', 'online', 'timeLimitWorkingDays', 5, 'feeVnd', '${fee}'::jsonb, 'feeNote', null)) where code = 'LSN-TTTT-08'`),
        ).rejects.toMatchObject({ code: 'VALIDATION' });
      }
      await expect(
        db.query(`update procedures set channels = '[{"channel": "online", "timeLimitWorkingDays": 5, "feeNote": null}]' where code = 'LSN-TTTT-08'`),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(await counts()).toEqual(before);
    });

    it('finds procedures ignoring case and diacritics, the closest first', async () => {
      expect((await procedures.search('giay phep')).map((p) => p.code)).toEqual(['LSN-TTTT-01', 'LSN-TTTT-02']);
      expect((await procedures.search('GIẤY PHÉP bản tin')).map((p) => p.code)[0]).toBe('LSN-TTTT-01');
      expect((await procedures.search('tro choi dien tu')).map((p) => p.code)).toEqual(['LSN-TTTT-03']);
      expect((await procedures.search('giay', { field: 'press' })).map((p) => p.code)).toEqual(['LSN-TTTT-01']);
      expect(await procedures.search('viễn thông')).toEqual([]);
    });

    it('reads several procedures at once in the order asked, null for unknown codes', async () => {
      expect((await procedures.getMany(['LSN-TTTT-03', 'NONE', 'LSN-TTTT-01'])).map((p) => p?.code ?? null)).toEqual([
        'LSN-TTTT-03',
        null,
        'LSN-TTTT-01',
      ]);
    });

    it('refuses bad input with typed errors and writes nothing', async () => {
      const before = await counts();
      await expect(
        procedures.create(procedure('LSN-TTTT-09', 'Thủ tục X', { channels: [{ channel: 'online', timeLimitWorkingDays: 5, feeVnd: -5, feeNote: null }] }), who),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['channels', '0', 'feeVnd'] }] });
      await expect(procedures.create(procedure('LSN-TTTT-09', 'Thủ tục X', { performingAgencyCode: 'so-khac' }), who)).rejects.toMatchObject({
        code: 'UNKNOWN_REFERENCE',
      });
      await expect(procedures.create(procedure('LSN-TTTT-01', 'Trùng mã'), who)).rejects.toMatchObject({ code: 'DUPLICATE' });
      expect(await counts()).toEqual(before);
      expect(await procedures.get('LSN-TTTT-09')).toBeNull();
    });

    it('updates with the version read, audits it, and refuses a stale version', async () => {
      const current = (await procedures.get('LSN-TTTT-02'))!;
      const changed = procedure('LSN-TTTT-02', current.nameVi, { nameEn: 'Non-commercial publication licence' });
      const updated = await procedures.update('LSN-TTTT-02', current.version, changed, { actor: 'admin' });
      expect(updated).toMatchObject({ nameEn: 'Non-commercial publication licence', version: current.version + 1 });
      const before = await counts();
      await expect(procedures.update('LSN-TTTT-02', current.version, changed, who)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(procedures.update('LSN-TTTT-02', updated.version, { ...changed, code: 'LSN-TTTT-99' }, who)).rejects.toMatchObject({
        code: 'VALIDATION',
      });
      expect(await counts()).toEqual(before);
      expect((await readAudit(db, 'procedure', 'LSN-TTTT-02')).map((a) => [a.action, a.actor])).toEqual([
        ['procedure.create', 'tester'],
        ['procedure.update', 'admin'],
      ]);
    });
  });

  describe('dossiers', () => {
    it('receives dossiers through every channel, numbered per day, due after the working days of the channel', async () => {
      // Friday 26 June 2020: 10 working days later is Friday 10 July; 5 later is Friday 3 July.
      const atDesk = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-01', channel: 'in_person', applicant, receivedAt: '2020-06-26T09:00:00+07:00' },
        desk,
      );
      expect(atDesk).toMatchObject({
        code: 'LSN-200626-0001',
        state: 'received',
        dueOn: '2020-07-10',
        receivedAt: '2020-06-26T02:00:00.000Z',
        returnChannel: null,
        history: [],
        version: 1,
      });
      const online = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-02', channel: 'online', applicant, receivedAt: '2020-06-26T22:30:00+07:00' },
        desk,
      );
      expect(online).toMatchObject({ code: 'LSN-200626-0002', state: 'new' });
      const byPost = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-03', channel: 'postal', applicant, receivedAt: '2020-06-26T23:59:00+07:00' },
        desk,
      );
      expect(byPost).toMatchObject({ code: 'LSN-200626-0003', state: 'received', channel: 'postal', dueOn: '2020-07-03' });
      // 17:30 UTC on 26 June is already 27 June in Lạng Sơn: a new day, a new numbering.
      const nextDay = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-01', channel: 'postal', applicant, receivedAt: '2020-06-26T17:30:00Z' },
        desk,
      );
      expect(nextDay.code).toBe('LSN-200627-0001');
      expect(await procedures.getDossier('LSN-200626-0001')).toEqual(atDesk);
      expect((await readAudit(db, 'dossier', atDesk.code)).map((a) => [a.action, a.actor])).toEqual([['dossier.receive', 'mot-cua']]);
    });

    it('skips the listed holidays when setting a due date', async () => {
      const dossier = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-03', channel: 'in_person', applicant, receivedAt: '2020-08-31T08:00:00+07:00' },
        desk,
      );
      // Mon 31 Aug + 5 working days, skipping Wed 2 Sep: 1, 3, 4, 7, 8 September.
      expect(dossier.dueOn).toBe('2020-09-08');
    });

    it('refuses an unknown procedure, a channel it does not offer and a bad applicant, writing nothing', async () => {
      const before = await counts();
      await expect(
        procedures.receiveDossier({ procedureCode: 'LSN-TTTT-77', channel: 'in_person', applicant }, desk),
      ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', issues: [{ field: ['procedureCode'] }] });
      await expect(procedures.receiveDossier({ procedureCode: 'LSN-TTTT-03', channel: 'online', applicant }, desk)).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ field: ['channel'] }],
      });
      await expect(
        procedures.receiveDossier({ procedureCode: 'LSN-TTTT-01', channel: 'postal', applicant: { ...applicant, idNumber: '12' } }, desk),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['applicant', 'idNumber'] }] });
      expect(await counts()).toEqual(before);
    });

    it('moves a dossier to a result returned by post, recording each move and auditing it', async () => {
      const received = await procedures.receiveDossier(
        { procedureCode: 'LSN-TTTT-01', channel: 'online', applicant, receivedAt: '2020-07-01T08:00:00+07:00' },
        desk,
      );
      let dossier = await procedures.transitionDossier(received.code, 1, 'received', { at: '2020-07-01T09:00:00+07:00' }, desk);
      dossier = await procedures.transitionDossier(dossier.code, dossier.version, 'processing', { at: '2020-07-01T10:00:00+07:00', note: 'Giao phòng TTBCXB' }, desk);
      dossier = await procedures.transitionDossier(
        dossier.code,
        dossier.version,
        'supplement_requested',
        { at: '2020-07-02T10:00:00+07:00', supplement: { reason: 'Bổ sung mẫu trình bày', deadline: '2020-07-09' } },
        { actor: 'chuyen-vien' },
      );
      expect(dossier).toMatchObject({ state: 'supplement_requested', supplement: { reason: 'Bổ sung mẫu trình bày', deadline: '2020-07-09' } });
      dossier = await procedures.transitionDossier(dossier.code, dossier.version, 'processing', { at: '2020-07-06T10:00:00+07:00' }, desk);
      dossier = await procedures.transitionDossier(dossier.code, dossier.version, 'processed', { at: '2020-07-08T10:00:00+07:00' }, { actor: 'lanh-dao' });
      dossier = await procedures.transitionDossier(dossier.code, dossier.version, 'returned', { at: '2020-07-09T10:00:00+07:00', returnChannel: 'postal' }, desk);

      expect(dossier).toMatchObject({ state: 'returned', returnChannel: 'postal', supplement: null, version: 7 });
      const history = await procedures.dossierHistory(dossier.code);
      expect(history.map((h) => `${h.from}>${h.to}:${h.actor}`)).toEqual([
        'new>received:mot-cua',
        'received>processing:mot-cua',
        'processing>supplement_requested:chuyen-vien',
        'supplement_requested>processing:mot-cua',
        'processing>processed:lanh-dao',
        'processed>returned:mot-cua',
      ]);
      expect(history[1]).toMatchObject({ note: 'Giao phòng TTBCXB', at: '2020-07-01T03:00:00.000Z' });
      expect(history[2]?.supplement).toEqual({ reason: 'Bổ sung mẫu trình bày', deadline: '2020-07-09' });
      expect(dossier.history).toEqual(history);
      const audit = await readAudit(db, 'dossier', dossier.code);
      expect(audit.map((a) => a.action)).toEqual(['dossier.receive', ...Array(6).fill('dossier.transition')]);
      expect(audit.at(-1)).toMatchObject({ before: { state: 'processed' }, after: { state: 'returned', return_channel: 'postal' } });
    });

    it('refuses a move the state machine forbids, naming the allowed ones, and writes nothing', async () => {
      const dossier = await procedures.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'in_person', applicant, receivedAt: '2020-07-02T08:00:00+07:00' }, desk);
      const before = await counts();
      const refusal = procedures.transitionDossier(dossier.code, 1, 'returned', { returnChannel: 'postal' }, desk);
      await expect(refusal).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
      await expect(refusal).rejects.toThrow(/allowed: processing, withdrawal_requested/);
      await expect(procedures.transitionDossier(dossier.code, 1, 'new', {}, desk)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
      await expect(procedures.transitionDossier(dossier.code, 1, 'archived' as never, {}, desk)).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(procedures.transitionDossier('LSN-200101-0001', 1, 'processing', {}, desk)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await counts()).toEqual(before);
      expect(await procedures.getDossier(dossier.code)).toEqual(dossier);
    });

    it('refuses a stale version with CONFLICT and a supplement request without a deadline, writing nothing', async () => {
      const dossier = await procedures.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'postal', applicant, receivedAt: '2020-07-03T08:00:00+07:00' }, desk);
      const processing = await procedures.transitionDossier(dossier.code, 1, 'processing', { at: '2020-07-03T09:00:00+07:00' }, desk);
      const before = await counts();
      await expect(procedures.transitionDossier(dossier.code, 1, 'processed', { at: '2020-07-03T10:00:00+07:00' }, desk)).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(
        procedures.transitionDossier(dossier.code, processing.version, 'supplement_requested', { at: '2020-07-03T10:00:00+07:00' }, desk),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['supplement'] }] });
      await expect(
        procedures.transitionDossier(dossier.code, processing.version, 'processed', { at: '2020-07-03T08:30:00+07:00' }, desk),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['at'] }] });
      expect(await counts()).toEqual(before);
      expect((await procedures.getDossier(dossier.code))?.state).toBe('processing');
    });

    it('shows the public only where a dossier stands, never who lodged it', async () => {
      const view = await procedures.getPublicDossier('LSN-200626-0001');
      expect(view).toMatchObject({ code: 'LSN-200626-0001', state: 'received', stateLabelVi: 'Đã tiếp nhận', dueOn: '2020-07-10' });
      const text = JSON.stringify(view);
      for (const value of Object.values(applicant)) expect(text).not.toContain(value);
      expect(await procedures.getPublicDossier('LSN-200101-0001')).toBeNull();
      expect(await procedures.dossierHistory('LSN-200101-0001')).toEqual([]);
    });

    it('reads several dossiers at once and lists them for officials', async () => {
      const found = await procedures.getManyDossiers(['LSN-200626-0003', 'LSN-200101-0001', 'LSN-200626-0001']);
      expect(found.map((d) => d?.code ?? null)).toEqual(['LSN-200626-0003', null, 'LSN-200626-0001']);
      expect(found[2]?.applicant).toEqual(applicant);
      expect((await procedures.listDossiers({ procedureCode: 'LSN-TTTT-03' }, firstPage)).rows.map((d) => d.code)).toEqual(['LSN-200831-0001', 'LSN-200626-0003']);
      expect((await procedures.listDossiers({ state: 'returned' }, firstPage)).rows.every((d) => d.returnChannel !== null && d.history.length > 0)).toBe(true);
    });

    it('counts dossiers received and results returned per channel over Vietnamese days', async () => {
      expect(await procedures.countByChannel({ from: '2020-06-26', to: '2020-06-26' })).toEqual({
        from: '2020-06-26',
        to: '2020-06-26',
        received: { in_person: 1, online: 1, postal: 1 },
        returned: { in_person: 0, online: 0, postal: 0 },
      });
      const firstHalf = await procedures.countByChannel({ from: '2020-01-01', to: '2020-06-30' });
      expect(firstHalf.received).toEqual({ in_person: 1, online: 1, postal: 2 });
      const july = await procedures.countByChannel({ from: '2020-07-01', to: '2020-07-31' });
      expect(july.returned).toEqual({ in_person: 0, online: 0, postal: 1 });
      await expect(procedures.countByChannel({ from: '2020-07-01', to: '2020-06-01' })).rejects.toMatchObject({ code: 'VALIDATION' });
    });

    it('tells the postal statistics of each dossier received and result returned by post, on its Vietnamese day, and nothing else', async () => {
      const calls: string[] = [];
      const recorder = {
        dossierReceived: async (_tx: unknown, day: string, context: { actor: string }) => void calls.push(`received ${day} ${context.actor}`),
        resultReturned: async (_tx: unknown, day: string, context: { actor: string }) => void calls.push(`returned ${day} ${context.actor}`),
      };
      const counted = createProceduresRepository(db, { postalStatistics: recorder });
      // 18:30 UTC on 31 December is already 1 January in Lạng Sơn.
      const byPost = await counted.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'postal', applicant, receivedAt: '2020-12-31T18:30:00Z' }, desk);
      await counted.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'in_person', applicant, receivedAt: '2021-01-04T08:00:00+07:00' }, desk);
      let dossier = await counted.transitionDossier(byPost.code, 1, 'processing', { at: '2021-01-04T09:00:00+07:00' }, desk);
      dossier = await counted.transitionDossier(dossier.code, dossier.version, 'processed', { at: '2021-01-05T09:00:00+07:00' }, desk);
      await counted.transitionDossier(dossier.code, dossier.version, 'returned', { at: '2021-01-06T09:00:00+07:00', returnChannel: 'postal' }, desk);
      expect(calls).toEqual(['received 2021-01-01 mot-cua', 'returned 2021-01-06 mot-cua']);
    });

    it('writes neither the dossier nor its move when the postal statistics cannot be written', async () => {
      const failing = {
        dossierReceived: async () => Promise.reject(new Error('statistics unavailable')),
        resultReturned: async () => Promise.reject(new Error('statistics unavailable')),
      };
      const dossier = await procedures.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'in_person', applicant, receivedAt: '2021-02-01T08:00:00+07:00' }, desk);
      const processed = await procedures.transitionDossier(
        dossier.code,
        (await procedures.transitionDossier(dossier.code, 1, 'processing', { at: '2021-02-01T09:00:00+07:00' }, desk)).version,
        'processed',
        { at: '2021-02-02T09:00:00+07:00' },
        desk,
      );
      const counted = createProceduresRepository(db, { postalStatistics: failing });
      const before = await counts();
      await expect(counted.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'postal', applicant, receivedAt: '2021-02-03T08:00:00+07:00' }, desk)).rejects.toThrow(
        'statistics unavailable',
      );
      await expect(
        counted.transitionDossier(processed.code, processed.version, 'returned', { at: '2021-02-03T09:00:00+07:00', returnChannel: 'postal' }, desk),
      ).rejects.toThrow('statistics unavailable');
      expect(await counts()).toEqual(before);
      expect((await procedures.getDossier(processed.code))?.state).toBe('processed');
    });

    it('refuses, in the database too, a move outside the state machine and a returned dossier without its channel', async () => {
      await expect(
        db.query(`insert into dossier_history (dossier_code, from_state, to_state, at, actor) values ('LSN-200626-0001', 'received', 'returned', now(), 'x')`),
      ).rejects.toMatchObject({ code: 'VALIDATION' });
      await expect(db.query(`update dossiers set state = 'returned' where code = 'LSN-200626-0001'`)).rejects.toMatchObject({ code: 'VALIDATION' });
    });
  });
});
