// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Language } from '../language';
import { defineMessages } from '../messages';
import { memoryLanguageStorage } from '../storage';
import { I18nProvider } from './i18n-provider';
import { useI18n } from './use-i18n';

afterEach(() => {
  cleanup();
  document.documentElement.lang = '';
});

const statisticsMessages = defineMessages({
  vi: { heading: 'Thống kê', online: 'Dịch vụ công trực tuyến: {rate}' },
  en: { heading: 'Statistics', online: 'Online public services: {rate}' },
});

function Header() {
  const { t, language, setLanguage } = useI18n();
  const other: Language = language === 'vi' ? 'en' : 'vi';
  return (
    <header>
      <h1>{t('portalTitle')}</h1>
      <button type="button" lang={other} onClick={() => setLanguage(other)}>
        {t(other === 'en' ? 'languageNameEn' : 'languageNameVi')}
      </button>
    </header>
  );
}

function Figures() {
  const { t, format } = useI18n(statisticsMessages);
  return (
    <section>
      <h2>{t('heading')}</h2>
      <p data-testid="licences">{format.integer(10641)}</p>
      <p data-testid="rate">{t('online', { rate: format.percent(32.4) })}</p>
      <p data-testid="budget">{format.money(60_000_000)}</p>
      <p data-testid="day">{format.date('2020-06-30')}</p>
    </section>
  );
}

const text = (testId: string) => screen.getByTestId(testId).textContent?.replace(/\u00a0/g, ' ');

describe('I18nProvider and useI18n', () => {
  it('switching language changes the text and the number formats', () => {
    render(
      <I18nProvider>
        <Header />
        <Figures />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Thống kê');
    expect(text('licences')).toBe('10.641');
    expect(text('rate')).toBe('Dịch vụ công trực tuyến: 32,4 %');
    expect(text('budget')).toBe('60.000.000 ₫');
    expect(text('day')).toBe('30/06/2020');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lang Son Department of Information and Communications');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Statistics');
    expect(text('licences')).toBe('10,641');
    expect(text('rate')).toBe('Online public services: 32.4%');
    expect(text('budget')).toBe('₫60,000,000');
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toBeDefined();
  });

  it('keeps <html lang> in step with the language', () => {
    render(
      <I18nProvider initialLanguage="en">
        <Header />
      </I18nProvider>,
    );
    expect(document.documentElement.lang).toBe('en');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('stores the choice and reports it, so the shell can put it in the URL', () => {
    const storage = memoryLanguageStorage();
    const onLanguageChange = vi.fn();
    render(
      <I18nProvider storage={storage} onLanguageChange={onLanguageChange}>
        <Header />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(storage.read()).toBe('en');
    expect(onLanguageChange).toHaveBeenCalledWith('en');
  });

  it('follows the language its owner passes when controlled', () => {
    function Owner({ children }: { children: ReactNode }) {
      const [language, setLanguage] = useState<Language>('en');
      return (
        <I18nProvider language={language} onLanguageChange={setLanguage}>
          {children}
        </I18nProvider>
      );
    }
    render(
      <Owner>
        <Header />
      </Owner>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Lang Son');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Lạng Sơn');
  });

  it('does not switch a controlled provider whose owner ignores the change', () => {
    render(
      <I18nProvider language="vi">
        <Header />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Lạng Sơn');
  });

  it('gives the same value until the language changes', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;
    const { result, rerender } = renderHook(() => useI18n(statisticsMessages), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() => first.setLanguage('en'));
    expect(result.current.language).toBe('en');
    expect(result.current.t).not.toBe(first.t);
  });

  it('explains a missing provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Header />)).toThrow(/needs an <I18nProvider>/);
    vi.mocked(console.error).mockRestore();
  });
});
