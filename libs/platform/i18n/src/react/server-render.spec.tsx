import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './i18n-provider';
import { useI18n } from './use-i18n';

function Footer() {
  const { t, format } = useI18n();
  return (
    <footer>
      {t('backToTop')} · {format.date('2020-06-30')}
    </footer>
  );
}

describe('on a server (no DOM)', () => {
  it('renders in the requested language without touching document', () => {
    expect('document' in globalThis).toBe(false);
    expect(renderToString(<I18nProvider initialLanguage="en"><Footer /></I18nProvider>)).toBe(
      '<footer>Back to top<!-- --> · <!-- -->30/06/2020</footer>',
    );
    expect(renderToString(<I18nProvider><Footer /></I18nProvider>)).toContain('Lên đầu trang');
  });
});
