export { languages, defaultLanguage, isLanguage, toLanguage, intlLocales, type Language } from './language';
export {
  defineMessages,
  type Catalogue,
  type MessageKey,
  type MessageTable,
  type MessageValue,
  type PlaceholdersOf,
  type Translate,
} from './messages';
export { translatorFor } from './translate';
export { commonMessages } from './common-messages';
export {
  formattersFor,
  parseCalendarDate,
  parseInstant,
  portalTimeZone,
  prepareFormatters,
  type Formatters,
  type FractionDigits,
  type MeasureKind,
} from './format';
export { languageParam, languageFromUrl, resolveLanguage, withLanguage, type LanguageSources } from './language-resolution';
export {
  browserLanguageStorage,
  memoryLanguageStorage,
  languageCookie,
  languageCookieName,
  languageFromCookies,
  languageStorageKey,
  type BrowserStores,
  type CookieJar,
  type KeyValueStore,
  type LanguageStorage,
} from './storage';
export { I18nProvider, type I18nProviderProps, type LanguageState } from './react/i18n-provider';
export { useI18n, type I18n } from './react/use-i18n';
export { LanguageField } from './react/language-field';
