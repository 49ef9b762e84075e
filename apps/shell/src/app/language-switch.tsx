import { languages, useI18n, withLanguage, type Language } from '@egov/i18n';
import { isPlainLeftClick, useLocation } from '@egov/routing';
import * as styles from './shell.module.css';

const nameKey = { vi: 'languageNameVi', en: 'languageNameEn' } as const;

/**
 * The vi / en switch: one link per language to the same page in it (`?lang=en`), so it works
 * without JavaScript too; with it, the page changes language in place. The current language is
 * marked `aria-current`. Each language's name is written in that language and marked with `lang`,
 * so a screen reader pronounces it right.
 */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const location = useLocation();
  return (
    <ul className={styles.languages} aria-label={t('languageSwitch')}>
      {languages.map((option: Language) => (
        <li key={option}>
          <a
            href={withLanguage(`${location.pathname}${location.search}`, option)}
            lang={option}
            hrefLang={option}
            className={styles.languageButton}
            aria-current={option === language ? 'true' : undefined}
            onClick={(event) => {
              if (!isPlainLeftClick(event)) return;
              event.preventDefault();
              setLanguage(option);
            }}
          >
            {t(nameKey[option])}
          </a>
        </li>
      ))}
    </ul>
  );
}
