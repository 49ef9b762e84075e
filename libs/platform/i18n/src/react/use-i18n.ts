import { useContext, useMemo } from 'react';
import { commonMessages } from '../common-messages';
import { formattersFor, type Formatters } from '../format';
import type { Language } from '../language';
import type { Catalogue, Translate } from '../messages';
import { translatorFor } from '../translate';
import { LanguageContext } from './i18n-provider';

/** What {@link useI18n} gives a component. */
export interface I18n<Placeholders extends Record<string, string>> {
  /** The active language. */
  readonly language: Language;
  /** Translates a key of the catalogue given to `useI18n` (the shell's common messages by default). */
  readonly t: Translate<Placeholders>;
  /** Numbers, percentages, money and dates for the active language. */
  readonly format: Formatters;
  /** Changes the language for the whole page, stores the choice and reports it to the provider's owner. */
  readonly setLanguage: (language: Language) => void;
}

type CommonPlaceholders = typeof commonMessages extends Catalogue<infer Placeholders> ? Placeholders : never;

/**
 * The language, a typed `t` for a catalogue, the formatters and `setLanguage`. A remote passes
 * its own catalogue (`useI18n(newsMessages)`); with none, `t` reads the shell's common messages.
 * Must be called inside an {@link I18nProvider}.
 *
 * @example
 * const { t, format } = useI18n(newsMessages);
 * return <p>{t('results', { count: total })} · {format.date(article.publishedOn)}</p>;
 */
export function useI18n(): I18n<CommonPlaceholders>;
export function useI18n<Placeholders extends Record<string, string>>(catalogue: Catalogue<Placeholders>): I18n<Placeholders>;
export function useI18n(catalogue: Catalogue = commonMessages): I18n<Record<string, string>> {
  const state = useContext(LanguageContext);
  if (!state) {
    throw new Error(
      'useI18n needs an <I18nProvider> above it. Inside the shell, check that @egov/i18n is shared as a singleton.',
    );
  }
  const { language, setLanguage } = state;
  return useMemo(
    () => ({ language, setLanguage, t: translatorFor(catalogue, language), format: formattersFor(language) }),
    [catalogue, language, setLanguage],
  );
}
