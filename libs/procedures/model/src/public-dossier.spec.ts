import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicant, applicantArbitrary, receivedDossier } from './dossier-fixtures';
import { applyTransition } from './dossier-transition';
import { toPublicDossier } from './public-dossier';

describe('toPublicDossier', () => {
  it('shows where a dossier stands, in Vietnamese too, and when it is due', () => {
    const dossier = applyTransition(receivedDossier(), 'processing', { at: '2020-06-26T10:00:00+07:00', actor: 'cv', note: 'Giao chuyên viên' });
    expect(toPublicDossier(dossier)).toEqual({
      code: 'LSN-200626-0001',
      procedureCode: 'LSN-TTTT-01',
      channel: 'in_person',
      returnChannel: null,
      receivedAt: '2020-06-26T09:00:00+07:00',
      dueOn: '2020-07-17',
      state: 'processing',
      stateLabelVi: 'Đang xử lý',
      supplementDeadline: null,
      history: [{ from: 'received', to: 'processing', at: '2020-06-26T10:00:00+07:00' }],
    });
  });

  it('gives the deadline of a supplement request but not its reason', () => {
    let dossier = applyTransition(receivedDossier(), 'processing', { at: '2020-06-26T10:00:00+07:00', actor: 'cv' });
    dossier = applyTransition(dossier, 'supplement_requested', {
      at: '2020-06-29T10:00:00+07:00',
      actor: 'cv',
      supplement: { reason: `Bà ${applicant.fullName} bổ sung bản sao căn cước`, deadline: '2020-07-06' },
    });
    const view = toPublicDossier(dossier);
    expect(view.supplementDeadline).toBe('2020-07-06');
    expect(JSON.stringify(view)).not.toContain(applicant.fullName);
  });

  it('never contains any applicant value, even when officials wrote it in notes and requests', () => {
    fc.assert(
      fc.property(applicantArbitrary, fc.boolean(), (person, askForPapers) => {
        let dossier = receivedDossier({ applicant: person });
        dossier = applyTransition(dossier, 'processing', {
          at: '2020-06-26T10:00:00+07:00',
          actor: 'cv',
          note: `Hồ sơ của ${person.fullName}, ĐT ${person.phone}`,
        });
        if (askForPapers) {
          dossier = applyTransition(dossier, 'supplement_requested', {
            at: '2020-06-29T10:00:00+07:00',
            actor: 'cv',
            supplement: { reason: `Gửi về ${person.address}, số định danh ${person.idNumber}`, deadline: '2020-07-06' },
          });
        }
        const text = JSON.stringify(toPublicDossier(dossier));
        for (const value of Object.values(person)) {
          if (value !== null) expect(text).not.toContain(value);
        }
        expect(Object.keys(toPublicDossier(dossier))).not.toContain('applicant');
      }),
    );
  });
});
