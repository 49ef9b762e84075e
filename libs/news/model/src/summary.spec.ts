import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveSummary, htmlToText, SUMMARY_MAX_LENGTH } from './summary';

const body =
  '<p>Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&amp;TT) Lạng Sơn đã tổ chức Hội nghị sơ kết.</p>' +
  '<p>Thực hiện chuyển đổi hệ thống Văn phòng điện tử với 10.641 tài khoản người dùng.</p>';

describe('htmlToText', () => {
  it('drops tags and scripts, decodes entities and keeps words apart across blocks', () => {
    expect(htmlToText('<p>Sở TT&amp;TT</p><p>Lạng&nbsp;Sơn</p><script>alert(1)</script>')).toBe('Sở TT&TT Lạng Sơn');
  });

  it('never lets an escaped angle bracket come back as markup', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).not.toMatch(/[<>]/);
  });
});

describe('deriveSummary', () => {
  it('keeps a short body whole', () => {
    expect(deriveSummary('<p>Một câu ngắn.</p>')).toBe('Một câu ngắn.');
  });

  it('takes whole first sentences that fit, without splitting "10.641"', () => {
    expect(deriveSummary(body, 140)).toBe(
      'Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&TT) Lạng Sơn đã tổ chức Hội nghị sơ kết.',
    );
    expect(deriveSummary(body, 200)).toContain('10.641 tài khoản');
  });

  it('cuts a first sentence longer than the limit at a word and marks the cut', () => {
    const summary = deriveSummary(`<p>${'Hội nghị sơ kết công tác '.repeat(20)}.</p>`, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).toMatch(/^Hội nghị sơ kết công tác/);
    expect(summary.slice(0, -1)).not.toMatch(/\s$/);
  });

  it('is never longer than the limit and never contains "<"', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom('<p>', '</p>', '<script>x</script>', '&lt;b&gt;', '. ', '… ', '<a href="x">', '&amp;', '<', '>', '&#60;'),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), fc.integer({ min: 1, max: 400 }), (parts, max) => {
        const summary = deriveSummary(parts.join(''), max);
        expect(summary.length).toBeLessThanOrEqual(max);
        expect(summary).not.toContain('<');
      }),
    );
  });

  it(`defaults to ${SUMMARY_MAX_LENGTH} characters`, () => {
    expect(deriveSummary(`<p>${'chữ '.repeat(500)}</p>`).length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
  });
});
