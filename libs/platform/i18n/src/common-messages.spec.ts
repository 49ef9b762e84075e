import { describe, expect, it } from 'vitest';
import { commonMessages } from './common-messages';
import { translatorFor } from './translate';

const vi = translatorFor(commonMessages, 'vi');
const en = translatorFor(commonMessages, 'en');

describe('the shell common messages', () => {
  it('name the department in both languages', () => {
    expect(vi('portalTitle')).toBe('Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(en('portalTitle')).toBe('Lang Son Department of Information and Communications');
  });

  it("carry the source portal's footer links and the back-to-top control", () => {
    expect([
      vi('footerNationalPublicServicePortal'),
      vi('footerLawAndPolicy'),
      vi('footerProductsAndServices'),
      vi('footerMinistryUnitPortals'),
      vi('footerBusinesses'),
    ]).toEqual([
      'Cổng dịch vụ công Quốc gia',
      'Chính sách pháp luật Việt Nam',
      'Giới thiệu Sản phẩm dịch vụ',
      'Cổng thông tin điện tử của các đơn vị thuộc Bộ',
      'Doanh nghiệp',
    ]);
    expect(vi('backToTop')).toBe('Lên đầu trang');
    expect(en('backToTop')).toBe('Back to top');
  });

  it('name a failed remote and offer a retry', () => {
    expect(vi('remoteFailed', { section: 'Thống kê' })).toBe('Không tải được mục Thống kê.');
    expect(en('remoteFailed', { section: 'Statistics' })).toBe('The Statistics section could not be loaded.');
    expect(vi('retry')).toBe('Thử lại');
    expect(en('retry')).toBe('Try again');
  });

  it('write a year given as text without grouping', () => {
    expect(vi('footerCopyright', { year: '2025' })).toBe('© 2025 Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
  });

  it('name each language in itself, in both catalogues', () => {
    for (const t of [vi, en]) {
      expect(t('languageNameVi')).toBe('Tiếng Việt');
      expect(t('languageNameEn')).toBe('English');
    }
  });

  it('differ between the languages except for language names', () => {
    const same = Object.keys(commonMessages.vi).filter(
      (key) => commonMessages.vi[key as keyof typeof commonMessages.vi] === commonMessages.en[key as keyof typeof commonMessages.en],
    );
    expect(same).toEqual(['languageNameVi', 'languageNameEn']);
  });
});
