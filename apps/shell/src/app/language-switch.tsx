import { languages, useI18n, type Language } from '@egov/i18n';
import * as styles from './shell.module.css';

const nameKey = { vi: 'languageNameVi', en: 'languageNameEn' } as const;

/**
 * The vi / en switch: one button per language, the active one pressed. Each language's name is
 * written in that language and marked with `lang`, so a screen reader pronounces it right.
 */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <ul className={styles.languages} aria-label={t('languageSwitch')}>
      {languages.map((option: Language) => (
        <li key={option}>
          <button
            type="button"
            lang={option}
            className={styles.languageButton}
            aria-pressed={option === language}
            onClick={() => setLanguage(option)}
          >
            {t(nameKey[option])}
          </button>
        </li>
      ))}
    </ul>
  );
}
