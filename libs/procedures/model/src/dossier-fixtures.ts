// Dossiers and generators shared by this library's specs; not exported from the library.
import fc from 'fast-check';
import type { Applicant, Dossier } from './dossier';
import { dossierStates, type DossierState } from './dossier-state';

export const applicant: Applicant = {
  fullName: 'Hoàng Thị Lan',
  idNumber: '020187001234',
  phone: '0912345678',
  email: 'lan.hoang@example.vn',
  address: 'Số 8 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn',
};

/** A dossier received in person on Friday 26 June 2020 at 09:00 in Lạng Sơn. */
export const receivedDossier = (overrides: Partial<Dossier> = {}): Dossier => ({
  code: 'LSN-200626-0001',
  procedureCode: 'LSN-TTTT-01',
  channel: 'in_person',
  returnChannel: null,
  applicant,
  receivedAt: '2020-06-26T09:00:00+07:00',
  dueOn: '2020-07-17',
  state: 'received',
  history: [],
  supplement: null,
  version: 1,
  ...overrides,
});

export const stateArbitrary: fc.Arbitrary<DossierState> = fc.constantFrom(...dossierStates);

/** Letters that never occur in codes, dates or state names, so a found value can only have leaked. */
const distinctive = (min: number) =>
  fc.string({ unit: fc.constantFrom(...'ăâđêôơưẮẰẲẴẶẤẦẨẪẬ'), minLength: min, maxLength: min + 8 });

export const applicantArbitrary: fc.Arbitrary<Applicant> = fc.record({
  fullName: distinctive(4).map((name) => `Bà ${name}`),
  idNumber: fc.stringMatching(/^\d{12}$/),
  phone: fc.stringMatching(/^09\d{8}$/),
  email: fc.option(distinctive(3).map((local) => `${local}@thu.vn`), { nil: null }),
  address: distinctive(6).map((street) => `Số 1 ${street}, Lạng Sơn`),
});
