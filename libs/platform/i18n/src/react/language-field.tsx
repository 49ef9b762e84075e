import { languageParam } from '../language-resolution';
import { useI18n } from './use-i18n';

/**
 * The page's language as a hidden field of a GET form (`?lang=en`): a form submitted without
 * JavaScript replaces the address's query with its fields, and the next page must stay in the
 * reader's language.
 */
export function LanguageField() {
  const { language } = useI18n();
  return <input type="hidden" name={languageParam} value={language} />;
}
