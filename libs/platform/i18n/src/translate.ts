import { formattersFor } from './format';
import type { Language } from './language';
import { interpolate, messageText, type Catalogue, type MessageValue, type Translate } from './messages';

const translators = new WeakMap<Catalogue, Map<Language, Translate<Record<string, string>>>>();

/**
 * The `t` function of a catalogue in a language, for code outside React (server rendering, a
 * page title, tests). The same function every time for the same catalogue and language.
 *
 * @example
 * translatorFor(commonMessages, 'en')('backToTop') // 'Back to top'
 */
export function translatorFor<Placeholders extends Record<string, string>>(
  catalogue: Catalogue<Placeholders>,
  language: Language,
): Translate<Placeholders> {
  let byLanguage = translators.get(catalogue);
  if (!byLanguage) {
    byLanguage = new Map();
    translators.set(catalogue, byLanguage);
  }
  let translate = byLanguage.get(language);
  if (!translate) {
    const formatNumber = formattersFor(language).decimal;
    translate = (key: string, ...values: [Readonly<Record<string, MessageValue>>?]) =>
      interpolate(messageText(catalogue, language, key), values[0], formatNumber);
    byLanguage.set(language, translate);
  }
  return translate as Translate<Placeholders>;
}
