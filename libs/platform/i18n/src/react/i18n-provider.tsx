import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLanguage, type Language } from '../language';
import type { LanguageStorage } from '../storage';

/** What the provider shares: the active language and the way to change it. */
export interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

/** Internal to the library: components read it through `useI18n`. */
export const LanguageContext = createContext<LanguageState | null>(null);

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /**
   * The language to show, when its owner keeps it (for example the shell's router reads it from
   * the URL). Then `setLanguage` only reports through `onLanguageChange`, and the owner passes the
   * new value back. Leave it out to let the provider keep the language itself.
   */
  language?: Language;
  /** The first language when the provider keeps it; usually `resolveLanguage(...)`. Default `vi`. */
  initialLanguage?: Language;
  /** Where a choice is kept for the next visit (`browserLanguageStorage()` in the browser). */
  storage?: LanguageStorage;
  /** Told of every choice, after it is stored: the shell puts it into the URL with `withLanguage`. */
  onLanguageChange?: (language: Language) => void;
  children?: ReactNode;
}

interface DocumentWithRoot {
  documentElement?: { lang: string };
}

/**
 * Gives the page its language. One provider per page, made by the shell (remotes inside the shell
 * use its provider; a remote run alone for development makes its own). In a browser it also keeps
 * `<html lang>` in step, so screen readers pronounce the page in the right language.
 *
 * @example
 * const storage = browserLanguageStorage();
 * const initialLanguage = resolveLanguage({
 *   url: location.href, stored: storage.read(),
 * });
 * <I18nProvider initialLanguage={initialLanguage} storage={storage}
 *   onLanguageChange={(language) => history.replaceState(history.state, '', withLanguage(location.href, language))}>
 *   <Shell />
 * </I18nProvider>
 */
export function I18nProvider({
  language: controlledLanguage,
  initialLanguage = defaultLanguage,
  storage,
  onLanguageChange,
  children,
}: I18nProviderProps) {
  const [ownLanguage, setOwnLanguage] = useState<Language>(initialLanguage);
  const language = controlledLanguage ?? ownLanguage;

  const setLanguage = useCallback(
    (next: Language) => {
      storage?.write(next);
      setOwnLanguage(next);
      onLanguageChange?.(next);
    },
    [storage, onLanguageChange],
  );

  useEffect(() => {
    // Looked up here, not at import: the module also runs on a server, where there is no document.
    const root = (globalThis as { document?: DocumentWithRoot }).document?.documentElement;
    if (root) root.lang = language;
  }, [language]);

  const state = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={state}>{children}</LanguageContext.Provider>;
}
