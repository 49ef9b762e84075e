import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierCodePrefix, dossierCodeSchema, formatDossierCode, parseDossierCode } from './dossier-code';

describe('dossier codes', () => {
  it('numbers the dossiers of a day from 0001', () => {
    expect(formatDossierCode('2020-06-26', 1)).toBe('LSN-200626-0001');
    expect(formatDossierCode('2020-06-26', 987)).toBe('LSN-200626-0987');
    expect(dossierCodePrefix('2020-06-26')).toBe('LSN-200626-');
  });

  it('refuses a sequence outside 1..9999', () => {
    expect(() => formatDossierCode('2020-06-26', 0)).toThrow(RangeError);
    expect(() => formatDossierCode('2020-06-26', 10_000)).toThrow(RangeError);
  });

  it.each(['LSN-200626-0001', 'LSN-991231-9999'])('accepts %s', (code) => {
    expect(dossierCodeSchema.safeParse(code).success).toBe(true);
  });

  it.each(['lsn-200626-0001', 'LSN-200230-0001', 'LSN-200626-0000', 'LSN-200626-1', '000.00.20.H36-200626-0001'])('refuses %s', (code) => {
    expect(dossierCodeSchema.safeParse(code).success).toBe(false);
  });

  it('reads back the day and sequence it was made from', () => {
    const days = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 9999 }), (day, sequence) => {
        const receivedOn = day.toISOString().slice(0, 10);
        const code = formatDossierCode(receivedOn, sequence);
        expect(dossierCodeSchema.safeParse(code).success).toBe(true);
        expect(parseDossierCode(code)).toEqual({ receivedOn, sequence });
      }),
    );
  });
});
