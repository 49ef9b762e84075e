import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formattersFor, parseCalendarDate, parseInstant } from './format';

const vi = formattersFor('vi');
const en = formattersFor('en');
const NBSP = '\u00a0';

/** What a reader sees: no-break spaces look like spaces. */
const asRead = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe("the issue's examples, exactly", () => {
  it('writes 10641 as vi "10.641", en "10,641"', () => {
    expect(vi.integer(10641)).toBe('10.641');
    expect(en.integer(10641)).toBe('10,641');
  });

  it('writes 32.4 percent as vi "32,4 %", en "32.4%"', () => {
    expect(asRead(vi.percent(32.4))).toBe('32,4 %');
    expect(vi.percent(32.4)).toBe(`32,4${NBSP}%`);
    expect(en.percent(32.4)).toBe('32.4%');
  });

  it('writes 60,000,000 đồng as vi "60.000.000 ₫", en "₫60,000,000"', () => {
    expect(asRead(vi.money(60_000_000))).toBe('60.000.000 ₫');
    expect(vi.money(60_000_000)).toBe(`60.000.000${NBSP}₫`);
    expect(en.money(60_000_000)).toBe('₫60,000,000');
  });

  it('writes 2020-06-30 as "30/06/2020" in both languages', () => {
    expect(vi.date('2020-06-30')).toBe('30/06/2020');
    expect(en.date('2020-06-30')).toBe('30/06/2020');
  });

  it('writes 2020-06-30T08:54Z as "30/06/2020 15:54", Vietnam time, in both languages', () => {
    expect(vi.dateTime('2020-06-30T08:54:00.000Z')).toBe('30/06/2020 15:54');
    expect(en.dateTime('2020-06-30T08:54:00Z')).toBe('30/06/2020 15:54');
    expect(vi.dateTime(new Date(Date.UTC(2020, 5, 30, 8, 54)))).toBe('30/06/2020 15:54');
    expect(vi.dateTime('2020-06-30T15:54:00+07:00')).toBe('30/06/2020 15:54');
  });
});

describe('numbers', () => {
  it('rounds integers and keeps at most two decimals by default', () => {
    expect(vi.integer(10640.6)).toBe('10.641');
    expect(vi.decimal(8323.6)).toBe('8.323,6');
    expect(en.decimal(8323.6)).toBe('8,323.6');
    expect(vi.decimal(1.005 + 0.0001)).toBe('1,01');
    expect(vi.decimal(2, { minimumFractionDigits: 1 })).toBe('2,0');
  });

  it('groups four-digit numbers too (vi 1.234)', () => {
    expect(vi.integer(1234)).toBe('1.234');
  });

  it('never writes "-0" for a figure that rounds to zero', () => {
    expect(vi.integer(-0.2)).toBe('0');
    expect(vi.percent(-0.01)).toBe(`0${NBSP}%`);
    expect(vi.integer(-5)).toBe('-5');
  });

  it('writes percentages with one decimal at most unless told', () => {
    expect(vi.percent(100)).toBe(`100${NBSP}%`);
    expect(vi.percent(33.333)).toBe(`33,3${NBSP}%`);
    expect(en.percent(33.333, { maximumFractionDigits: 2 })).toBe('33.33%');
  });

  it('writes large numbers in words', () => {
    expect(vi.compact(1_234_567)).toBe('1,2 triệu');
    expect(en.compact(1_234_567)).toBe('1.2 million');
    expect(vi.compact(60_000_000_000)).toBe('60 tỷ');
  });

  it('formats a figure by its measure', () => {
    expect(vi.measure(10641, 'count')).toBe('10.641');
    expect(vi.measure(32.4, 'percent')).toBe(`32,4${NBSP}%`);
    expect(vi.measure(60_000_000, 'amount_vnd')).toBe(`60.000.000${NBSP}₫`);
    expect(en.measure(125.456, 'per_100_inhabitants')).toBe('125.46');
    expect(vi.measure(1520.5, 'inhabitants_per_point')).toBe('1.520,5');
  });

  it('reads a vi number back to its value', () => {
    const readVietnamese = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (hundredths) => {
        const value = hundredths / 100;
        expect(readVietnamese(vi.decimal(value))).toBe(value);
        const whole = Math.trunc(value) + 0; // + 0 turns -0 into 0
        expect(readVietnamese(vi.integer(whole))).toBe(whole);
      }),
    );
  });

  it('reads an en number back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (hundredths) => {
        const value = hundredths / 100;
        expect(Number(en.decimal(value).replace(/,/g, ''))).toBe(value);
      }),
    );
  });

  it('writes a vi percentage as the vi decimal followed by a no-break space and %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const value = tenths / 10;
        expect(vi.percent(value)).toBe(`${vi.decimal(value, { maximumFractionDigits: 1 })}${NBSP}%`);
      }),
    );
  });

  it('reuses one set of formatters per language', () => {
    expect(formattersFor('vi')).toBe(vi);
    expect(formattersFor('en')).not.toBe(vi);
  });
});

describe('dates', () => {
  it('writes long dates in words', () => {
    expect(vi.longDate('2020-06-30')).toBe('30 tháng 6, 2020');
    expect(en.longDate('2020-06-30')).toBe('30 June 2020');
  });

  it.each(['2020-6-30', '30/06/2020', '2021-02-29', '2020-13-01', '2020-06-30T00:00:00Z', ''])(
    'refuses "%s" as a calendar date',
    (input) => {
      expect(() => vi.date(input)).toThrow(RangeError);
    },
  );

  it('refuses a date-time string without an offset, which would depend on the host', () => {
    expect(() => vi.dateTime('2020-06-30T15:54:00')).toThrow(RangeError);
    expect(() => vi.dateTime('2020-06-30')).toThrow(RangeError);
    expect(() => vi.dateTime(Number.NaN)).toThrow(RangeError);
  });

  it('reads years before 100 as written', () => {
    expect(parseCalendarDate('0099-01-01').getUTCFullYear()).toBe(99);
  });

  describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh'])('on a host in %s', (zone) => {
    const hostZone = process.env['TZ'];
    beforeEach(() => {
      process.env['TZ'] = zone;
    });
    afterEach(() => {
      process.env['TZ'] = hostZone;
    });

    it('runs with the host in that zone', () => {
      const offsetInJanuary = new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset();
      expect(offsetInJanuary === 0).toBe(zone === 'UTC');
    });

    it('never shifts a calendar date by a day, 1900–2100', () => {
      const day = 24 * 60 * 60 * 1000;
      const first = Date.UTC(1900, 0, 1) / day;
      const last = Date.UTC(2100, 11, 31) / day;
      fc.assert(
        fc.property(fc.integer({ min: first, max: last }), (dayNumber) => {
          const iso = new Date(dayNumber * day).toISOString().slice(0, 10);
          const [year, month, dayOfMonth] = iso.split('-');
          expect(vi.date(iso)).toBe(`${dayOfMonth}/${month}/${year}`);
          expect(en.date(iso)).toBe(`${dayOfMonth}/${month}/${year}`);
        }),
        { numRuns: 300 },
      );
    });

    it('shows instants in Vietnam time (UTC+7 since 1975)', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('1976-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (instant) => {
          const vietnam = new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString();
          const expected = `${vietnam.slice(8, 10)}/${vietnam.slice(5, 7)}/${vietnam.slice(0, 4)} ${vietnam.slice(11, 16)}`;
          expect(vi.dateTime(instant)).toBe(expected);
          expect(en.dateTime(instant.toISOString())).toBe(expected);
        }),
        { numRuns: 300 },
      );
    });
  });

  it('takes epoch milliseconds and Date objects as instants', () => {
    expect(parseInstant(0).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(vi.dateTime(Date.UTC(2020, 11, 31, 17, 0))).toBe('01/01/2021 00:00');
  });
});
